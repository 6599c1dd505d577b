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
    private static readonly WordSet Of = new(["of"], caseSensitive: true), The = new(["the"], caseSensitive: true), Year = new(["year"], caseSensitive: true);

    private readonly WordSet _forward;
    private readonly string[] _relativeYears;
    private readonly MonthNames _months;
    private readonly WordSet _openers, _seasonOpeners, _seasons, _parts, _fullNames;

    public TimeExpressionGaps(IReadOnlyDictionary<string, IReadOnlyList<string>> words, MonthNames months)
    {
        _months = months;
        _forward = new WordSet(Class(words, "forward-preposition"));
        _relativeYears = [.. Class(words, "relative-year-word")];
        _openers = TimeTokenQueries.Forms(Class(words, "month-opener"));
        _seasonOpeners = TimeTokenQueries.Forms(Class(words, "season-opener"));
        _seasons = TimeTokenQueries.Forms(Class(words, "season"));
        _parts = TimeTokenQueries.Forms(Class(words, "year-part"));
        Reader = new PhraseReader([.. Class(words, "month-opener"), .. Class(words, "season-opener"), .. Class(words, "year-part")], NumberOpens: false, At);
        _fullNames = new WordSet(months.Entries.Select(m => m.Name), caseSensitive: true);
    }

    /// <summary>The gap expressions: "In February", "before the end of the year", "in the summer", each with the number of the
    /// month it names (0 for none).</summary>
    public PhraseReader Reader { get; }

    /// <summary>Every gap expression of a text alone, in text order (<see cref="Reader"/>).</summary>
    public List<TimePhrase> Phrases(TokenLayer tokens) => TimePhraseScan.Alone(Reader, tokens);

    private (int Start, int End, int Value) At(TokenLayer t, int i, int from)
    {
        if (t[i].Start < from || !t.OpensWord(i)) return (-1, -1, 0);
        if (t.IsAny(i, _openers) && t.Closing(t.Then(i, _fullNames)) is var month and >= 0)
            return (t[i].Start, t[month].End, _months.NumberOf(t.TextOf(month)));
        var last = -1;
        if (t.IsAny(i, _parts)) last = t.Closing(t.Then(t.Then(t.Then(i, Of), The), Year));
        if (last < 0 && t.IsAny(i, _seasonOpeners)) last = t.Closing(t.Then(t.Then(i, The) is var the and >= 0 ? the : i, _seasons));
        return last < 0 ? (-1, -1, 0) : (t[i].Start, t[last].End, 0);
    }

    /// <summary>The day-or-month phrases with the gap expressions that overlap none of them, in text order.</summary>
    public static List<TimePhrase> With(IReadOnlyList<TimePhrase> days, IReadOnlyList<TimePhrase> gaps)
    {
        var merged = new List<TimePhrase>(days.Count);
        var d = 0;
        foreach (var gap in gaps)
        {
            while (d < days.Count && days[d].End <= gap.Index) merged.Add(days[d++]);
            if (d < days.Count && days[d].Index < gap.End) continue;
            merged.Add(gap);
        }
        while (d < days.Count) merged.Add(days[d++]);
        return merged;
    }

    /// <summary>The year of a month after a forward preposition ("until October"): the next time the month comes, this one
    /// included; null for another phrase.</summary>
    public int? ForwardYear(TokenLayer tokens, TimePhrase phrase, DateOnly date)
    {
        var first = tokens.FirstStartingFrom(phrase.Index);
        if (phrase.Value == 0 || tokens[first].End >= phrase.End || !tokens.IsAny(first, _forward)) return null;
        return phrase.Value >= date.Month ? date.Year : date.Year + 1;
    }

    /// <summary>Whether "last year" or "next year" follows the phrase ending at <paramref name="end"/>, one space apart: the
    /// relative year dates it.</summary>
    public bool RelativeYearFollows(TokenLayer tokens, int end)
    {
        var word = tokens.FirstStartingFrom(end);
        if (word + 1 >= tokens.Count || tokens[word].Start != end + 1 || !tokens.SpacesOnly(end, end + 1)
            || !tokens.SpacedFromPrevious(word + 1, WordSpacing.OneSpace) || !tokens.TextOf(word + 1).StartsWith("year", StringComparison.Ordinal)) return false;
        foreach (var relative in _relativeYears)
            if (tokens.TextOf(word).SequenceEqual(relative)) return true;
        return false;
    }

    /// <summary>The words of one class of time-expression-words.tsv.</summary>
    internal static IReadOnlyList<string> Class(IReadOnlyDictionary<string, IReadOnlyList<string>> words, string name) =>
        words.TryGetValue(name, out var list) && list.Count > 0 ? list : throw new FormatException($"time-expression-words.tsv: no words of class {name}");
}
