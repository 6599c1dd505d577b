using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>A contracted negation negates a claim whichever apostrophe it is written with.</summary>
public class ContractedNegationTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static Claim ClaimOf(string text)
    {
        var doc = new AnalysisDocument(Article.FromText(text, new ArticleMetadata(), "test.txt"));
        doc = doc with { Tokens = Tokenizer.Tokenize(doc.Text, []).Tokens };
        var draft = new Attribution(new Speaker("X", null, ActorKind.Person), ClaimKind.Reported, "said", new Span(0, doc.Text.Length), false);
        return new ClaimTexts(Lexicon.Default).ToClaim(doc, draft, "c1");
    }

    [Theory]
    [InlineData("The farmers won't get the seeds in time")]
    [InlineData("The farmers won’t get the seeds in time")]
    [InlineData("The farmers DON'T get the seeds in time")]
    public void A_contracted_negation_negates(string text) => Assert.True(ClaimOf(text).Negated);

    [Theory]
    [InlineData("The farmers get the seeds in time")]
    [InlineData("The farmers' seeds came in time")]
    [InlineData("The farmer's seeds came in time")]
    public void Other_apostrophes_do_not_negate(string text) => Assert.False(ClaimOf(text).Negated);
}
