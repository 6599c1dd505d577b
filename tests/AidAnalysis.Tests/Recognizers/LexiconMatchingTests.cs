using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The word index, the lexicon trie and the pattern helpers the recognisers are built on.</summary>
public class LexiconMatchingTests
{
    [Fact]
    public void Word_starts_are_letters_or_digits_after_anything_else()
    {
        var words = WordStarts.Of("Gas masks, $6m (2025) re-sent");
        Assert.Equal([0, 4, 12, 16, 22, 25], Enumerable.Range(0, words.Count).Select(i => words[i]));
        Assert.Equal([12, 16], words.Within(new Span(5, 20)).ToArray());
        Assert.Equal(words.Count, words.FirstAtOrAfter(27));
    }

    [Fact]
    public void Trie_finds_the_longest_whole_word_phrase_ignoring_case()
    {
        var trie = new LiteralTrie<string>([("gas mask", "mask"), ("gas masks", "masks"), ("gas", "gas")], ignoreCase: true);
        var words = WordStarts.Of("Gas Masks and gasoline, then gas.");
        var found = trie.Find(words, new Span(0, words.Text.Length));
        Assert.Equal([("masks", new Span(0, 9)), ("gas", new Span(29, 32))], found);
    }

    [Fact]
    public void Trie_only_reads_inside_the_window()
    {
        var trie = new LiteralTrie<string>([("field rations", "rations")], ignoreCase: false);
        var words = WordStarts.Of("field rations and field rations");
        Assert.Empty(trie.Find(words, new Span(0, 10)));
        Assert.Equal([("rations", new Span(18, 31))], trie.Find(words, new Span(14, 31)));
        // A window that starts inside a word does not make that word's tail a word.
        Assert.Empty(trie.Find(WordStarts.Of("xfield rations"), new Span(1, 14)));
    }

    [Fact]
    public void Trie_phrases_opening_with_a_symbol_are_found_anywhere()
    {
        var trie = new LiteralTrie<string>([("#aid", "tag"), ("aid", "word")], ignoreCase: false);
        var words = WordStarts.Of("more#aid and aid");
        Assert.Equal([("tag", new Span(4, 8)), ("word", new Span(13, 16))], trie.Find(words, new Span(0, words.Text.Length)));
    }

    [Fact]
    public void Trie_agrees_with_a_plain_scan_on_random_text()
    {
        string[] phrases = ["aid", "aid package", "Aid", "air defence", "de", "e"];
        var trie = new LiteralTrie<string>(phrases.Select(p => (p, p)), ignoreCase: false);
        Gen.String[Gen.Char["aid pckgeAfnrDE-,. "], 0, 60].Sample(text =>
            Assert.Equal(PlainScan(text, text, phrases), trie.Find(WordStarts.Of(text), new Span(0, text.Length))));
    }

    /// <summary>The longest whole-word phrase at each word start, left to right, compared on <paramref name="compared"/> (the text, or the text folded as the trie folds it).</summary>
    private static List<(string, Span)> PlainScan(string text, string compared, string[] phrases)
    {
        var found = new List<(string, Span)>();
        for (var i = 0; i < text.Length;)
        {
            var atStart = i == 0 || !TextPatterns.IsWordChar(text[i - 1]) || !TextPatterns.IsWordChar(text[i]);
            var best = atStart
                ? phrases.Where(p => i + p.Length <= text.Length && string.CompareOrdinal(compared, i, p, 0, p.Length) == 0 && TextPatterns.IsWholeWord(text, i, i + p.Length))
                    .MaxBy(p => p.Length)
                : null;
            if (best is null) { i++; continue; }
            found.Add((best, new Span(i, i + best.Length)));
            i += best.Length;
        }
        return found;
    }

    [Fact]
    public void Case_blind_trie_agrees_with_a_plain_scan_whatever_the_first_two_characters()
    {
        // One-letter phrases, a phrase whose second character is not ASCII and an apostrophe written either way:
        // the trie skips a word by its first two characters only where no phrase can open with them.
        string[] phrases = ["o", "om", "\u00f6r", "n'ko", "ko-op", "mon k"];
        var trie = new LiteralTrie<string>(phrases.Select(p => (p, p)), ignoreCase: true);
        static string Folded(string s) => s.Replace('\u2019', '\'').ToLowerInvariant();
        // Short texts of few letters, so that the phrases often stand as whole words.
        Gen.String[Gen.Char["oOmMnNkK\u00f6\u00d6r'\u2019-  "], 0, 12].Sample(text =>
            Assert.Equal(PlainScan(text, Folded(text), phrases), trie.Find(WordStarts.Of(text), new Span(0, text.Length))), iter: 3000);
    }

    [Fact]
    public void Grouped_pattern_reads_the_same_groups_as_the_non_backtracking_engine()
    {
        const string pattern = @"(?<cur>\$|EUR )(?<n>[0-9]+(?:\.[0-9]+)?)(?:\s?(?<scale>m|bn|million))?";
        var grouped = new GroupedPattern(pattern, []);
        var reference = TextPatterns.Create(pattern);
        Gen.String[Gen.Char["$EUR 0123456789.mbilon "], 0, 80].Sample(text =>
        {
            var expected = reference.Matches(text).Select(m => (m.Index, m.Length, m.Groups["n"].Value, m.Groups["scale"].Value));
            var actual = grouped.Matches(text).Select(m => (m.Index, m.Length, m.Groups["n"].Value, m.Groups["scale"].Value));
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void Grouped_pattern_skips_texts_without_a_required_literal()
    {
        var grouped = new GroupedPattern(@"[0-9]+-(?<scale>million)-dollar", ["illion-"]);
        Assert.Empty(grouped.Matches("a 5 million dollar grant"));
        Assert.Equal("million", Assert.Single(grouped.Matches("a 5-million-dollar grant")).Groups["scale"].Value);
    }
}
