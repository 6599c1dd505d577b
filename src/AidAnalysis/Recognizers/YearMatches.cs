namespace AidAnalysis.Recognizers;

/// <summary>
/// The time phrases of one text the year recognizer dates, read on the tokens before the reference date is known, each list
/// in text order: relative years ("next year", value the years from the reference year), years counted back ("two years
/// ago", value minus the years) and days or months without a year, with the time-expression gaps ("on Tuesday", "until
/// October", value the number of the month named, 0 for none).
/// </summary>
public sealed record YearMatches(IReadOnlyList<TimePhrase> Relative, IReadOnlyList<TimePhrase> YearsAgo, IReadOnlyList<TimePhrase> DayOrMonth);

/// <summary>A time phrase's bounds and what it says of the date (<see cref="YearMatches"/>).</summary>
public readonly record struct TimePhrase(int Index, int Length, int Value)
{
    public int End => Index + Length;
}
