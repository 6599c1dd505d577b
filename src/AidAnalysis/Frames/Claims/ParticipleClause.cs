using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>", adding that", ", blaming the drought": a participle clause after a comma opens the speaker's next act, so
/// what it names is neither the statement before it nor its speaker. "during" ends like a participle but is a preposition
/// (", said X, during a visit by ..."), so a first such phrase reading ", during " is none.</summary>
internal static partial class ParticipleClause
{
    [GeneratedRegex(@",\s\p{Ll}{2,}ing\s", TextPatterns.WindowOptions)]
    private static partial Regex Pattern { get; }

    /// <summary>Where (at its comma) the first participle clause in <paramref name="span"/> of <paramref name="text"/>
    /// starts, or -1.</summary>
    public static int StartIn(string text, Span span)
    {
        var window = text.AsSpan(span.Start, span.Length);
        if (TextPatterns.FirstMatch(Pattern, window) is not { } participle || window[participle.Index..].StartsWith(", during ")) return -1;
        return span.Start + participle.Index;
    }
}
