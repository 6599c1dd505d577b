using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>AddingVerb on tokens: "adds up to $X" totals a sum and "adds to $X" raises one, so neither is a verb of giving;
/// the plain form after a modal offers up to the amount. Clauses written for the tests.</summary>
public class AddingVerbSumTests
{
    private static readonly AddingVerb Rule = new(new PartyWords(Lexicon.Default));

    private static string? VerbOf(string clause)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(clause, []).Tokens;
        var amount = clause.IndexOf("$4", StringComparison.Ordinal);
        return Rule.Find(tokens, new Span(0, clause.Length), new Span(amount, amount + 2)) is { } verb ? clause[verb.Start..verb.End] : null;
    }

    [Theory]
    [InlineData("Portugal added $4 million", "added")]
    [InlineData("Austria may add up to $4 million", "add")]
    [InlineData("Portugal's aid so far adds up to $4 million", null)]
    [InlineData("Its aid added up to $4 million", null)]
    [InlineData("The new grant adds to $4 million given in May", null)]
    [InlineData("The grant added to $4 million already paid", null)]
    public void Adding_up_to_or_to_a_sum_is_no_giving(string clause, string? verb) => Assert.Equal(verb, VerbOf(clause));
}
