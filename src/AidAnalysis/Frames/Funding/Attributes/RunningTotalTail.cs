using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"will send €80 million ..., taking its contribution since 2019 to €410 million": a participle after the
/// amount that raises a running total speaks of the total, so its background words ("since", "total") say nothing of the
/// amount before it (SCHEMA.md: the news figure takes its own sentence's status; the cumulative total is previous).</summary>
internal static partial class RunningTotalTail
{
    [GeneratedRegex(@",\s(?:which\s|and\s)?(?:bringing|brings|taking|takes|raising|lifting)\s", TextPatterns.WindowOptions)]
    private static partial Regex Opening { get; }

    /// <summary>Where such a participle opens after the amount within its clause, or the clause's end.</summary>
    public static int ClauseEnd(string text, Span amount, Span clause)
    {
        if (clause.End <= amount.End) return clause.End;
        var m = Opening.Match(text, amount.End, clause.End - amount.End);
        return m.Success ? m.Index : clause.End;
    }
}
