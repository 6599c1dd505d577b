using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"has paid out $20 million of an earlier grant": a background word in an "of" phrase after the amount dates the
/// whole the amount is drawn from, not the amount.</summary>
internal static partial class DrawnFromWhole
{
    [GeneratedRegex(@"^\s(?:of|from)\s(?:an?|the|its|their)\s$", TextPatterns.WindowOptions)]
    private static partial Regex OfAWhole { get; }

    /// <summary>Whether <paramref name="cue"/> qualifies the whole the amount is drawn from.</summary>
    public static bool QualifiesTheWhole(string text, Span amount, (FundingCue Entry, Span Span) cue) =>
        cue.Entry.Status == FundingStatus.Previous && !cue.Entry.IsGivingVerb && cue.Span.Start >= amount.End && cue.Span.Start - amount.End <= 12
        && OfAWhole.IsMatch(text.AsSpan(amount.End, cue.Span.Start - amount.End));
}
