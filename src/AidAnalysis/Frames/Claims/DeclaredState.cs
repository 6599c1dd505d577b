using AidAnalysis.Model;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"declared a state of emergency", "declared a national disaster": a declaration that changes a state (Searle's
/// declaratives) is an act, not a statement.</summary>
internal sealed class DeclaredState(ClaimVocabulary vocabulary)
{
    /// <summary>How many words may stand between the determiner and the state ("a national health emergency").</summary>
    private const int Modifiers = 2;

    /// <summary>Whether <paramref name="objectSpan"/>, the words after a declaring cue, open with what it puts in force.</summary>
    public bool OpensWith(TokenLayer tokens, Span objectSpan)
    {
        var first = tokens.FirstStartingFrom(objectSpan.Start);
        if (first >= tokens.Count || tokens[first].Start != objectSpan.Start || !tokens.IsAny(first, vocabulary.DeclarationDeterminers)
            || !tokens.OneSpaceApart(first, first + 1)) return false;
        for (int words = 0, i = first + 1; i < tokens.Count && tokens[i].Start < objectSpan.End; words++)
        {
            if (IsState(tokens, i, objectSpan)) return true;
            if (words == Modifiers) return false;
            // A modifier is letters, digits and hyphens, then one space.
            for (; i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End; i++)
                if (!IsModifierPart(tokens, i)) return false;
            if (!IsModifierPart(tokens, i) || !tokens.OneSpaceApart(i, i + 1) || tokens[i + 1].End > objectSpan.End) return false;
            i++;
        }
        return false;
    }

    /// <summary>"emergency", "curfew", or "state of", ending inside <paramref name="objectSpan"/>.</summary>
    private bool IsState(TokenLayer tokens, int i, Span objectSpan) =>
        tokens[i].End <= objectSpan.End && tokens[i].Kind == TokenKind.Word
        && (tokens.IsAny(i, vocabulary.DeclaredStates)
            || tokens.IsAny(i, vocabulary.DeclaredStateOf) && tokens.OneSpaceApart(i, i + 1) && tokens[i + 1].End <= objectSpan.End && tokens.Is(i + 1, "of"));

    private static bool IsModifierPart(TokenLayer tokens, int i) =>
        tokens[i].Kind is TokenKind.Word or TokenKind.Number && IsLettersOrDigits(tokens.TextOf(i)) || tokens.IsMark(i, '-');

    private static bool IsLettersOrDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetterOrDigit(c)) return false;
        return true;
    }
}
