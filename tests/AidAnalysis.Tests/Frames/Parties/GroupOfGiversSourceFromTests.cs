using System.Reflection;
using System.Text.RegularExpressions;
using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary><see cref="GroupOfGiversSource"/> runs its two patterns only on stretches that hold "from"; it answers as it did
/// when it ran them on every stretch (the reference below runs the same patterns, read from the reader, unconditionally).</summary>
public class GroupOfGiversSourceFromTests
{
    private static readonly PartyWords Words = new(Lexicon.Default);
    private static readonly GroupOfGiversSource Reader = new(Words);

    private static readonly string[] Pieces =
        ["from", "From", "fro", "m", " ", " ", "\u00A0", "the ", "donors", "30 ", "partners", "refugees", "aid", "Aid", "funding", ",", ".", "(", "raised", "has", "x"];

    [Fact]
    public void It_answers_as_when_both_patterns_ran_on_every_stretch()
    {
        var gen = Gen.Select(
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat),
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat));
        gen.Sample((before, after) =>
        {
            var text = before + "$5 million" + after;
            var amount = new Span(before.Length, before.Length + "$5 million".Length);
            var sentence = new Span(0, text.Length);
            Assert.Equal(Unconditional(text, sentence, amount), Reader.Find(text, sentence, amount));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("The appeal has raised $5 million from donors so far.", "donors")]
    [InlineData("Aid from 30 donors rose to $5 million this year.", "30 donors")]
    [InlineData("The fund gathered $5 million from the partners, officials said.", "partners")]
    public void A_group_of_givers_after_from_gives(string text, string group)
    {
        var at = text.IndexOf("$5 million", StringComparison.Ordinal);
        Assert.Equal(group, Reader.Find(text, new Span(0, text.Length), new Span(at, at + 10)));
    }

    [Theory]
    [InlineData("The camp spent $5 million on refugees from the north.")]
    [InlineData("The appeal has raised $5 million, from donors and banks.")]
    public void People_from_a_place_or_a_clause_after_a_comma_give_nothing(string text)
    {
        var at = text.IndexOf("$5 million", StringComparison.Ordinal);
        Assert.Null(Reader.Find(text, new Span(0, text.Length), new Span(at, at + 10)));
    }

    private static Regex Pattern(string name) =>
        (Regex)typeof(GroupOfGiversSource).GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(Reader)!;

    /// <summary>GroupOfGiversSource.Find as it was before the "from" check.</summary>
    private static string? Unconditional(string text, Span sentence, Span amount)
    {
        var end = Math.Min(sentence.End, amount.End + 80);
        var m = Pattern("_fromGroup").Match(text, amount.End, end - amount.End);
        if (m.Success && Words.GiverGroups.Contains(m.Groups["noun"].Value)) return m.Groups["np"].Value;
        var start = Math.Max(sentence.Start, amount.Start - 120);
        m = Pattern("_aidFromGroup").Match(text, start, amount.Start - start);
        return m.Success && Words.GiverGroups.Contains(m.Groups["noun"].Value) ? m.Groups["np"].Value : null;
    }
}
