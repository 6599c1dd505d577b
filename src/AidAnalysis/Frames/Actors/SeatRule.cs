using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>A capital or seat stands for its government when it acts ("Seoul will", "Moscow’s warnings"), not when it is
/// only a place ("met in Helsinki", a dateline in capitals): the words next to it (seat-place-words.txt) tell, read on the
/// tokens as the runs of characters written between spaces.</summary>
internal sealed class SeatRule(Lexicon lexicon)
{
    /// <summary>How far before and after the seat its neighbouring words are read.</summary>
    private const int Before = 20, After = 30;

    public bool ActsForGovernment(TokenLayer tokens, Span span)
    {
        if (span.Length > 3 && InCapitals(tokens, span)) return false;
        if (Possessive.Follows(tokens, span)) return true;
        var next = tokens.FirstStartingFrom(span.End);
        if (span.End >= tokens.Text.Length || next < tokens.Count && tokens[next].Start == span.End && tokens.IsMark(next, ',')) return false;
        if (lexicon.SeatPlaceWords.Contains(WordBefore(tokens, span.Start))) return false;
        var nextWord = WordAfter(tokens, next, span.End + After);
        return nextWord.Length > 0 && char.IsLower(nextWord[0]) && !lexicon.SeatPlaceWords.Contains(nextWord);
    }

    /// <summary>"HELSINKI": no lower-case letter in the seat's tokens.</summary>
    private static bool InCapitals(TokenLayer tokens, Span span)
    {
        var (first, end) = tokens.Within(span);
        for (var i = first; i < end; i++)
            foreach (var c in tokens.TextOf(i))
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>The run of tokens written together that ends last before <paramref name="start"/> ("in", or "(" glued to the
    /// seat), its part inside the 20 characters read; empty if none ends there.</summary>
    private static string WordBefore(TokenLayer tokens, int start)
    {
        var last = tokens.LastEndingBy(start);
        var floor = Math.Max(0, start - Before);
        if (last < 0 || tokens[last].End <= floor) return "";
        var first = last;
        while (first > 0 && tokens[first - 1].End == tokens[first].Start) first--;
        var from = Math.Max(tokens[first].Start, floor);
        return tokens.Text.AsSpan(from, tokens[last].End - from).ToString();
    }

    /// <summary>The run of tokens written together from token <paramref name="next"/>, up to a comma or full stop, inside the
    /// characters read.</summary>
    private static string WordAfter(TokenLayer tokens, int next, int ceiling)
    {
        if (next >= tokens.Count || tokens[next].Start >= ceiling) return "";
        var (start, end) = (tokens[next].Start, tokens[next].Start);
        for (var i = next; i < tokens.Count && (i == next || tokens[i].Start == tokens[i - 1].End) && end < ceiling; i++)
        {
            var cut = tokens.TextOf(i).IndexOfAny(',', '.');
            end = Math.Min(ceiling, cut >= 0 ? tokens[i].Start + cut : tokens[i].End);
            if (cut >= 0) break;
        }
        return tokens.Text.AsSpan(start, end - start).ToString();
    }
}
