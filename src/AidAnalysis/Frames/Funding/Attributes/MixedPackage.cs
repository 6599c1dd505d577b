using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A mixed package: the coordinated modifiers of the aid noun after the amount ("$9 billion in military, economic
/// and humanitarian assistance") each name an aid type as the aid-type lexicon reads them ("military aid", "economic
/// assistance", "humanitarian"), and the types differ; such a figure keeps no single type. The list's own words, each next to the one before, bound it.</summary>
internal sealed class MixedPackage(AttributeWords words, IReadOnlyDictionary<string, AidType> aidTypeByPhrase)
{
    private static readonly string[] KindHeads = ["", " assistance", " aid", " support"];

    public bool Holds(TokenLayer tokens, Span amount, Span window)
    {
        var ceiling = window.End;
        var preposition = tokens.WordRightAfter(amount.End, ceiling, WordSpacing.OneWhitespace);
        if (!words.PackagePrepositions.IsWord(tokens, preposition)) return false;
        var first = tokens.WordRightAfter(tokens[preposition].End, ceiling, WordSpacing.OneWhitespace);
        var kinds = new List<int>();
        // A leading "new" or "further" is a modifier of the whole list when the list still reads without it.
        if (!(words.PackageModifiers.IsWord(tokens, first) && Kinds(tokens, tokens.WordRightAfter(tokens[first].End, ceiling, WordSpacing.OneWhitespace), ceiling, kinds))
            && !Kinds(tokens, first, ceiling, kinds))
            return false;
        var types = kinds
            .Select(k => tokens.TextOf(k).ToString())
            .Select(c => KindHeads.Select(h => aidTypeByPhrase.TryGetValue(c + h, out var t) ? (AidType?)t : null).FirstOrDefault(t => t is not null))
            .ToList();
        return types.All(t => t is not null) && types.Distinct().Count() > 1;
    }

    /// <summary>Whether a list of two kinds or more starts with token <paramref name="kind"/> and ends before an aid noun,
    /// collecting its kinds; each joint is tried as the list's own pattern tried it: ", " first, then ", and" or " and".</summary>
    private bool Kinds(TokenLayer tokens, int kind, int ceiling, List<int> kinds)
    {
        if (!tokens.IsLetters(kind, lowerOnly: true)) return false;
        kinds.Add(kind);
        var end = tokens[kind].End;
        var comma = kind + 1 < tokens.Count && tokens[kind + 1].Start == end && tokens.IsExactly(kind + 1, ",") && tokens[kind + 1].End <= ceiling
            ? kind + 1 : -1;
        if (comma >= 0 && Kinds(tokens, tokens.WordRightAfter(tokens[comma].End, ceiling, WordSpacing.OneWhitespace), ceiling, kinds)) return true;
        var conjunction = tokens.WordRightAfter(comma >= 0 ? tokens[comma].End : end, ceiling, WordSpacing.OneWhitespace);
        if (words.PackageConjunctions.IsWord(tokens, conjunction)
            && Kinds(tokens, tokens.WordRightAfter(tokens[conjunction].End, ceiling, WordSpacing.OneWhitespace), ceiling, kinds)) return true;
        if (kinds.Count >= 2 && words.PackageHeads.IsWord(tokens, tokens.WordRightAfter(end, ceiling, WordSpacing.OneWhitespace))) return true;
        kinds.RemoveAt(kinds.Count - 1);
        return false;
    }
}
