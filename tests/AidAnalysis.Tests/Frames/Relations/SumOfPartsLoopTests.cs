using AidAnalysis.Frames.Relations;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>SumOfParts fills two candidate lists per total in one walk over the rows and sums a total's linked parts in a loop,
/// where it filtered the rows with LINQ three times per total; it links and sets status as the LINQ version below did, on
/// generated paragraphs of amounts that often add up (invented names).</summary>
public class SumOfPartsLoopTests
{
    private static readonly RelationVocabulary Words = new(Lexicon.Default);

    private static readonly string[] Givers = ["Varnia", "Tolby", "Quell", "The fund", "Donors"];
    private static readonly string[] Verbs = ["gave", "pledged", "will provide", "said it had spent", "needs"];
    private static readonly int[] Millions = [1, 2, 3, 5, 8, 10, 13, 18, 21, 31, 45, 76, 100];

    [Fact]
    public void It_links_as_the_linq_filters_did()
    {
        var sentence = Gen.Select(Gen.Int[0, Givers.Length - 1], Gen.Int[0, Verbs.Length - 1], Gen.Int[0, Millions.Length - 1], Gen.Int[0, 3])
            .Select((g, v, m, end) => $"{Givers[g]} {Verbs[v]} ${Millions[m]} million{(end == 0 ? " in total" : "")}.{(end == 1 ? "\n\n" : " ")}");
        sentence.Array[2, 8].Select(string.Concat).Sample(text =>
        {
            var doc = TestSupport.Process(text, new DateOnly(2025, 6, 2));
            var linked = new RelationDraft(doc, doc.Funding);
            new SumOfParts(Words).Apply(linked);
            var reference = new RelationDraft(doc, doc.Funding);
            new ReferenceSumOfParts(Words).Apply(reference);
            Assert.Equal(reference.Figures.Select(f => (f.PartOfId, f.Status)), linked.Figures.Select(f => (f.PartOfId, f.Status)));
        }, iter: 300);
    }

    [Theory]
    [InlineData("Varnia gave $31 million to Tolby in May. Varnia gave Tolby $45 million in June. Varnia has given Tolby $76 million.", "$76 million")]
    [InlineData("Quell will provide $76 million to the camps. It covers $31 million for food and $45 million for shelter.", "$76 million")]
    public void Neighbouring_lines_that_add_up_are_parts_of_their_total(string text, string total)
    {
        var doc = TestSupport.Process(text, new DateOnly(2025, 6, 2));
        var draft = new RelationDraft(doc, doc.Funding);
        new SumOfParts(Words).Apply(draft);
        var whole = draft.Figures.Single(f => f.AmountText == total).Id;
        Assert.All(draft.Figures.Where(f => f.AmountText != total), f => Assert.Equal(whole, f.PartOfId));
    }
}

/// <summary>SumOfParts as it was before its loops (LINQ filters per total), kept as the property's reference.</summary>
internal sealed class ReferenceSumOfParts(RelationVocabulary words) : IRelationRule
{
    private const int ParagraphReach = 5;
    private const double Tolerance = 0.02;

    public void Apply(RelationDraft draft)
    {
        var primary = draft.Primary.ToList();
        var position = primary.Select((row, at) => (row, at)).ToDictionary(x => x.row, x => x.at);
        // Smaller totals first: "$31m + $45m = $76m" is found before "$76m + $24m ≈ $100m".
        foreach (var total in primary.OrderBy(i => draft.Figures[i].Value ?? 0))
        {
            if (draft.Figures[total].Value is not { } target || target <= 0) continue;
            var linked = draft.Children(total).Sum(c => draft.Figures[c].Value ?? 0);
            var at = position[total];
            var candidates = primary.Where(i => i != total && IsCandidate(draft, i, total)).ToList();
            var before = candidates.Where(i => position[i] < at).Reverse().ToList();
            var after = candidates.Where(i => position[i] > at).ToList();
            var run = FindRun(draft, before, target - linked, target) ?? FindRun(draft, after, target - linked, target);
            if (run is null || run.Count + (linked > 0 ? 1 : 0) < 2) continue;
            if (SiblingOfLargerSum.Holds(draft, primary, total, run, (i, whole) => IsCandidate(draft, i, whole))) continue;
            // Figures that are no aid sum to no-aid wholes ("exports of X and imports of Y, trade of Z"); aid lines do not.
            if (run.Any(part => IsAid(draft.Figures[part])) && IsNotAid(draft, total)) continue;
            foreach (var part in run) draft.TryLink(part, total);
            if (draft.Figures[total].Status == FundingStatus.Unspecified) TakePartsStatus(draft, total);
        }
    }

    private static bool IsAid(FundingFigure figure) => figure.Status != FundingStatus.Unspecified || figure.AidType != AidType.Unspecified;

    private bool IsNotAid(RelationDraft draft, int total)
    {
        if (IsAid(draft.Figures[total])) return false;
        var tokens = draft.Document.Tokens;
        return words.NotAidNouns.AnyIn(tokens, tokens.Within(CommaClause.Around(draft, draft.BodySpan(total))));
    }

    private static void TakePartsStatus(RelationDraft draft, int total)
    {
        var news = draft.Children(total).Select(c => draft.Figures[c].Status)
            .Where(s => s is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
            .GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => (FundingStatus?)g.Key).FirstOrDefault();
        if (news is not { } status) return;
        draft.SetStatusWithConversions(total, status);
    }

    private static bool IsCandidate(RelationDraft draft, int i, int total)
    {
        var f = draft.Figures[i];
        var t = draft.Figures[total];
        return f.PartOfId is null && f.Value is > 0 && f.Currency == t.Currency && f.Value < t.Value
            && draft.SameDonorOrUnknown(i, total) && !draft.IsAncestor(i, total)
            && (t.Status == FundingStatus.Requested
                || Math.Abs(draft.BodyParagraph(i) - draft.BodyParagraph(total)) <= ParagraphReach);
    }

    private static List<int>? OneGiver(RelationDraft draft, List<int> run) =>
        run.Select(i => draft.Figures[i].Donor).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() <= 1 ? run : null;

    private static List<int>? FindRun(RelationDraft draft, List<int> ordered, double target, double total)
    {
        if (target <= 0) return null;
        for (var start = 0; start < ordered.Count; start++)
        {
            var sum = 0.0;
            for (var end = start; end < ordered.Count; end++)
            {
                sum += draft.Figures[ordered[end]].Value!.Value;
                if (Math.Abs(sum - target) <= Tolerance * total) return OneGiver(draft, ordered.GetRange(start, end - start + 1));
                if (sum > target + Tolerance * total) break;
            }
        }
        return null;
    }
}
