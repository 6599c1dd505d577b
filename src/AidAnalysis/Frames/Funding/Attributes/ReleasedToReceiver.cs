using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"released $1 million to Nigeria": money released to a named receiver is handed over (delivered), while money
/// released "in funding" or "to help ..." is made available from a budget or fund (allocated).</summary>
internal static partial class ReleasedToReceiver
{
    [GeneratedRegex(@"\breleased\s(?:\p{L}+\s){0,2}$", TextPatterns.WindowOptions)]
    private static partial Regex ReleasedBefore { get; }
    /// <summary>"to Nigeria", "in aid to the Mozambican government": "to" before a name, not before a verb ("to help").</summary>
    [GeneratedRegex(@"^\s(?:\p{Ll}+\s){0,2}?to\s(?:the\s)?\p{Lu}", TextPatterns.WindowOptions)]
    private static partial Regex ToNamedReceiverAfter { get; }

    public static bool Holds(string text, Span sentence, Span amount) =>
        ReleasedBefore.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 25)..amount.Start])
        && ToNamedReceiverAfter.IsMatch(text.AsSpan()[amount.End..Math.Min(sentence.End, amount.End + 40)]);
}
