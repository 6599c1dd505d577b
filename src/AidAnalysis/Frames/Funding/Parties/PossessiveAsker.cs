using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X's prime minister asked donors for", "X's health ministry": the state whose official or body (a few lower-case
/// words after the possessive) stands before the head (a request cue, or the body's own mention) asks for itself.</summary>
internal static class PossessiveAsker
{
    private const int MaxGap = 40, MaxWords = 3;

    /// <summary>The owner named right before <paramref name="head"/>, or null when the mention nearest before it is no such owner.</summary>
    public static Actor? Find(TokenLayer tokens, List<(Actor Actor, Span Span)> mentions, Span head)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = mentions[i];
            if (span.End > head.Start) continue;
            return Possessive.Follows(tokens, span) && head.Start - span.End <= MaxGap && OwnsPhrase(tokens, span.End + 2, head.Start) ? actor : null;
        }
        return null;
    }

    /// <summary>Whether up to three lower-case words, one space apart, fill [<paramref name="from"/>, <paramref name="to"/>)
    /// after single spaces (a line break may close the last).</summary>
    private static bool OwnsPhrase(TokenLayer tokens, int from, int to)
    {
        var text = tokens.Text;
        for (var words = 0; ; words++)
        {
            if (from >= to || !char.IsWhiteSpace(text[from])) return false;
            if (from + 1 == to || from + 2 == to && text[from + 1] == '\n') return true;
            var next = tokens.FirstStartingFrom(from + 1);
            if (words == MaxWords || next >= tokens.Count || tokens[next].Start != from + 1 || tokens[next].End > to) return false;
            foreach (var c in tokens.TextOf(next))
                if (!char.IsLower(c)) return false;
            from = tokens[next].End;
        }
    }
}
