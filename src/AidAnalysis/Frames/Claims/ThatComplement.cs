using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"said that", "told reporters that", "told a news conference on Monday that": the "that" opening a cue's complement
/// clause, after at most a short object or an adjunct.</summary>
internal sealed class ThatComplement(ClaimVocabulary vocabulary)
{
    /// <summary>How many characters an adjunct before "that" may hold ("on Monday in Geneva").</summary>
    private const int AdjunctReach = 60;

    /// <summary>How many words a short object before "that" may hold ("reporters", "the House").</summary>
    private const int ObjectWords = 3;

    /// <summary>The stretch from <paramref name="start"/> (a cue's end) through "that" and the space after it, inside
    /// <paramref name="scope"/>; null when no such "that" opens the complement.</summary>
    public Span? Through(TokenLayer tokens, int start, Span scope)
    {
        var first = tokens.FirstStartingFrom(start);
        if (first >= tokens.Count || tokens[first].End > scope.End) return null;
        return AfterAdjunct(tokens, start, first, scope) ?? AfterObject(tokens, start, first, scope);
    }

    /// <summary>"on Monday in Geneva that": a preposition, a space, then the nearest "that" after a space within reach, with no
    /// full stop, semicolon or quotation mark before it.</summary>
    private Span? AfterAdjunct(TokenLayer tokens, int start, int first, Span scope)
    {
        if (!tokens.IsLowerWordIn(first, vocabulary.ThatAdjunctOpeners) || !char.IsWhiteSpace(tokens.CharAt(tokens[first].End))) return null;
        var adjunctStart = tokens[first].End + 1;
        for (var i = first + 1; i < tokens.Count && tokens[i].End < scope.End && tokens[i].Start - 1 - adjunctStart <= AdjunctReach; i++)
        {
            if (IsAdjunctBreak(tokens, i)) return null;
            if (tokens[i].Start - 1 >= adjunctStart && IsThat(tokens, i, scope) && char.IsWhiteSpace(tokens.CharAt(tokens[i].Start - 1)))
                return new Span(start, tokens[i].End + 1);
        }
        return null;
    }

    /// <summary>A mark an adjunct before "that" does not run across: a full stop, a semicolon or a quotation mark.</summary>
    private static bool IsAdjunctBreak(TokenLayer tokens, int i) =>
        tokens[i].Kind is TokenKind.Punctuation or TokenKind.Number && tokens.TextOf(i).ContainsAny(".;“\"");

    /// <summary>"reporters that": up to three words, each followed by one space, with no comma, full stop or semicolon.
    /// "none of that", "much of that": a "that" after a partitive preposition is a demonstrative pronoun inside the statement.</summary>
    private Span? AfterObject(TokenLayer tokens, int start, int first, Span scope)
    {
        var i = first;
        for (var words = 0; i < tokens.Count && tokens[i].End < scope.End; words++)
        {
            if (IsThat(tokens, i, scope))
                return i > first && tokens.IsLowerWordIn(i - 1, vocabulary.PartitivePrepositions) ? null : new Span(start, tokens[i].End + 1);
            if (words == ObjectWords) return null;
            // The word runs on to the next space.
            for (; i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End; i++)
                if (IsObjectBreak(tokens, i)) return null;
            if (IsObjectBreak(tokens, i) || i + 1 >= tokens.Count || tokens[i + 1].Start - tokens[i].End != 1) return null;
            i++;
        }
        return null;
    }

    private static bool IsObjectBreak(TokenLayer tokens, int i) =>
        tokens[i].Kind is TokenKind.Punctuation or TokenKind.Number && tokens.TextOf(i).ContainsAny(",.;");

    /// <summary>"that" followed by whitespace inside <paramref name="scope"/>.</summary>
    private static bool IsThat(TokenLayer tokens, int i, Span scope) => tokens.IsExactly(i, "that") && tokens.SpaceFollows(i, scope);
}
