using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// SCHEMA.md `counted`: the article's new money is every row pledged, allocated or delivered, with a value, not a
/// conversion, and not part (directly or through other parts) of a row that is itself counted. A need, appeal or request
/// ("€28 billion are needed", "a gap of €39 billion", "appealing for $7.73 billion") is never money given.
/// </summary>
internal static partial class NewMoney
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    [GeneratedRegex(@"\b(?:needs?|needed|requires?|required|requiring|seeking|seeks?|sought|appealing\sfor|appeals?\sfor|asking\sfor|asks\sfor|calls?\sfor|gap\sof|shortfall\sof|shortage\sof)\s(?:(?:an?|the|another|additional|an\sadditional|about|around|nearly|some|over|more\sthan|almost|roughly)\s)*$", Window)]
    private static partial Regex NeedBefore();
    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:[\p{L}-]+\s){0,3}?(?:is|are|will\sbe|would\sbe|was|were)\s(?:still\s|urgently\s|also\s)?(?:needed|required|sought|lacking|missing)\b", Window)]
    private static partial Regex NeedAfter();

    public static void Mark(RelationDraft draft)
    {
        var memo = new bool?[draft.Figures.Length];
        for (var i = 0; i < draft.Figures.Length; i++)
            draft.Figures[i] = draft.Figures[i] with { Counted = IsCounted(draft, i, memo, 0) };
    }

    public static bool Qualifies(RelationDraft draft, int i)
    {
        var f = draft.Figures[i];
        if (f.Value is null || f.ConvertedFromId is not null) return false;
        if (f.Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) return false;
        var mention = draft.BodySpan(i);
        return !NeedBefore().IsMatch(draft.Before(mention, 60)) && !NeedAfter().IsMatch(draft.After(mention, 80));
    }

    private static bool IsCounted(RelationDraft draft, int i, bool?[] memo, int depth)
    {
        if (memo[i] is { } known) return known;
        var counted = Qualifies(draft, i) && !HasCountedAncestor(draft, i, memo, depth);
        memo[i] = counted;
        return counted;
    }

    private static bool HasCountedAncestor(RelationDraft draft, int i, bool?[] memo, int depth)
    {
        // Links never form loops (RelationDraft.TryLink); the depth bound only guards against a malformed input row.
        if (depth > draft.Figures.Length || draft.Parent(i) is not { } parent) return false;
        return IsCounted(draft, parent, memo, depth + 1) || HasCountedAncestor(draft, parent, memo, depth + 1);
    }
}
