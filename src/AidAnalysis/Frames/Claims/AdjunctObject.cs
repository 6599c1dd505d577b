using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"the commitment the minister announced in Kyiv in May": after the cue stands only an adjunct of place or
/// time, so the statement is elsewhere. Not "said at least 40 people had died", whose object is a clause.</summary>
internal static class AdjunctObject
{
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="objectSpan">The words after the cue, without the spaces around them.</param>
    /// <param name="maxWords">How long an adjunct may run, in words between spaces.</param>
    /// <param name="words">The prepositions that open an adjunct and the auxiliaries that make the words a clause.</param>
    public static bool IsOnlyAdjunct(TokenLayer tokens, Span objectSpan, int maxWords, ClaimVocabulary words)
    {
        var first = tokens.FirstStartingFrom(objectSpan.Start);
        if (first >= tokens.Count || tokens[first].Start != objectSpan.Start || !tokens.SpaceFollows(first, objectSpan)
            || !words.PlacePrepositions.IsLowerEntryOf(tokens.TextOf(first))) return false;
        // "at least", "at most" count, they do not place.
        if (tokens.IsExactly(first, "at") && tokens.OneSpaceApart(first, first + 1) && tokens.TextOf(first + 1) is "least" or "most"
            && tokens[first + 1].End <= objectSpan.End && tokens.SpaceFollows(first + 1, objectSpan)) return false;
        return !FiniteVerb.In(tokens, objectSpan, words.FiniteAuxiliaries) && tokens.SpacedWords(objectSpan).Count <= maxWords;
    }
}
