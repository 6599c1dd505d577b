using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// The name after a title, read by hand from the title's end within <see cref="Window"/> characters, all on one line: "Minister
/// Anna Berg", "Ambassador to Chile Anna Berg", or, after a comma, a longer complement and its acronym ("Minister for Water
/// Resources and Coastal Recovery, Anna Berg", "Director of the National Relief Agency (NRA), Dr Anna Berg"). The readings are
/// tried in the order the window pattern it replaced tried them, each with one end, so the first that holds a name is taken.
/// </summary>
internal sealed class NameAfterTitle(Lexicon lexicon)
{
    /// <summary>How far after a title its name is read.</summary>
    public const int Window = 160;

    /// <summary>Words that may open a complement before a comma, and the fewer before a name without one.</summary>
    private readonly string[] _commaComplementHeads = [.. lexicon.TitleNameWords["comma-complement-head"]],
        _complementHeads = [.. lexicon.TitleNameWords["complement-head"]];

    /// <summary>Honorifics a name after a comma may carry ("Dr", "Mr."), each read only where a capital follows its space.</summary>
    private readonly string[] _honorifics = [.. lexicon.TitleNameWords["honorific"]];

    /// <summary>The complement read with the title (" of Health", or none) and the name after it (its initials included),
    /// read from <paramref name="titleEnd"/>; null when no name follows.</summary>
    public (Span? Complement, Span Name)? Read(string text, int titleEnd)
    {
        var limit = titleEnd + Math.Min(text.Length - titleEnd, Window);
        // After a comma, with its complement and acronym before it or none.
        if (LongComplementEnd(text, titleEnd, limit) is >= 0 and var comma && NameAfterComma(text, comma, limit) is >= 0 and var afterComplement)
            return (new Span(titleEnd, comma), Name(text, afterComplement, limit));
        if (NameAfterComma(text, titleEnd, limit) is >= 0 and var name) return (null, Name(text, name, limit));
        // After one space, a complement of one or two words before it or none; the longer complement first.
        if (HeadEnd(text, titleEnd, limit, _complementHeads) is >= 0 and var head && WordEnd(text, head, limit, apostrophes: false) is >= 0 and var first)
        {
            if (SpaceThen(text, first, limit) && WordEnd(text, first + 1, limit, apostrophes: false) is >= 0 and var second && CapitalAfterSpace(text, second, limit))
                return (new Span(titleEnd, second), Name(text, second + 1, limit));
            if (CapitalAfterSpace(text, first, limit)) return (new Span(titleEnd, first), Name(text, first + 1, limit));
        }
        return CapitalAfterSpace(text, titleEnd, limit) ? (null, Name(text, titleEnd + 1, limit)) : null;
    }

    /// <summary>Where the complement before a comma ends: " of the Water Resources and Coastal Recovery (WRC)": a head word, "the",
    /// then one to six capitalised words, "and" may join them, and an acronym in brackets; -1 if none stands there.</summary>
    private int LongComplementEnd(string text, int at, int limit)
    {
        if (HeadEnd(text, at, limit, _commaComplementHeads) is not (>= 0 and var head) || WordEnd(text, head, limit, apostrophes: true) is not (>= 0 and var end))
            return -1;
        for (var words = 0; words < 5 && SpaceThen(text, end, limit); words++)
        {
            var next = text.AsSpan(end + 1, limit - end - 1).StartsWith("and ", StringComparison.Ordinal) ? end + 5 : end + 1;
            if (WordEnd(text, next, limit, apostrophes: true) is not (>= 0 and var wordEnd)) break;
            end = wordEnd;
        }
        return AcronymEnd(text, end, limit) is >= 0 and var acronym ? acronym : end;
    }

    /// <summary>Where the first word of a complement starts after " of " or " of the " at <paramref name="at"/>, the head one of
    /// <paramref name="heads"/>; -1 if none stands there.</summary>
    private static int HeadEnd(string text, int at, int limit, string[] heads)
    {
        if (!SpaceThen(text, at, limit)) return -1;
        var rest = text.AsSpan(at + 1, limit - at - 1);
        foreach (var head in heads)
        {
            if (!rest.StartsWith(head, StringComparison.Ordinal) || rest.Length <= head.Length || rest[head.Length] != ' ') continue;
            var word = at + head.Length + 2;
            // "the " is read only where a capitalised word follows it.
            return text.AsSpan(word, limit - word).StartsWith("the ", StringComparison.Ordinal) && word + 4 < limit && TextPatterns.IsUpperLetter(text[word + 4])
                ? word + 4 : word;
        }
        return -1;
    }

    /// <summary>The end of a capitalised word of two or more letters and full stops (and apostrophes, when
    /// <paramref name="apostrophes"/>) at <paramref name="start"/>; -1 if none starts there.</summary>
    private static int WordEnd(string text, int start, int limit, bool apostrophes)
    {
        if (start >= limit || !TextPatterns.IsUpperLetter(text[start])) return -1;
        var end = start + 1;
        while (end < limit && (char.IsLetter(text[end]) || text[end] == '.' || (apostrophes && text[end] is '’' or '\''))) end++;
        return end - start >= 2 ? end : -1;
    }

    /// <summary>The end of " (NRA)" at <paramref name="at"/>: a capital and one to twelve letters, full stops, ampersands and
    /// hyphens in brackets; -1 if none.</summary>
    private static int AcronymEnd(string text, int at, int limit)
    {
        if (at + 2 >= limit || text[at] != ' ' || text[at + 1] != '(' || !TextPatterns.IsUpperLetter(text[at + 2])) return -1;
        var end = at + 3;
        while (end < limit && end - at - 3 < 12 && (char.IsLetter(text[end]) || text[end] is '.' or '&' or '-')) end++;
        return end > at + 3 && end < limit && text[end] == ')' ? end + 1 : -1;
    }

    /// <summary>Where the name after ", " at <paramref name="at"/> starts, past an honorific ("Dr ", "Mr. ") that a capital follows;
    /// -1 unless a capital opens it.</summary>
    private int NameAfterComma(string text, int at, int limit)
    {
        if (at + 2 >= limit || text[at] != ',' || text[at + 1] != ' ') return -1;
        var start = at + 2;
        var rest = text.AsSpan(start, limit - start);
        foreach (var honorific in _honorifics)
        {
            if (!rest.StartsWith(honorific, StringComparison.Ordinal)) continue;
            var end = start + honorific.Length;
            if (end < limit && text[end] == '.' && CapitalAfterSpace(text, end + 1, limit)) return end + 2;
            if (CapitalAfterSpace(text, end, limit)) return end + 1;
        }
        return TextPatterns.IsUpperLetter(text[start]) ? start : -1;
    }

    private static bool SpaceThen(string text, int at, int limit) => at + 1 < limit && text[at] == ' ';

    private static bool CapitalAfterSpace(string text, int at, int limit) => SpaceThen(text, at, limit) && TextPatterns.IsUpperLetter(text[at + 1]);

    private static Span Name(string text, int start, int limit) => new(start, PersonNameAt.End(text, start, limit));
}
