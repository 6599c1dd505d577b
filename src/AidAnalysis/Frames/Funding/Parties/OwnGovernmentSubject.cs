using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "the official stated that the government would free up 3 billion pesos", "She said her government would give $7 million": a
/// government named by a common noun, with no state of its own, gives. The phrase stands right before the verb of giving, or
/// before its auxiliaries; which state it is, the funding frame reads from the sentence's officials or the dateline.
/// </summary>
internal static partial class OwnGovernmentSubject
{
    [GeneratedRegex(@"(?:^|\s)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s(?:(?:federal|central|national|state)\s)?government\s(?:(?:has|have|had|will|would|could|is|was|also|already|just|now)\s){0,3}$|^[Gg]overnment\s(?:(?:has|have|had|will|would|could|is|was|also|already|just|now)\s){0,3}$", TextPatterns.WindowOptions)]
    private static partial Regex GovernmentRightBefore { get; }

    [GeneratedRegex(@"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s(?:(?:federal|central|national|state)\s)?government\b", TextPatterns.WindowOptions)]
    private static partial Regex UnnamedGovernment { get; }

    /// <summary>"Dr Y, the health minister, stated that the government would meet the wages and had allocated 3 billion rupees": an
    /// official the text names without a state reports what an unnamed government, named between the two, gives.</summary>
    public static bool IsReportedBy(string text, Span speaker, Span verb) =>
        speaker.End < verb.Start && UnnamedGovernment.IsMatch(text.AsSpan(speaker.End, verb.Start - speaker.End));

    /// <summary>Whether the verb's subject is an unnamed government.</summary>
    public static bool IsSubjectOf(string text, Span sentence, Span verb)
    {
        var start = Math.Max(sentence.Start, verb.Start - 40);
        return GovernmentRightBefore.IsMatch(text.AsSpan(start, verb.Start - start));
    }
}
