using AidAnalysis.Model;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// The opening of a sentence that values a figure told before: "The grant, worth some", "Together, the credits amount to nearly",
/// "This is equivalent to about" right before the amount. Read on the tokens from the sentence start with the word lists of
/// relation-words.tsv: a subject word opens the sentence (after "Together," or not), at most <see cref="MaxAside"/> characters
/// without a comma, point, semicolon or colon follow it (a comma may close them), then a copula or none, the valuing verb and an
/// approximation or none, one whitespace character apart.
/// </summary>
internal sealed class RestatementWording(RelationVocabulary words)
{
    private const int MaxAside = 40;

    /// <summary>Whether the words of <paramref name="sentence"/> before <paramref name="amountStart"/> value the amount.</summary>
    public bool ValuesAmount(TokenLayer tokens, Span sentence, int amountStart)
    {
        var last = tokens.LastEndingBy(amountStart);
        if (last < 0 || tokens[last].End != amountStart - 1 || !char.IsWhiteSpace(tokens.Text[amountStart - 1])) return false;
        if (Subject(tokens, sentence) is not (>= 0 and var subject)) return false;
        if (ValueBefore(tokens, last, subject, tokens[subject].End)) return true;
        var approximation = EntryEndingAt(tokens, last, words.ValueApproximations, tokens[subject].End);
        return approximation > 0 && SpaceBefore(tokens, approximation) && ValueBefore(tokens, approximation - 1, subject, tokens[subject].End);
    }

    /// <summary>The subject word opening the sentence, after "Together," or not; -1 if none.</summary>
    private int Subject(TokenLayer tokens, Span sentence)
    {
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= tokens.Count || tokens[first].Start >= sentence.End) return -1;
        if (tokens.Is(first, "together") && first + 2 < tokens.Count && tokens.IsMark(first + 1, ',') && tokens[first + 1].Start == tokens[first].End)
            first += 2;
        return first < tokens.Count && words.RestatingSubjects.Contains(tokens, first) ? first : -1;
    }

    /// <summary>Whether a valuing verb ends at token <paramref name="end"/>, after a copula or none and the subject's aside.</summary>
    private bool ValueBefore(TokenLayer tokens, int end, int subject, int subjectEnd)
    {
        var verb = EntryEndingAt(tokens, end, words.ValueVerbs, subjectEnd);
        if (verb <= 0 || !SpaceBefore(tokens, verb)) return false;
        if (Aside(tokens, subject, verb - 1)) return true;
        var copula = EntryEndingAt(tokens, verb - 1, words.ValueCopulas, subjectEnd);
        return copula > 0 && SpaceBefore(tokens, copula) && Aside(tokens, subject, copula - 1);
    }

    /// <summary>Whether the tokens after the subject up to <paramref name="end"/> are an aside: at most <see cref="MaxAside"/>
    /// characters, no comma, point, semicolon or colon inside, a comma at its end allowed.</summary>
    private static bool Aside(TokenLayer tokens, int subject, int end)
    {
        if (end < subject) return false;
        var last = end > subject && tokens.IsMark(end, ',') ? end - 1 : end;
        if (tokens[last].End - tokens[subject].End > MaxAside) return false;
        for (var t = subject + 1; t <= last; t++)
            if (tokens.TextOf(t).IndexOfAny(",.;:") >= 0) return false;
        return true;
    }

    /// <summary>The first token of an entry of <paramref name="entries"/> whose text ends with token <paramref name="end"/>,
    /// ignoring case, a space in the entry standing for one whitespace character, starting at or after <paramref name="floor"/>
    /// at a token's start; -1 if none.</summary>
    private static int EntryEndingAt(TokenLayer tokens, int end, RelationWordClass entries, int floor)
    {
        if (end < 0) return -1;
        var stop = tokens[end].End;
        foreach (var text in entries.Joined)
        {
            var start = stop - text.Length;
            if (start < floor) continue;
            var k = tokens.IndexAt(start);
            if (k > end || tokens[k].Start != start || !SameText(tokens.Text.AsSpan(start, text.Length), text)) continue;
            return k;
        }
        return -1;
    }

    private static bool SameText(ReadOnlySpan<char> written, string entry)
    {
        for (var c = 0; c < entry.Length; c++)
            if (entry[c] == ' ' ? !char.IsWhiteSpace(written[c]) : char.ToLowerInvariant(written[c]) != entry[c]) return false;
        return true;
    }

    /// <summary>Whether one whitespace character stands between token <paramref name="j"/> and the token before.</summary>
    private static bool SpaceBefore(TokenLayer tokens, int j) =>
        j > 0 && tokens[j].Start == tokens[j - 1].End + 1 && char.IsWhiteSpace(tokens.Text[tokens[j - 1].End]);
}
