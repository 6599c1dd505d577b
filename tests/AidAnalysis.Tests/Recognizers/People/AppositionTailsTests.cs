using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The roles read after an apposition's comma from the tokens are what the window patterns they replaced read (role,
/// head, preposition and phrase), on texts made of articles, relative pronouns, role words, prepositions, capitals, marks,
/// digits and spacing.</summary>
public class AppositionTailsTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    /// <summary>The patterns the readers replaced, kept as the oracles.</summary>
    private static readonly Regex WithComplement = new(
        @"^,\s(?:(?:a|an|the)\s)?(?!(?:who|which|whose|that)\s)(?<role>(?:[\p{L}\-’'.]+\s){0,4}?[a-z][a-z\-]+)\s(?<prep>at|of|for|with|from|in|to)\s(?<org>[^,.;:()\n]{2,120})",
        RegexOptions.CultureInvariant);

    private static readonly Regex Closed = new(@"^,\s(?:a|an|the)\s(?<role>(?:[\p{L}\-’'.]+\s){0,4}(?<head>[a-z][a-z\-]+))(?=[,.;])", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
        [
            " ", " ", " ", " ", " ", " ", "  ", "\n", "\t", ",", ".", ";", ":", "(", ")", "a", "an", "the", "who", "whose", "that", "which",
            "senior", "analyst", "co-lead", "director", "UN", "Fund’s", "team's", "U.S.", "at", "of", "for", "in", "to", "with", "from", "int",
            "Delta", "Institute", "1,500", "3.5", "x1", "é", "-", "’", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "analyst at ", "director of ", " head for ", "chief-of-staff in  ",
        ];

    private static readonly string[] Openings = [", ", ", a ", ", the ", ", an ", ",  ", ",\n", ", who ", ","];

    private static readonly Gen<string> Texts =
        Gen.Select(Gen.Int[0, Openings.Length - 1].Select(i => Openings[i]), Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60].Select(string.Concat))
            .Select((opening, rest) => opening + rest);

    private static (int, int)? Bounds(Group group) => group.Success ? (group.Index, group.Length) : null;

    private static (int, int)? Bounds(AidAnalysis.Model.Span? span) => span is { } s ? (s.Start, s.Length) : null;

    [Fact]
    public void The_roles_after_a_comma_are_what_their_patterns_read()
    {
        int complemented = 0, closed = 0;
        Texts.Sample(text =>
        {
            var tokens = Tokens(text);
            var window = Math.Min(text.Length, AppositionTails.Reach);
            foreach (var (pattern, found) in new[] { (WithComplement, AppositionTails.WithComplement(tokens, 0)), (Closed, AppositionTails.Closed(tokens, 0)) })
            {
                var expected = pattern.Match(text, 0, window);
                Assert.Equal(expected.Success, found is not null);
                if (found is not { } f) continue;
                Interlocked.Increment(ref f.Org is null ? ref closed : ref complemented);
                Assert.Equal(Bounds(expected.Groups["role"]), Bounds(f.Role));
                Assert.Equal(expected.Groups["prep"].Success ? expected.Groups["prep"].Value : null, f.Preposition);
                Assert.Equal(Bounds(expected.Groups["org"]), Bounds(f.Org));
                if (expected.Groups["head"].Success) Assert.Equal(Bounds(expected.Groups["head"]), Bounds(f.Head));
            }
        }, iter: 50_000);
        // The texts hold both kinds of apposition, or the test could not fail there.
        Assert.True(complemented > 1000 && closed > 400, $"{complemented} with a complement, {closed} closed");
    }

    [Theory]
    [InlineData(", a senior analyst at the Delta Institute, said", "senior analyst", "at", "the Delta Institute")]
    [InlineData(", the team's co-lead.", "team's co-lead", null, null)]
    [InlineData(", who leads the team at Delta", null, null, null)]
    public void An_apposition_gives_its_role_and_complement(string text, string? role, string? preposition, string? org)
    {
        var tokens = Tokens(text);
        var tail = AppositionTails.WithComplement(tokens, 0) ?? AppositionTails.Closed(tokens, 0);
        Assert.Equal(role, tail is { } t ? text[t.Role.Start..t.Role.End] : null);
        Assert.Equal(preposition, tail?.Preposition);
        Assert.Equal(org, tail?.Org is { } o ? text[o.Start..o.End] : null);
    }
}
