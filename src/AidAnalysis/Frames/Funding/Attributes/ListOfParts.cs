using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"This also includes $5 billion for ...", "Of this, ...", "Another $3 million will go to ...": a sentence that
/// opens by listing the parts of the aid the sentence before speaks of, or by dividing a whole (the parts-* classes of
/// funding-attribute-words.tsv, matched as written from the sentence's first word, one whitespace character between words:
/// the opening is those words, not a stretch of characters).</summary>
internal sealed class ListOfParts(AttributeWords words)
{

    /// <summary>Whether the sentence opens by listing parts or dividing a whole.</summary>
    public bool Opens(TokenLayer tokens, Span sentence)
    {
        if (Opening(tokens, sentence) is not var (first, ceiling)) return false;
        if (words.PartsWholes.EndStartingAt(tokens, first, ceiling) >= 0 || words.PartsOpeners.EndStartingAt(tokens, first, ceiling) >= 0) return true;
        var subject = words.PartsSubjects.EndStartingAt(tokens, first, ceiling);
        if (subject < 0) return false;
        var verb = tokens.WordRightAfter(tokens[subject].End, ceiling, WordSpacing.OneWhitespace);
        if (words.PartsFillers.IsWord(tokens, verb)) verb = tokens.WordRightAfter(tokens[verb].End, ceiling, WordSpacing.OneWhitespace);
        return words.PartsVerbs.EndStartingAt(tokens, verb, ceiling) >= 0;
    }

    /// <summary>Whether the sentence opens by dividing a whole: "Of this, ...", "Of the $2 billion, ...".</summary>
    public bool DividesWhole(TokenLayer tokens, Span sentence) =>
        Opening(tokens, sentence) is var (first, ceiling) && words.PartsWholes.EndStartingAt(tokens, first, ceiling) >= 0;

    /// <summary>The token that opens the sentence at its first character, and the sentence's end; null if none.</summary>
    private static (int First, int Ceiling)? Opening(TokenLayer tokens, Span sentence)
    {
        var first = tokens.IndexAt(sentence.Start);
        return first < tokens.Count && tokens[first].Start == sentence.Start ? (first, sentence.End) : null;
    }
}
