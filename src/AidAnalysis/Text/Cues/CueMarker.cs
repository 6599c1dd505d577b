using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Cues;

/// <summary>
/// Pipeline stage that marks, once per document, every reporting cue, funding cue, hedge, negation, aid-type
/// cue and time expression of the lexicon, plus four-digit years (1950-2099), as typed spans over the tokens.
/// A phrase matches whole tokens inside one sentence; an entry with a capital letter matches only as written
/// ("May" the month, not "may"), any other entry in any case; a straight apostrophe in an entry also matches
/// a typographic one.
/// </summary>
public sealed class CueMarker : IPipelineStage
{
    private readonly Lexicon _lexicon;
    private readonly Dictionary<string, CuePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly WordPrefilter _firstWords;

    public CueMarker(Lexicon lexicon)
    {
        _lexicon = lexicon;
        var byFirstWord = CuePhrase.ByFirstWord(CuePhrase.All(lexicon, new Tokenizer(lexicon)));
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new WordPrefilter(byFirstWord.Keys);
    }

    public AnalysisDocument Run(AnalysisDocument document) => document with { Cues = Mark(document.Tokens) };

    public CueLayer Mark(TokenLayer tokens)
    {
        var all = tokens.All;
        // About one token in ten is a cue in news text: sized so that the array rarely grows. It is kept with its count
        // rather than copied to size, which cost as much as the marking.
        var cues = new Cue[all.Length / 8 + 16];
        var count = 0;
        for (var i = 0; i < all.Length; i++)
        {
            ref readonly var token = ref all[i];
            if (!token.IsWordLike) continue;
            if (IsYear(tokens, i)) Add(ref cues, ref count, new Cue(token.Start, token.End, i, 1, CueKind.Time, -1));
            if (!_firstWords.MayMatch(tokens, i) || !_byFirstWord.TryGetValue(tokens.TextOf(i), out var phrases)) continue;
            var kindsFound = 0;
            foreach (var phrase in phrases)
            {
                var bit = 1 << (int)phrase.Kind;
                if ((kindsFound & bit) != 0 || !phrase.MatchesAt(tokens, i)) continue;
                kindsFound |= bit;
                Add(ref cues, ref count, new Cue(token.Start, all[i + phrase.Words.Length - 1].End, i, phrase.Words.Length, phrase.Kind, phrase.Entry));
            }
        }
        SortByStartKindEnd(cues.AsSpan(0, count));
        return new CueLayer(tokens.Text, cues, count, _lexicon);
    }

    private static void Add(ref Cue[] cues, ref int count, in Cue cue)
    {
        if (count == cues.Length) Array.Resize(ref cues, cues.Length * 2);
        cues[count++] = cue;
    }

    /// <summary>Cues come in token order, so only the cues of one token are out of order: an insertion sort does one
    /// pass. No two cues tie (one cue per kind and token), so the order is the one any sort gives.</summary>
    private static void SortByStartKindEnd(Span<Cue> cues)
    {
        for (var i = 1; i < cues.Length; i++)
        {
            var cue = cues[i];
            var j = i - 1;
            for (; j >= 0 && Compare(cues[j], cue) > 0; j--) cues[j + 1] = cues[j];
            cues[j + 1] = cue;
        }
    }

    private static int Compare(in Cue a, in Cue b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.End.CompareTo(b.End);

    private static bool IsYear(TokenLayer tokens, int index)
    {
        var token = tokens[index];
        if (token.Shape != TokenShape.Digits || token.Length != 4) return false;
        var digits = tokens.TextOf(index);
        return digits is ['1', '9', >= '5' and <= '9', _] or ['2', '0', _, _];
    }
}
