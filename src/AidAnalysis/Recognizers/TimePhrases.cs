using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using static AidAnalysis.Text.Tokens.WordSpacing;

namespace AidAnalysis.Recognizers;

/// <summary>
/// The time phrases the year recognizer dates, read on the tokens: relative years ("next year", "the final three weeks of
/// the year"), years counted back ("two decades ago") and days or months without a year ("on Tuesday", "last week", "in
/// January", "March 3", "3 March"). Words one whitespace character apart ("mid-" and "end of" as written), the first word
/// on a word boundary and the last closing one; where two phrases would overlap, the one that starts first.
/// Capitalised forms count only where a sentence can open with the word ("Next year", never "In January").
/// </summary>
internal sealed class TimePhrases
{
    // The patterns' own function words, and the year units whose count the reader works out ("decade" is ten).
    private static readonly WordSet Year = Exact("year"), Ago = Exact("ago"), Of = Exact("of"), The = Exact("the"), In = Exact("in");
    private static readonly WordSet This = Titled("this"), Last = Titled("last"), InOpener = Titled("in");
    private static readonly WordSet Mid = Exact("mid"), End = Exact("end");
    private static readonly WordSet YearUnits = Exact("year", "years", "decade", "decades");

    // Relative years (the word classes of time-expression-words.tsv).
    private readonly WordSet _ahead, _back, _relativeOpeners, _yearKinds, _partOpeners, _yearStretches, _earlierOrLater;
    // Days and weeks.
    private readonly WordSet _days, _weekdays, _thisSpans, _lastSpans, _pastOrLast, _fewDays, _daysOrWeeks, _agoCounts, _dayUnits;
    // Months.
    private readonly WordSet _monthPrepositions, _earlierOrLaterInMonth, _fullNames, _anyForms;
    private readonly WordSet _countWords;
    /// <summary>Every word that can follow the first of a day-or-month phrase of more words, in any case: the words after
    /// "this", "last", "the", a count, "end" and "earlier", and the month names.</summary>
    private readonly WordSet _daySeconds;
    private readonly IReadOnlyDictionary<string, double> _numberWords;
    private readonly MonthNames _months;

    public TimePhrases(IReadOnlyDictionary<string, double> numberWords, MonthNames months, IReadOnlyDictionary<string, IReadOnlyList<string>> words)
    {
        _numberWords = numberWords;
        _months = months;
        IReadOnlyList<string> ahead = TimeExpressionGaps.Class(words, "relative-year-ahead"), back = TimeExpressionGaps.Class(words, "relative-year-back"), current = TimeExpressionGaps.Class(words, "relative-year-this"),
            partOpeners = TimeExpressionGaps.Class(words, "part-opener"), earlierOrLater = TimeExpressionGaps.Class(words, "earlier-or-later");
        _ahead = new WordSet(ahead);
        _back = new WordSet(back);
        _relativeOpeners = Titled([.. ahead, .. back, .. current]);
        _yearKinds = Exact(TimeExpressionGaps.Class(words, "year-kind"));
        _partOpeners = Titled(partOpeners);
        _yearStretches = Exact(TimeExpressionGaps.Class(words, "year-stretch"));
        _earlierOrLater = Titled(earlierOrLater);
        RelativeYearReader = new PhraseReader([.. ahead, .. back, .. current, .. partOpeners, .. earlierOrLater], NumberOpens: false, RelativeAt);

        IReadOnlyList<string> dayWords = TimeExpressionGaps.Class(words, "day-word"), weekdays = TimeExpressionGaps.Class(words, "weekday"), thisSpans = TimeExpressionGaps.Class(words, "this-span"),
            lastSpans = TimeExpressionGaps.Class(words, "last-span"), pastOrLast = TimeExpressionGaps.Class(words, "past-or-last"), fewDays = TimeExpressionGaps.Class(words, "few-count"),
            daysOrWeeks = TimeExpressionGaps.Class(words, "days-or-weeks"), agoCounts = TimeExpressionGaps.Class(words, "ago-count"), dayUnits = TimeExpressionGaps.Class(words, "day-unit"),
            monthPrepositions = TimeExpressionGaps.Class(words, "month-preposition");
        _days = Titled(dayWords);
        _weekdays = Exact(weekdays);
        _thisSpans = Exact(thisSpans);
        _lastSpans = Exact(lastSpans);
        _pastOrLast = Exact(pastOrLast);
        _fewDays = Exact(fewDays);
        _daysOrWeeks = Exact(daysOrWeeks);
        _agoCounts = Exact(agoCounts);
        _dayUnits = Exact(dayUnits);
        _monthPrepositions = Exact(monthPrepositions);
        _earlierOrLaterInMonth = Exact(earlierOrLater);
        _fullNames = new WordSet(months.Entries.Select(m => m.Name), caseSensitive: true);
        var anyForms = months.Entries.SelectMany(m => m.Abbreviations.Prepend(m.Name)).ToArray();
        _anyForms = new WordSet(anyForms, caseSensitive: true);
        DayOrMonthReader = new PhraseReader([.. dayWords, "this", "last", .. weekdays, "in", "the", .. pastOrLast, .. agoCounts, .. monthPrepositions,
            "mid", "end", .. earlierOrLater, .. anyForms], NumberOpens: true, DayOrMonthAt);
        _daySeconds = new WordSet([.. thisSpans, .. lastSpans, .. pastOrLast, "the", .. fewDays, .. daysOrWeeks, .. dayUnits, "of", "in",
            .. months.Entries.Select(m => m.Name)]);
        // The number words that count years back ("a", "two" ... "thirty"): whole numbers up to thirty, a lower-case one in either case.
        var countWords = numberWords.Where(w => w.Value is >= 1 and <= 30 && w.Value == Math.Floor(w.Value)).Select(w => w.Key).ToArray();
        _countWords = TimeTokenQueries.Forms(countWords);
        YearsAgoReader = new PhraseReader(countWords, NumberOpens: true, YearsAgoAt);
    }

    /// <summary>"next year", "last fiscal year", "the first three months of the year", "later in the year", each with the years
    /// it stands from the publication's (+1 for "next" and "coming", −1 for "last" and "previous", 0 otherwise).</summary>
    public PhraseReader RelativeYearReader { get; }

    /// <summary>"two years ago", "a decade ago", "15 years ago", each with minus the years it counts back.</summary>
    public PhraseReader YearsAgoReader { get; }

    /// <summary>The days and months without a year, each with the number of the month it names (0 for none). "May" counts only after a preposition or before a day number,
    /// where it cannot be the verb.</summary>
    public PhraseReader DayOrMonthReader { get; }

    /// <summary>The relative years of a text alone (<see cref="RelativeYearReader"/>); the years stage reads all kinds in one walk.</summary>
    public List<TimePhrase> RelativeYears(TokenLayer tokens) => TimePhraseScan.Alone(RelativeYearReader, tokens);

    /// <summary>The years ago of a text alone (<see cref="YearsAgoReader"/>).</summary>
    public List<TimePhrase> YearsAgo(TokenLayer tokens) => TimePhraseScan.Alone(YearsAgoReader, tokens);

    /// <summary>The days and months of a text alone (<see cref="DayOrMonthReader"/>).</summary>
    public List<TimePhrase> DaysOrMonths(TokenLayer tokens) => TimePhraseScan.Alone(DayOrMonthReader, tokens);

    private (int Start, int End, int Value) RelativeAt(TokenLayer t, int i, int from)
    {
        if (t[i].Start < from || !t.OpensWord(i)) return None;
        // "next year", "this financial year"
        if (t.IsAny(i, _relativeOpeners) && t.Closing(t.Then(t.Then(i, _yearKinds) is var kind and >= 0 ? kind : i, Year)) is var last and >= 0)
            return (t[i].Start, t[last].End, t.IsAny(i, _ahead) ? 1 : t.IsAny(i, _back) ? -1 : 0);
        // "the first three months of the year", "the last weeks of the year"
        if (t.IsAny(i, _partOpeners))
        {
            var part = OneLowerWord(t, i + 1) && t.Then(i + 1, _yearStretches) is var afterWord and >= 0 ? afterWord : t.Then(i, _yearStretches);
            if (OfTheYear(t, t.Then(part, Of)) is var end and >= 0) return (t[i].Start, t[end].End, 0);
        }
        // "earlier in the year"
        if (t.IsAny(i, _earlierOrLater) && OfTheYear(t, t.Then(i, In)) is var inEnd and >= 0) return (t[i].Start, t[inEnd].End, 0);
        return None;
    }

    /// <summary>The "year" closing "... the year" after token <paramref name="i"/>, or -1.</summary>
    private static int OfTheYear(TokenLayer t, int i) => t.Closing(t.Then(t.Then(i, The), Year));

    /// <summary>Whether token <paramref name="i"/> is a word of lower-case letters alone, spaced from the one before.</summary>
    private static bool OneLowerWord(TokenLayer t, int i) => t.SpacedFromPrevious(i, OneWhitespace) && t.IsLetters(i, lowerOnly: true);

    private (int Start, int End, int Value) YearsAgoAt(TokenLayer t, int i, int from)
    {
        int start, count;
        if (t[i].Kind == TokenKind.Number)
        {
            start = t.TrailingDigitsStart(i);
            if (start < from || start < 0) return None;
            count = int.Parse(t.Text.AsSpan(start, t[i].End - start));
        }
        else
        {
            if (!t.IsAny(i, _countWords) || t[i].Start < from || !t.OpensWord(i)) return None;
            (start, count) = (t[i].Start, _numberWords.TryGetValue(t.TextOf(i).ToString(), out var word) ? (int)word : 0);
        }
        var unit = t.Then(i, YearUnits);
        if (t.Closing(t.Then(unit, Ago)) is not (var last and >= 0)) return None;
        var back = count * (t.TextOf(unit).StartsWith("decade", StringComparison.Ordinal) ? 10 : 1);
        return (start, t[last].End, -back);
    }

    private (int Start, int End, int Value) DayOrMonthAt(TokenLayer t, int i, int from)
    {
        // "3 March", "1,15 April": one or two digits ending a number.
        if (t[i].Kind == TokenKind.Number)
            return t.TrailingDigitsStart(i) is var digits and >= 0 && digits >= from && t.Closing(t.Then(i, _fullNames)) is var month and >= 0
                ? (digits, t[month].End, _months.NumberOf(t.TextOf(month))) : None;
        if (t[i].Start < from || !t.OpensWord(i)) return None;
        if (t.IsAny(i, _days) || t.IsAny(i, _weekdays)) return t.Closing(i) >= 0 ? (t[i].Start, t[i].End, 0) : None;
        if (!SecondMayFollow(t, i + 1)) return None;
        var last = -1;
        if (t.IsAny(i, This) && t.Closing(t.Then(i, _thisSpans)) is var thisEnd and >= 0) last = thisEnd;
        else if (t.IsAny(i, Last) && t.Closing(t.Then(i, _lastSpans)) is var lastEnd and >= 0) last = lastEnd;
        if (last < 0) last = PastDays(t, i);
        // "two weeks ago", "a day ago"
        if (last < 0 && t.IsAny(i, _agoCounts)) last = t.Closing(t.Then(t.Then(i, _dayUnits), Ago));
        if (last >= 0) return (t[i].Start, t[last].End, 0);
        // "in January", "mid- March", "end of May"
        if (t.Closing(t.Then(MonthOpenerEnd(t, i), _fullNames)) is var named and >= 0) return (t[i].Start, t[named].End, _months.NumberOf(t.TextOf(named)));
        // "March 3", "Sept. 12"
        if (!t.IsAny(i, _anyForms)) return None;
        var beforeDay = t.IsMark(i + 1, '.') && t[i + 1].Start == t[i].End ? i + 1 : i;
        if (!t.SpacedFromPrevious(beforeDay + 1, OneWhitespace) || t.LeadingDigitsEnd(beforeDay + 1) is not (var end and >= 0)) return None;
        return (t[i].Start, end, _months.NumberOf(t.TextOf(i)));
    }

    /// <summary>Whether token <paramref name="i"/> may be the second of a day-or-month phrase: a word of
    /// <see cref="_daySeconds"/>, a number ("March 3"), a hyphen ("mid-") or a full stop ("Sept."). After the common openers
    /// ("the", "in", "a") most tokens are none, and the phrase is passed by one lookup.</summary>
    private bool SecondMayFollow(TokenLayer t, int i) =>
        i < t.Count && (t[i].Kind == TokenKind.Number || t.IsMark(i, '-') || t.IsMark(i, '.') || t.IsAny(i, _daySeconds));

    /// <summary>"in the past few days", "the last two weeks", "past weeks": the last token, or -1.</summary>
    private int PastDays(TokenLayer t, int i)
    {
        var word = t.IsAny(i, InOpener) ? Spaced(t, i) : i;
        if (word >= 0 && t.IsAny(word, The)) word = Spaced(t, word);
        if (word < 0 || !t.IsAny(word, _pastOrLast)) return -1;
        return t.Closing(t.Then(t.Then(word, _fewDays) is var few and >= 0 ? few : word, _daysOrWeeks));
    }

    /// <summary>The last token of a preposition before a month ("in", "mid-", "end of", "earlier in"), or -1.</summary>
    private int MonthOpenerEnd(TokenLayer t, int i)
    {
        if (t.IsAny(i, _monthPrepositions)) return i;
        if (t.IsAny(i, Mid)) return t.IsMark(i + 1, '-') && t[i + 1].Start == t[i].End ? i + 1 : -1;
        if (t.IsAny(i, End)) return t.Then(i, Of, OneSpace);
        return t.IsAny(i, _earlierOrLaterInMonth) ? t.Then(i, In, OneSpace) : -1;
    }

    private static readonly (int, int, int) None = (-1, -1, 0);

    /// <summary>Token <paramref name="i"/> + 1 when it stands one whitespace character after token <paramref name="i"/>, else -1.</summary>
    private static int Spaced(TokenLayer t, int i) => t.SpacedFromPrevious(i + 1, OneWhitespace) ? i + 1 : -1;

    private static WordSet Exact(params IEnumerable<string> words) => new(words, caseSensitive: true);

    /// <summary>The words in lower case and capitalised, as a sentence opens with them.</summary>
    private static WordSet Titled(params IEnumerable<string> words) => TimeTokenQueries.Forms(words);
}
