using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>Whether a phrase holds a finite verb, which makes it a clause rather than a noun phrase or an adjunct:
/// an auxiliary or modal, or a past form ("had died", "rose" is missed, "reached" is not).</summary>
internal static class FiniteVerb
{
    private static readonly Regex Verb = TextPatterns.Create(@"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|\p{Ll}{3,}ed)\b");

    public static bool In(string phrase) => Verb.IsMatch(phrase);
}
