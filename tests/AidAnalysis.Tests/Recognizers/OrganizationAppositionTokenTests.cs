using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The apposition reader on the token layer finds what the patterns it replaced found over character windows, on
/// texts made of the pieces those patterns care about (capitals inside runs, hyphens, apostrophes, the reaches, line breaks);
/// the description now reads to its sentence's end where the pattern stopped at 120 characters.</summary>
public class OrganizationAppositionTokenTests
{
    private static readonly string[] Pieces =
        [
            "Norvale", "Kestrel", "Trust", "al-Hassan", "O’Brien", "McDonald", "Øst", "The", "the", "Meanwhile", ", ", ",", " ", " ", " ", "\n",
            "a", "an", "fertiliser", "maker", "charity", "firm", "think", "tank", "based", "in", "for", "and", "local", "family-run", "’s ",
            ".", ";", ")", "1", "&", "-", "x", "Xy",
        ];

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Description = new(
        @"^,\s(?:a|an)\s(?:(?!(?:for|of|at|with|from|in|to|on|by)\s)[\p{L}\-’']+\s){0,4}?(?<noun>[\p{L}\-]+(?:\stank)?)(?=[,.;)]|\s(?:based|headquartered|that|which|with|in|from|of|owned|run|founded|and)\b)", Options);

    private static readonly Regex NameBefore = new(@"(?<name>(?:\p{Lu}[\p{L}\p{M}&’'\-]*\s){0,3}\p{Lu}[\p{L}\p{M}&\-]*)\z", Options);

    [Fact]
    public void Described_names_are_those_the_window_patterns_found()
    {
        var lexicon = Lexicon.Default;
        var appositions = new OrganizationApposition(lexicon);
        // A text opens with a word, as an article does.
        var texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(p => "Z " + string.Concat(p));
        texts.Sample(text =>
        {
            var named = new bool[text.Length + 1];
            Assert.Equal(Expected(lexicon, text, named), Find(appositions, text, named).Select(m => (m.Span, m.Canonical)));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Gifts came from Kestrel Holm, an investment firm based in Oslo.", "Kestrel Holm")]
    [InlineData("They met Mohammed al-Varsi, a charity that runs clinics.", "Varsi")]
    [InlineData("The Orlen Trust, a think tank, said so.", "Orlen Trust")]
    public void A_name_before_an_apposition_is_read_from_its_tokens(string text, string name)
    {
        Assert.Contains(Find(new OrganizationApposition(Lexicon.Default), text, new bool[text.Length + 1]), m => m.Canonical == name);
    }

    [Theory]
    [InlineData("They met Kestrel Holm, a spokeswoman for the charity, on Monday.")]
    [InlineData("They met Kestrel Holm,\na charity.")]
    [InlineData("They met Kestrel Holm, a charity1 worker.")]
    public void A_preposition_a_line_break_or_a_digit_breaks_the_apposition(string text)
    {
        Assert.Empty(Find(new OrganizationApposition(Lexicon.Default), text, new bool[text.Length + 1]));
    }

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static IEnumerable<EntityMention> Find(OrganizationApposition appositions, string text, bool[] named)
    {
        var (tokens, words) = Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]);
        return appositions.Find(words, tokens, named);
    }

    /// <summary>The reader as it was written with the patterns over character windows.</summary>
    private static List<(Span, string)> Expected(Lexicon lexicon, string text, bool[] named)
    {
        var found = new List<(Span, string)>();
        for (var comma = text.IndexOf(", a", StringComparison.Ordinal); comma > 0; comma = text.IndexOf(", a", comma + 3, StringComparison.Ordinal))
        {
            // The description is read to the end of the comma's sentence (the reader's window of 120 characters gave way to it):
            // here the whole text, one sentence.
            var description = Description.Match(text, comma, text.Length - comma);
            if (!description.Success || !lexicon.OrganizationNouns.Contains(description.Groups["noun"].Value)) continue;
            var from = Math.Max(0, comma - 60);
            var match = NameBefore.Match(text[from..comma]);
            if (!match.Success) continue;
            var start = from + match.Index;
            var name = text[start..comma];
            var first = name.Split(' ')[0];
            if (lexicon.ClauseOpeners.Contains(first) || first is "The" or "A" or "An")
            {
                if (!name.Contains(' ')) continue;
                start += first.Length + 1;
                name = text[start..comma];
            }
            if (named.AsSpan(start, comma - start).Contains(true) || lexicon.Titles.Contains(name) || lexicon.OfficeWords.Contains(name)
                || lexicon.Places.Contains(name) || lexicon.CountryByForm.ContainsKey(name) || lexicon.CountryByDemonym.ContainsKey(name)
                || lexicon.GivenNames.Contains(name)) continue;
            foreach (var at in TextPatterns.Occurrences(text, name))
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + name.Length >= text.Length || !char.IsLetterOrDigit(text[at + name.Length])))
                    found.Add((new Span(at, at + name.Length), name));
        }
        return found;
    }
}
