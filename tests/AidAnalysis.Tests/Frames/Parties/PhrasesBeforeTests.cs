using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The party markers are read backwards over the token layer: one space apart, inside the window, as written.</summary>
public class PhrasesBeforeTests
{
    private static readonly PhrasesBefore Markers = new(["to", "channelled through", "benefit of"], optionalThe: true);

    private static bool MarksBefore(string text, string mention, int width = 30)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        return Markers.EndRightBefore(tokens, at, Math.Max(0, at - width));
    }

    [Theory]
    [InlineData("Aid went to Tuvalu last year.", "Tuvalu")]
    [InlineData("Aid went to the Maldives last year.", "Maldives")]
    [InlineData("The money was channelled through Caritas in May.", "Caritas")]
    [InlineData("It was spent for the benefit of Nauru and others.", "Nauru")]
    public void A_marker_right_before_the_mention_marks_it(string text, string mention) => Assert.True(MarksBefore(text, mention));

    [Theory]
    // Two spaces, a comma between, a word between, a marker outside the window, and a capitalised "To" are no marker.
    [InlineData("Aid went to  Tuvalu last year.", "Tuvalu", 30)]
    [InlineData("Aid went to, Tuvalu said, nobody.", "Tuvalu", 30)]
    [InlineData("Aid went to poor Tuvalu last year.", "Tuvalu", 30)]
    [InlineData("It was channelled through Caritas in May.", "Caritas", 10)]
    [InlineData("To Tuvalu went the aid.", "Tuvalu", 30)]
    [InlineData("It was onto Tuvalu that the aid went.", "Tuvalu", 30)]
    public void Anything_else_is_no_marker(string text, string mention, int width) => Assert.False(MarksBefore(text, mention, width));

    [Fact]
    public void The_marker_lists_come_from_party_words() =>
        Assert.All(new[] { "recipient-marker", "channel-marker", "source-marker", "agent-marker", "people-on-the-move", "conflict-noun",
                "attribution-marker", "passive-auxiliary", "beneficiary-marker", "need-noun", "list-joiner", "arrival-verb",
                "disaster-participle", "subject-possessive", "owned-aid-noun" },
            c => Assert.NotEmpty(Lexicon.Default.PartyWords[c]));
}
