using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>"the commitment the minister announced in Kyiv in May": after the cue stands only an adjunct of place or
/// time, so the statement is elsewhere. Not "said at least 40 people had died", whose object is a clause.</summary>
internal static partial class AdjunctObject
{
    [GeneratedRegex(@"^(?:in|on|at|during)\s", TextPatterns.WindowOptions)]
    private static partial Regex Adjunct { get; }

    [GeneratedRegex(@"^at\s(?:least|most)\s", TextPatterns.WindowOptions)]
    private static partial Regex Quantifier { get; }

    /// <param name="objectText">The words after the cue, trimmed.</param>
    /// <param name="maxWords">How long an adjunct may run.</param>
    public static bool IsOnlyAdjunct(string objectText, int maxWords) =>
        Adjunct.IsMatch(objectText) && !Quantifier.IsMatch(objectText) && !FiniteVerb.In(objectText)
        && objectText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords;
}
