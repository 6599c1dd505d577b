using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"under the country's $3bn programme", "whose $2bn credit facility", "a facility of $1bn": the figure of an
/// earlier programme the news comes under (SCHEMA.md: previous), owned by a possessive, a relative or an "under/of" phrase,
/// or named by the programme noun before it. Source: IMF and World Bank press-release wording ("under the $Xbn Extended
/// Fund Facility").</summary>
internal static partial class ProgrammeFigure
{
    [GeneratedRegex(@"(?:[’']s|\bwhose|\b(?:under|of)\s(?:the|its|their|this))\s$", TextPatterns.WindowOptions)]
    private static partial Regex OwnerBefore { get; }
    [GeneratedRegex(@"^\s(?:[\p{L}-]+\s){0,3}?(?:programme|program|facility|framework|arrangement|credit\sline)\b", TextPatterns.WindowOptions)]
    private static partial Regex HeadAfter { get; }
    [GeneratedRegex(@"\b(?:programme|program|framework|facility|arrangement)\s(?:of|worth)\s$", TextPatterns.WindowOptions)]
    private static partial Regex HeadBefore { get; }

    public static bool Holds(string text, Span sentence, Span amount)
    {
        var before = text.AsSpan()[Math.Max(sentence.Start, amount.Start - 30)..amount.Start];
        if (HeadBefore.IsMatch(before)) return true;
        return OwnerBefore.IsMatch(before) && HeadAfter.IsMatch(text.AsSpan()[amount.End..Math.Min(sentence.End, amount.End + 50)]);
    }
}
