using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"part of the £100m commitment": the whole the news comes under was announced before (SCHEMA.md: previous).</summary>
internal static partial class PartOfWhole
{
    [GeneratedRegex(@"\bpart\sof\s(?:the|a|an|its|their|this|that)\s(?:[a-z]+\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex PartOfBefore { get; }

    public static bool Holds(string text, Span sentence, Span amount) =>
        PartOfBefore.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 30)..amount.Start]);
}
