using System.Text.RegularExpressions;

namespace AidAnalysis.Frames;

/// <summary>"brings the total to $X", "brings Denmark's humanitarian support for Sudan this year to DKK 455 million",
/// "bringing UK funding to Somalia to £41 million": a verb of raising, a total or aid noun, and "to" right before the
/// amount state a running total that includes the news (SCHEMA.md: cumulative totals are earlier money).</summary>
internal static partial class RunningTotalWording
{
    [GeneratedRegex(@"\b(?:brings?|bringing|brought|raises?|raising|raised|takes|taking|lifts?|lifting)\s(?:[^\s.;]+\s){0,12}?(?:total|support|funding|aid|assistance|contributions?|disbursements?|spending|commitments?|allocations?)\b(?:\s[^\s.;]+){0,16}?\sto\s(?:an?\s)?(?:[\p{L}-]+\s)?(?:(?:nearly|almost|about|around|some|over|more\sthan|roughly)\s)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BringsTo { get; }

    /// <summary>Whether the text before an amount ends with running-total wording; tried only where a "to" stands
    /// near its end, which the wording cannot do without.</summary>
    public static bool EndsWithBringsTo(ReadOnlySpan<char> before) =>
        before[Math.Max(0, before.Length - 40)..].Contains(" to ", StringComparison.OrdinalIgnoreCase) && BringsTo.IsMatch(before);
}
