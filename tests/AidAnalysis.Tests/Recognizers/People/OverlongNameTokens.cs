using AidAnalysis.Recognizers;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The patterns the name readers replaced read a name token of any length; the readers stop at
/// <see cref="TextPatterns.MaxNameTokenLength"/>, so the two are compared only on texts without a longer run of letters.</summary>
internal static class OverlongNameTokens
{
    public static bool In(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsLetter(c) || c is '-' or '’' or '\'' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark ? run + 1 : 0;
            if (run > TextPatterns.MaxNameTokenLength) return true;
        }
        return false;
    }
}
