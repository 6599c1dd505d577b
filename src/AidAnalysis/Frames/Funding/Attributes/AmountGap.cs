using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>What may stand between a verb or noun and the amount it governs: an approximation or a determiner ("seeks
/// about", "a shortfall of more than").</summary>
internal static partial class AmountGap
{
    [GeneratedRegex(@"^\s*(?:(?:about|around|some|roughly|nearly|almost|approximately|another|further|additional|an?|the|more\sthan|less\sthan|over|up\sto|at\sleast|as\smuch\sas|only|just|of)\s+)*$", TextPatterns.WindowOptions)]
    private static partial Regex Governed { get; }

    /// <summary>Whether <paramref name="gap"/> holds nothing but such words.</summary>
    public static bool IsGoverned(ReadOnlySpan<char> gap) => Governed.IsMatch(gap);
}
