using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>Time expressions the day-or-month pattern leaves out, each dating an event in or beside the publication's year:
/// a month after a sentence-initial or lower-case preposition it lacks ("In February,", "from April"), the rest of the year
/// ("before the end of the year") and a season ("in the summer"). It also reads a month's year ahead after a preposition that
/// points forward ("until October" is the next October) and gives way where a relative year follows the month ("January last
/// year": the relative year dates it). Words of time-expression-words.tsv.</summary>
internal sealed class TimeExpressionGaps
{
    private readonly Lazy<Regex> _pattern;
    private readonly WordSet _forward;
    private readonly string[] _relativeYears;
    private readonly MonthNames _months;

    public TimeExpressionGaps(IReadOnlyDictionary<string, IReadOnlyList<string>> words, MonthNames months)
    {
        _months = months;
        _forward = new WordSet(Class(words, "forward-preposition"));
        _relativeYears = [.. Class(words, "relative-year-word")];
        var openers = TextPatterns.WordAlternation(Class(words, "month-opener"));
        var seasonOpeners = TextPatterns.WordAlternation(Class(words, "season-opener"));
        var seasons = TextPatterns.WordAlternation(Class(words, "season"));
        var parts = TextPatterns.WordAlternation(Class(words, "year-part"));
        _pattern = new(() => TextPatterns.Create(
            $@"\b(?:(?:{openers})\s(?:{months.FullNamePattern})|(?:{parts})\sof\sthe\syear|(?:{seasonOpeners})\s(?:the\s)?(?:{seasons}))\b"));
    }

    /// <summary>The bounds of every gap expression in text order.</summary>
    public List<(int Index, int Length)> Bounds(string text)
    {
        var bounds = new List<(int, int)>();
        foreach (var m in _pattern.Value.EnumerateMatches(text)) bounds.Add((m.Index, m.Length));
        return bounds;
    }

    /// <summary>The day-or-month matches with the gap expressions of the text that overlap none of them, in text order.</summary>
    public List<(int Index, int Length)> With(IReadOnlyList<(int Index, int Length)> days, string text)
    {
        var merged = new List<(int Index, int Length)>(days.Count);
        var d = 0;
        foreach (var gap in Bounds(text))
        {
            while (d < days.Count && days[d].Index + days[d].Length <= gap.Index) merged.Add(days[d++]);
            if (d < days.Count && days[d].Index < gap.Index + gap.Length) continue;
            merged.Add(gap);
        }
        while (d < days.Count) merged.Add(days[d++]);
        return merged;
    }

    /// <summary>The year of a month after a forward preposition: the next time the month comes, this one included.</summary>
    public int? ForwardYear(ReadOnlySpan<char> phrase, DateOnly date)
    {
        var space = phrase.IndexOfAny(TextPatterns.Whitespace);
        if (space < 0 || !_forward.Contains(phrase[..space])) return null;
        var month = _months.NumberIn(phrase);
        return month == 0 ? null : month >= date.Month ? date.Year : date.Year + 1;
    }

    /// <summary>Whether "last year" or "next year" follows the month (after one space): the relative year dates it.</summary>
    public bool RelativeYearFollows(ReadOnlySpan<char> after)
    {
        if (after.Length < 2 || after[0] != ' ') return false;
        after = after[1..];
        foreach (var word in _relativeYears)
            if (after.StartsWith(word, StringComparison.Ordinal) && after[word.Length..].StartsWith(" year", StringComparison.Ordinal)) return true;
        return false;
    }

    private static IReadOnlyList<string> Class(IReadOnlyDictionary<string, IReadOnlyList<string>> words, string name) =>
        words.TryGetValue(name, out var list) && list.Count > 0 ? list : throw new FormatException($"time-expression-words.tsv: no words of class {name}");
}
