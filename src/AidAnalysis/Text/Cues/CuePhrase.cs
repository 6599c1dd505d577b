using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Cues;

/// <summary>One lexicon entry as the token texts it must match, with its kind and index in its list.</summary>
internal sealed class CuePhrase(string[] words, CueKind kind, int entry, bool exactCase)
{
    public string[] Words { get; } = words;
    public CueKind Kind { get; } = kind;
    /// <summary>The entry's index in its lexicon list, or -1 for a kind whose entries are not told apart.</summary>
    public int Entry { get; } = entry;
    public bool ExactCase { get; } = exactCase;

    // The words' numbers (WordKeys), derived once from the words no one can replace: a token whose number differs is no
    // match, and most tokens after a cue's first word differ.
    private readonly int[] _numbers = [.. words.Select(w => WordKeys.Of(w))];

    /// <summary>Every cue phrase of the lexicon, each tokenized as text is.</summary>
    public static IEnumerable<CuePhrase> All(Lexicon lexicon, Tokenizer tokenizer)
    {
        IEnumerable<CuePhrase> Listed<T>(IReadOnlyList<T> entries, CueKind kind, Func<T, IEnumerable<string>> phrases) =>
            entries.SelectMany((entry, index) => phrases(entry).SelectMany(p => Variants(p, kind, index, tokenizer)));
        return Listed(lexicon.ReportingVerbEntries, CueKind.Reporting, e => e.Forms)
            .Concat(Listed(lexicon.FundingCues, CueKind.Funding, e => [e.Phrase]))
            .Concat(Listed(lexicon.Hedges.ToArray(), CueKind.Hedge, e => [e]).Select(p => p.Unlisted()))
            .Concat(Listed(lexicon.Negations.ToArray(), CueKind.Negation, e => [e]).Select(p => p.Unlisted()))
            .Concat(Listed(lexicon.AidTypeCues, CueKind.AidType, e => [e.Phrase]))
            .Concat(Listed(lexicon.TimeWords, CueKind.Time, e => [e.Phrase]));
    }

    /// <summary>Phrases grouped by their first word (in any case), longest first so the longest of a kind wins.</summary>
    public static Dictionary<string, CuePhrase[]> ByFirstWord(IEnumerable<CuePhrase> phrases) =>
        phrases.Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the tokens from <paramref name="first"/> on, in one sentence, spell the phrase.</summary>
    public bool MatchesAt(TokenLayer tokens, int first)
    {
        if (first + Words.Length > tokens.Count) return false;
        var comparison = ExactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var sentence = tokens[first].Sentence;
        for (var k = 0; k < Words.Length; k++)
        {
            var number = tokens.KeyOf(first + k);
            if (number != WordKeys.None && _numbers[k] != WordKeys.None && number != _numbers[k]) return false;
            if (tokens[first + k].Sentence != sentence || !tokens.TextOf(first + k).Equals(Words[k], comparison)) return false;
        }
        return true;
    }

    /// <summary>The same phrase standing for no entry of its list.</summary>
    private CuePhrase Unlisted() => new(Words, Kind, -1, ExactCase);

    private static IEnumerable<CuePhrase> Variants(string phrase, CueKind kind, int entry, Tokenizer tokenizer)
    {
        var exactCase = phrase.Any(char.IsUpper);
        yield return new CuePhrase(WordsOf(phrase, tokenizer), kind, entry, exactCase);
        if (phrase.Contains('\'')) yield return new CuePhrase(WordsOf(phrase.Replace('\'', '’'), tokenizer), kind, entry, exactCase);
    }

    private static string[] WordsOf(string phrase, Tokenizer tokenizer)
    {
        var tokens = tokenizer.Tokenize(phrase, []).Tokens;
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens.TextOf(i).ToString();
        return words;
    }
}
