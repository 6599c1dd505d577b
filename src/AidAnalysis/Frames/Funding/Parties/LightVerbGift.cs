using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"made a $10 million donation", "will make a contribution of $5 million": a light verb whose gift noun names the
/// gift; its subject gives. Made is given (delivered); a pledge, a commitment or a gift still to be made is pledged.</summary>
internal static partial class LightVerbGift
{
    private const string GiftNouns = "donation|contribution|grant|pledge|commitment";
    [GeneratedRegex(@"\b(?<future>will\s|to\s)?(?<verb>made|make|makes|making)\s(?:an?\s)?(?:(?:new|further|additional|emergency|one-off)\s)?(?:(?<noun>" + GiftNouns + @")\sof\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex VerbBefore { get; }
    [GeneratedRegex(@"^\s(?:(?:humanitarian|emergency|financial|military)\s)?(?<noun>" + GiftNouns + @")\b", TextPatterns.WindowOptions)]
    private static partial Regex NounRightAfter { get; }

    public static (Span Verb, FundingStatus Status)? Find(string text, Span sentence, Span amount)
    {
        var start = Math.Max(sentence.Start, amount.Start - 60);
        var before = VerbBefore.Match(text, start, amount.Start - start);
        if (!before.Success) return null;
        var after = NounRightAfter.Match(text, amount.End, Math.Min(sentence.End, amount.End + 30) - amount.End);
        var noun = before.Groups["noun"].Success ? before.Groups["noun"].Value : after.Success ? after.Groups["noun"].Value : null;
        if (noun is null) return null;
        var verb = before.Groups["verb"];
        var status = noun is "pledge" or "commitment" || verb.Value != "made" || before.Groups["future"].Success ? FundingStatus.Pledged : FundingStatus.Delivered;
        return (new Span(verb.Index, verb.Index + verb.Length), status);
    }
}
