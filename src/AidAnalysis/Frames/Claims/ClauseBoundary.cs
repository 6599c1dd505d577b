using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Where a reported statement ends inside its sentence: before a clause that brings its own
/// attribution (", while Germany said ...", ", and officials expect ...", ", though analysts believe ...",
/// ", according to X").</summary>
internal static class ClauseBoundary
{
    /// <summary>How many words a clause's subject may run before its cue.</summary>
    private const int SubjectWords = 8;

    /// <summary>A contrast (", while", ", whereas", "; ") ends the statement wherever the clause's cue stands;
    /// a coordinator (", and", ", but", ", though") or ", according to" only when the cue follows within a short subject.</summary>
    /// <param name="statement">From the statement's start to the end of its sentence.</param>
    /// <param name="firstCueFrom">The first cue of the sentence from a position on, or null.</param>
    public static int EndOfStatement(TokenLayer tokens, Span statement, Func<int, Span?> firstCueFrom)
    {
        for (var i = tokens.FirstStartingFrom(statement.Start); i < tokens.Count && tokens[i].End <= statement.End; i++)
        {
            if (Boundary(tokens, i, statement) is not var (contrast, subjectEnd, last)) continue;
            if (firstCueFrom(tokens[i].Start) is not { } cue) return statement.End;
            if (contrast) return tokens[i].Start;
            if (cue.Start >= subjectEnd && tokens.SpacedWords(new Span(subjectEnd, cue.Start)).Count <= SubjectWords) return tokens[i].Start;
            i = last;
        }
        return statement.End;
    }

    /// <summary>"; ", ", while ", ", and ", ", according to " opening at token <paramref name="i"/>, each word one whitespace
    /// character apart and followed by one inside <paramref name="statement"/>: whether it is a contrast, where the next
    /// clause's subject starts (", according to" is itself the subject), and the boundary's last token; null if none.</summary>
    private static (bool Contrast, int SubjectEnd, int Last)? Boundary(TokenLayer tokens, int i, Span statement)
    {
        if (tokens.IsMark(i, ';')) return tokens.SpaceFollows(i, statement) ? (true, tokens[i].End + 1, i) : null;
        var word = i + 1;
        if (!tokens.IsMark(i, ',') || !tokens.SpacedFromPrevious(word, WordSpacing.OneWhitespace) || tokens[word].End > statement.End
            || !tokens.SpaceFollows(word, statement)) return null;
        if (tokens.IsExactly(word, "while") || tokens.IsExactly(word, "whereas")) return (true, tokens[word].End + 1, word);
        if (tokens.IsExactly(word, "and") || tokens.IsExactly(word, "but") || tokens.IsExactly(word, "though") || tokens.IsExactly(word, "although"))
            return (false, tokens[word].End + 1, word);
        return tokens.IsExactly(word, "according") && tokens.SpacedFromPrevious(word + 1, WordSpacing.OneWhitespace) && tokens.IsExactly(word + 1, "to")
               && tokens[word + 1].End <= statement.End && tokens.SpaceFollows(word + 1, statement)
            ? (false, tokens[i].Start + 2, word + 1) : null;
    }
}
