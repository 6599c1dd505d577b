using AidAnalysis.Frames;
using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Tests.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>"X’s special envoy Y": the possessive owner of a title, read on the token layer, is the one the character-window
/// reading found, on texts made of the pieces that reading cared about (stop marks, line breaks, numbers, the reach). The
/// window's words were what a split on spaces gave, so a tab standing alone between spaces counted as a title word; the
/// tokens count words only.</summary>
public class SuperiorTokenTests
{
    private static readonly string[] Pieces =
        [
            "Norway", "Holm", "Xy", "x", "’s ", "'s ", "’s", "’", "s ", " ", " ", " ", ", ", ".", ";", ":", "\n", "(", "“", "\"", "3.5", "1,5",
            "1", "special", "envoy", "Middle", "East", "-", "O’Brien", "al-", "Ab2",
        ];

    [Fact]
    public void The_owner_read_on_tokens_is_the_one_the_window_gave()
    {
        var rule = new SuperiorRule(Lexicon.Default);
        var texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);
        texts.Sample(before =>
        {
            // A name starts a word.
            var text = before + " Tor Lind said.";
            var mention = new Span(before.Length + 1, before.Length + 1 + "Tor Lind".Length);
            var (envoy, superior) = People(mention);
            var expected = Expected(text, mention, superior);
            rule.Apply(OneSentenceTokens.Of(text), [envoy, superior]);
            Assert.Equal(expected, envoy.Affiliation);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Norway’s special envoy Tor Lind said.", "Norway")]
    [InlineData("Holm's Middle East envoy Tor Lind said.", "Sweden")]
    [InlineData("Norway’s aid. The envoy Tor Lind said.", null)]
    [InlineData("Norway’s long serving Middle East special peace envoy Tor Lind said.", null)]
    public void A_title_owned_by_a_state_or_a_settled_person_gives_their_state(string text, string? state)
    {
        var start = text.IndexOf("Tor", StringComparison.Ordinal);
        var (envoy, superior) = People(new Span(start, start + "Tor Lind".Length));
        new SuperiorRule(Lexicon.Default).Apply(OneSentenceTokens.Of(text), [envoy, superior]);
        Assert.Equal(state, envoy.Affiliation);
    }

    private static (ActorDraft Envoy, ActorDraft Superior) People(Span mention)
    {
        var envoy = new ActorDraft("Tor Lind", ActorKind.Person) { Role = "envoy" };
        envoy.Mentions.Add(mention);
        var superior = new ActorDraft("Kari Holm", ActorKind.Person) { Affiliation = "Sweden" };
        return (envoy, superior);
    }

    /// <summary>The reading as it was written over an 80-character window before the name.</summary>
    private static string? Expected(string text, Span mention, ActorDraft superior)
    {
        var from = Math.Max(0, mention.Start - 80);
        var window = text.AsSpan(from, mention.Start - from);
        var stop = window.LastIndexOfAny(".,;:\n(“\"");
        if (stop >= 0) window = window[(stop + 1)..];
        var possessive = Math.Max(window.LastIndexOf("’s ".AsSpan()), window.LastIndexOf("'s ".AsSpan()));
        if (possessive <= 0) return null;
        var words = 0;
        foreach (var range in window[(possessive + 3)..].Split(' '))
            if (range.End.GetOffset(window.Length - possessive - 3) > range.Start.GetOffset(window.Length - possessive - 3)) words++;
        if (words is 0 or > 5) return null;
        var ownerStart = possessive;
        while (ownerStart > 0 && (char.IsLetter(window[ownerStart - 1]) || window[ownerStart - 1] is '-' or '.')) ownerStart--;
        var owner = window[ownerStart..possessive].ToString();
        if (owner.Length < 2 || !char.IsUpper(owner[0])) return null;
        if (Lexicon.Default.CountryByForm.TryGetValue(owner, out var country)) return country;
        return ActorBuilder.HasWord(superior.Name, owner) ? superior.Affiliation : null;
    }
}
