using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A collective figure at the top of the story ("Donors promised billions of dollars", "over three billion euros
/// was pledged") and, further down, a paragraph listing what named donors gave ("Sweden pledged 240 million euros, while
/// Spain committed 90 million euros, ..."): the listed pledges are components of the collective one. The list needs two
/// or more donors, the collective figure's status, and may not add up to more than the collective figure.
/// </summary>
internal sealed class PledgeList : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var leadParagraph = draft.Primary.Where(i => !draft.OnlyInHeadline(i)).Select(i => draft.BodyParagraph(i)).Where(p => p >= 0).DefaultIfEmpty(-1).Min();
        foreach (var collective in draft.Primary.ToList())
        {
            var c = draft.Figures[collective];
            if (c.Status is not (FundingStatus.Pledged or FundingStatus.Allocated) || draft.Children(collective).Any()) continue;
            // A figure whose own sentence names the one state that gives it ("Kuwait has pledged $X") is no sum of what other givers
            // pledge further down ("Norway said it would provide €Y; Canada promised $Z"), however the amounts compare.
            if (NamesItsState(draft, c)) continue;
            var paragraph = draft.BodyParagraph(collective);
            if (paragraph != leadParagraph && !draft.OnlyInHeadline(collective)) continue;
            var pledges = draft.Primary.Where(i => i != collective && draft.Figures[i].PartOfId is null && draft.Figures[i].Status == c.Status
                    && draft.Figures[i].Donor is not null && draft.BodyParagraph(i) > paragraph).ToList();
            // One paragraph listing the givers, else, under a figure of givers no state names ("Donors pledged $1.3 billion"), the
            // givers' own paragraphs that follow ("France pledged ...", "Kuwait and Oman committed ...", a paragraph each).
            var lists = pledges.GroupBy(i => draft.BodyParagraph(i)).Select(g => g.ToList());
            foreach (var members in IsStatesOwn(draft, c) ? lists : lists.Append(pledges))
            {
                if (members.Select(i => draft.Figures[i].Donor).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) continue;
                var sum = members.Sum(i => draft.Usd(i) ?? 0);
                if (c.Value is not null && (draft.Usd(collective) is not { } whole || sum > whole * 1.01)) continue;
                foreach (var member in members) draft.TryLink(member, collective);
                break;
            }
        }
    }

    private static bool NamesItsState(RelationDraft draft, FundingFigure figure) =>
        figure.Donor is { } donor && draft.Document.EntitiesIn(draft.SentenceOf(figure.Span)).Any(e => e.Type == MentionType.Country && e.Canonical == donor);

    private static bool IsStatesOwn(RelationDraft draft, FundingFigure figure) =>
        figure.Donor is { } donor && draft.Document.Entities.Any(e => e.Type == MentionType.Country && e.Canonical == donor);
}
