using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A group of givers as the subject of the verb of giving, read on the words of the verb's clause; sentences written
/// for the tests.</summary>
public class GroupOfGiversTokenTests
{
    private static readonly GroupOfGiversSubject Reader = new(new PartyWords(Lexicon.Default));

    private static string? Find(string sentence, string verb)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(sentence, []).Tokens;
        var at = sentence.IndexOf(verb, StringComparison.Ordinal);
        return Reader.Find(tokens, new Span(0, sentence.Length), new Span(at, at + verb.Length));
    }

    [Theory]
    // After the clause's comma, opening it; right before the verb, a count with it.
    [InlineData("By May, donors had provided $3 million.", "provided", "donors")]
    [InlineData("By May, 30 donors provided $3 million.", "provided", "30 donors")]
    [InlineData("In the spring partners committed $3 million.", "committed", "partners")]
    // Opening the clause after a conjunction, a few words before the verb.
    [InlineData("Rain fell; and international donors at the meeting pledged $9 million.", "pledged", "international donors")]
    [InlineData("Western donors meeting in Oslo pledged $9 million.", "pledged", "Western donors")]
    // A capitalised modifier inside the sentence is a name, and a coordinated group is no single subject.
    [InlineData("Rain fell, and Nordic donors at the meeting pledged $9 million.", "pledged", null)]
    [InlineData("Japan and other donors pledged $9 million.", "pledged", null)]
    public void The_group_is_read_from_the_words_of_the_clause(string sentence, string verb, string? group) =>
        Assert.Equal(group, Find(sentence, verb));
}
