namespace AidAnalysis.Recognizers;

/// <summary>
/// Where the year recognizer's whole-text patterns for relative years ("next year") and days or months ("on Tuesday")
/// match in one text, as (index, length) bounds in text order, scanned before the reference date is known.
/// </summary>
public sealed record YearMatches(IReadOnlyList<(int Index, int Length)> Relative, IReadOnlyList<(int Index, int Length)> DayOrMonth);
