using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The possessive, the owner of a giving body and the unnamed government as a subject, read on tokens; fixtures
/// written for these tests.</summary>
public class OwnerAndSubjectTokenTests
{
    private static readonly PartyWords Words = new(Lexicon.Default);

    private static Span At(string text, string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);

    [Theory]
    [InlineData("Varnia’s grant arrived.", "Varnia", true)]
    [InlineData("The U.N.'s appeal arrived.", "U.N.", true)]
    [InlineData("Varnia’ grant arrived.", "Varnia", false)]
    [InlineData("Varnia is giving.", "Varnia", false)]
    public void A_possessive_after_a_mention_is_read_on_tokens(string text, string mention, bool follows) =>
        Assert.Equal(follows, Possessive.Follows(TestSupport.Process(text).Tokens, At(text, mention)));

    [Theory]
    [InlineData("The aid came from Varnia’s relief agency last week.", true)]
    [InlineData("The aid came from Varnia’s long-standing emergency Budget last week.", true)]
    [InlineData("The aid came from Varnia’s farmers and their many friends at home.", false)]
    [InlineData("The aid came from Varnia’s, relief agency last week.", false)]
    public void The_owner_of_a_giving_body_is_read_on_tokens(string text, bool owns) =>
        Assert.Equal(owns, GivingBodyOwner.Owns(TestSupport.Process(text).Tokens, At(text, "Varnia"), Words.GivingBodyNouns));

    [Theory]
    [InlineData("She said the federal government will also give $4 million.", true)]
    [InlineData("She said its government has give $4 million.", true)]
    [InlineData("Government will give $4 million.", true)]
    [InlineData("She said the government of Varnia will give $4 million.", false)]
    [InlineData("She said the government, will give $4 million.", false)]
    public void An_unnamed_government_right_before_the_verb_is_its_subject(string text, bool subject)
    {
        var tokens = TestSupport.Process(text).Tokens;
        Assert.Equal(subject, new OwnGovernmentSubject(Words).IsSubjectOf(tokens, new Span(0, text.Length), At(text, "give")));
    }

    [Theory]
    [InlineData("Dr Ruiz said that their national government had decided to give $4 million.", true)]
    [InlineData("Dr Ruiz said that its government had decided to give $4 million.", false)]
    public void An_official_reports_what_an_unnamed_government_gives(string text, bool reported)
    {
        var tokens = TestSupport.Process(text).Tokens;
        Assert.Equal(reported, new OwnGovernmentSubject(Words).IsReportedBy(tokens, At(text, "Dr Ruiz"), At(text, "give")));
    }
}
