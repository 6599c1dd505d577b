using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"a total of $5 million", "in all, $5 million": a total word right before the amount marks it as a sum.</summary>
internal static partial class TotalAt
{
    [GeneratedRegex(@"\b(?:total|totals|totalling|totaling|overall|in all|altogether)\b", TextPatterns.WindowOptions)]
    private static partial Regex Total { get; }

    public static bool Holds(string text, Span amount, Span sentence) =>
        Total.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 30)..amount.Start]);
}
