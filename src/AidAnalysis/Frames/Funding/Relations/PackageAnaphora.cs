using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The bulk of funding for this package will come from defence, which will have to find around $920 million": an amount in
/// a sentence that speaks of "this package" (plan, programme, fund) before it is a component of the package the story
/// announced, the nearest earlier news figure, when that one is larger.
/// </summary>
internal sealed class PackageAnaphora : IRelationRule
{
    private static readonly Regex ThisPackage = new(
        @"\b(?:for|of|from|in|under)\s(?:this|that|the\snew)\s(?:package|plan|programme|program|initiative|fund|allocation)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public void Apply(RelationDraft draft)
    {
        foreach (var sentence in draft.Document.Sentences)
        {
            var amounts = draft.AmountsIn(sentence.Span).ToList();
            if (amounts.Count == 0) continue;
            var first = amounts[0];
            if (!ThisPackage.IsMatch(draft.Text[sentence.Span.Start..first.Mention.Start])) continue;
            var package = draft.NewsBefore(sentence.Span.Start, excluding: first.Row);
            if (package < 0) continue;
            foreach (var (_, row) in amounts)
                if (draft.Smaller(row, package)) draft.TryLink(row, package);
        }
    }
}
