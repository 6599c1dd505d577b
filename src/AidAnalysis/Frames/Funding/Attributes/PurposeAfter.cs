using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"to support ...", "for ..." right after the amount: what the money is for.</summary>
internal static partial class PurposeAfter
{
    [GeneratedRegex(@"^[^,.;]{0,40}?\b(?<purpose>(?:to|for|aimed at|in support of|in support for)\s[^.;()]{3,110}?)(?:[,.;(]|\s(?:and|while|but|which)\s|$)", TextPatterns.WindowOptions)]
    private static partial Regex Purpose { get; }
    private static readonly SearchValues<string> Openers = SearchValues.Create(["to", "for", "aimed at", "in support"], StringComparison.Ordinal);
    private static readonly SearchValues<char> OpenerInitials = SearchValues.Create("tfai");

    /// <summary>The purpose, if any; the pattern never needs more than 200 characters.</summary>
    public static string? Of(string text, Span amount, Span sentence)
    {
        var end = Math.Min(Math.Max(amount.End, sentence.End), amount.End + 200);
        // The purpose's first word starts within 40 characters of the amount: without one there, the pattern cannot match.
        // Their first letters are searched first: far cheaper on a short window, and enough to rule out most.
        var opening = text.AsSpan(amount.End, Math.Min(end - amount.End, 60));
        if (opening.IndexOfAny(OpenerInitials) < 0 || opening.IndexOfAny(Openers) < 0) return null;
        var m = Purpose.Match(text, amount.End, end - amount.End);
        return m.Success ? m.Groups["purpose"].Value.Trim() : null;
    }
}
