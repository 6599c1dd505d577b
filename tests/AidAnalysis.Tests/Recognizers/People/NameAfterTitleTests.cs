using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The name after a title is what the window pattern it replaced read, on texts made of complement heads, capitalised
/// words, "the" and "and", acronyms, honorifics, initials, particles, commas and spacing.</summary>
public class NameAfterTitleTests
{
    private static readonly NameAfterTitle Reader = new(Lexicon.Default);

    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    /// <summary>The pattern the reader replaced, kept as the oracle; since, a portfolio word of the pieces ("Health") ends a
    /// complement before a name unless another follows it (<see cref="ComplementBeforeName"/>).</summary>
    private static readonly Regex AfterTitle = new(
        $@"^(?:(?<to> (?:to|of|for|in|at) (?:the )?\p{{Lu}}[\p{{L}}.’']+(?: (?:and )?\p{{Lu}}[\p{{L}}.’']+){{0,5}}(?: \(\p{{Lu}}[\p{{L}}.&-]{{1,12}}\))?)?, (?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?(?<name>{NamePatterns.PersonName})|(?<to> (?:to|of|for) (?:the )?\p{{Lu}}[\p{{L}}.]+(?:(?<!(?<![\p{{L}}.])Health) \p{{Lu}}[\p{{L}}.]+| Health(?![\p{{L}}.]))?)? (?<name>{NamePatterns.PersonName}))",
        RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
        [
            " ", " ", " ", " ", " ", ", ", ", ", ",", "to", "of", "for", "in", "at", "the", "and", "tomorrow", "Health", "U.N.", "Peru’s",
            "Workers'", " Health", " Water", " and", " and ", ", Anna", " (NRA), ", "Dr", "Mr", "Mrs", "Ms", "Prof", ".", "(", ")", "(NRA)", "(ABCDEFGHIJKLM)", "(A&B-C)", "A.", "J.", "K", "Anna",
            "Berg", "van", "der", "al-", "Jin-ho", "e\u0301", "\n", "\t", "Ö", "x", "&", "-", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmno",
        ];

    private static readonly string[] Openings = [" ", ", ", "", " of ", " to the ", " for ", " in ", " at ", " of the ", " for the "];

    /// <summary>Texts that open with a space or a comma most of the time, as the text after a title does.</summary>
    private static readonly Gen<string> Texts =
        Gen.Select(Gen.Int[0, Openings.Length - 1].Select(i => Openings[i]), Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat))
            .Select((opening, rest) => opening + rest);

    [Fact]
    public void The_name_after_a_title_is_what_its_pattern_read()
    {
        int afterComma = 0, afterComplement = 0;
        Texts.Sample(text =>
        {
            var m = AfterTitle.Match(text, 0, Math.Min(text.Length, NameAfterTitle.Window));
            var read = Reader.Read(Tokens(text), 0);
            if (OverlongNameTokens.In(text)) return;
            Assert.Equal(m.Success, read is not null);
            if (read is not (var to, var name)) return;
            if (text.AsSpan(0, name.Start).Contains(',')) Interlocked.Increment(ref afterComma);
            if (to is not null) Interlocked.Increment(ref afterComplement);
            Assert.Equal(m.Groups["to"].Success ? (m.Groups["to"].Index, m.Groups["to"].Length) : ((int, int)?)null, to is { } t ? (t.Start, t.Length) : null);
            Assert.Equal((m.Groups["name"].Index, m.Groups["name"].Length), (name.Start, name.Length));
        }, iter: 50_000);
        // The texts hold names after a comma and after complements, or the test could not fail there.
        Assert.True(afterComma > 500 && afterComplement > 500, $"{afterComma} after a comma, {afterComplement} after a complement");
    }

    [Theory]
    [InlineData(" Anna Berg said", null, "Anna Berg")]
    [InlineData(" of Health, Dr J. K. Berg Lee.", " of Health", "J. K. Berg Lee")]
    [InlineData(" for the Water Resources and Coastal Recovery (WRC), Anna Berg", " for the Water Resources and Coastal Recovery (WRC)", "Anna Berg")]
    [InlineData(" to Chile, Anna Berg", " to Chile", "Anna Berg")]
    [InlineData(" to Chile Anna Berg", " to Chile", "Anna Berg")]
    [InlineData(" for Health Okonkwo said", " for Health", "Okonkwo")]
    [InlineData(" for Development Cooperation Anna Berg", " for Development Cooperation", "Anna Berg")]
    [InlineData(" to South Sudan Anna Berg", " to South Sudan", "Anna Berg")]
    [InlineData(" for Climate Change Anna Berg", " for Climate Change", "Anna Berg")]
    [InlineData(" said", null, null)]
    public void A_name_follows_its_title_and_complement(string text, string? complement, string? name)
    {
        var read = Reader.Read(Tokens(text), 0);
        Assert.Equal(name, read is (_, var n) ? text[n.Start..n.End] : null);
        Assert.Equal(complement, read is ({ } c, _) ? text[c.Start..c.End] : null);
    }
}
