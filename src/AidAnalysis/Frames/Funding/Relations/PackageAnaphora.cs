using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The bulk of funding for this package will come from defence, which will have to find around $920 million": an amount in
/// a sentence that speaks of "this package" (plan, programme, fund) before it is a component of the package the story
/// announced, the nearest earlier news figure, when that one is larger.
/// </summary>
internal sealed partial class PackageAnaphora : IRelationRule
{
    [GeneratedRegex(@"\b(?:for|of|from|in|under)\s(?:this|that|the\snew)\s(?:package|plan|programme|program|initiative|fund|allocation)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThisPackage();

    public void Apply(RelationDraft draft)
    {
        var sentences = draft.Document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!draft.HasAmounts(s)) continue;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count == 0) continue;
            var first = amounts[0];
            if (!ThisPackage().IsMatch(draft.Text.AsSpan()[sentences[s].Span.Start..first.Mention.Start])) continue;
            var package = draft.NewsBefore(sentences[s].Span.Start, excluding: first.Row);
            if (package < 0) continue;
            foreach (var (_, row) in amounts)
                if (draft.Smaller(row, package)) draft.TryLink(row, package);
        }
    }
}
