using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Whether a stretch of text holds a full stop that ends a sentence, not the periods of an
/// abbreviation ("U.S. Secretary of State X told ...", "Mr. X said").</summary>
internal static class SentenceStop
{
    /// <summary>Whether <paramref name="span"/> holds a period that ends no abbreviation: a full stop, or the decimal point of a
    /// number written with three or more characters before it ("100.5"), read token by token.</summary>
    public static bool HasStop(TokenLayer tokens, Span span)
    {
        var text = tokens.Text;
        var first = tokens.IndexAt(span.Start);
        // Where the word as spaces part it opens, cut to the span: the token's own start unless it is written onto the one before.
        var wordStart = first;
        while (wordStart > 0 && wordStart < tokens.Count && tokens[wordStart - 1].End == tokens[wordStart].Start) wordStart--;
        var word = wordStart < tokens.Count ? Math.Max(span.Start, tokens[wordStart].Start) : span.Start;
        for (var i = first; i < tokens.Count && tokens[i].Start < span.End; i++)
        {
            if (i > first && tokens[i].Start != tokens[i - 1].End) word = tokens[i].Start;
            if (tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Number)) continue;
            // A number holds its decimal points, a punctuation token is one mark.
            var from = Math.Max(span.Start, tokens[i].Start);
            var chars = text.AsSpan(from, Math.Min(span.End, tokens[i].End) - from);
            for (var at = chars.IndexOf('.'); at >= 0; at = chars[(at + 1)..].IndexOf('.') is var next and >= 0 ? at + 1 + next : -1)
                if (!EndsAbbreviation(text.AsSpan(word, from + at - word))) return true;
        }
        return false;
    }

    /// <summary>"U.S.", "e.g.", "Mr.": the period closes a word of at most two letters, or one that holds another period.</summary>
    private static bool EndsAbbreviation(ReadOnlySpan<char> word) => word.Length > 0 && (word.Length <= 2 || word.Contains('.'));
}
