using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>A budget figure with no year of its own is of the budget the text names: "the 2025 budget", "budget for 2025",
/// when the text names only one.</summary>
internal sealed partial class BudgetYear
{
    [GeneratedRegex(@"\bbudget\b", TextPatterns.WindowOptions)]
    private static partial Regex BudgetWord { get; }
    // Built on first use (most texts need it not, and building one is costly).
    private readonly OnDemandPattern _budgetYear = new(@"\b(?:(?<year>(?:19|20)[0-9][0-9])\s(?:federal\s|national\s|state\s|draft\s)?budget|budget\s(?:for|of)\s(?<year>(?:19|20)[0-9][0-9]))\b", "budget");

    /// <summary>Whether the sentence speaks of a budget.</summary>
    public static bool Named(string text, Span sentence) => BudgetWord.IsMatch(text.AsSpan()[sentence.Start..sentence.End]);

    /// <summary>The one budget year the text names, if only one.</summary>
    public int? Single(string text)
    {
        var budgetYears = _budgetYear.Matches(text).Select(m => int.Parse(m.Groups["year"].Value)).Distinct().ToList();
        return budgetYears.Count == 1 ? budgetYears[0] : null;
    }
}
