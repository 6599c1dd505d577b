using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"lowered to €2 billion from about €5 billion": the amount a change starts from, after another amount of its
/// sentence, is the earlier one (SCHEMA.md: previous).</summary>
internal static partial class ChangedFrom
{
    [GeneratedRegex(@"\bfrom\s(?:around\s|about\s|some\s|roughly\s|nearly\s|almost\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex FromBefore { get; }

    public static bool Holds(AnalysisDocument doc, Span sentence, Span amount) =>
        FromBefore.IsMatch(doc.Text.AsSpan()[Math.Max(sentence.Start, amount.Start - 20)..amount.Start])
        && doc.MoneyOverlapping(new Span(sentence.Start, amount.Start)).Any();
}
