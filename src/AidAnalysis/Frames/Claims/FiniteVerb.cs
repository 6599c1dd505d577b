using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>Whether a phrase holds a finite verb, which makes it a clause rather than a noun phrase or an adjunct:
/// an auxiliary or modal, or a past form ("had died", "rose" is missed, "reached" is not).</summary>
internal static partial class FiniteVerb
{
    /// <summary>Tried only where <c>\b</c> opens a word, and the loop gives back at most its own word's letters, so
    /// the source-generated backtracking matcher stays linear in the phrase.</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|\p{Ll}{3,}ed)\b", TextPatterns.WindowOptions)]
    private static partial Regex Verb { get; }

    public static bool In(string phrase) => Verb.IsMatch(phrase);
}
