using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A collective figure at the top of the story ("Donors promised billions of dollars", "over three billion euros
/// was pledged") and, further down, a paragraph listing what named donors gave ("Sweden pledged 240 million euros, while
/// Spain committed 90 million euros, ..."): the listed pledges are components of the collective one. The collective figure
/// stands in the first paragraph of the body that tells a figure, or is the one the headline tells (a standfirst between
/// headline and lead may carry a figure of its own). The list needs two or more donors and the collective figure's status,
/// leaves out a pledge larger than the collective figure on its own (it cannot be part of it), and may not add up to more
/// than the collective figure.
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
            // A figure whose own sentence names the one giver that gives it ("Kuwait has pledged $X", "Tokyo will provide $X", "The
            // European Union announced €X") is no sum of what other givers pledge further down ("Norway said it would provide €Y; Canada
            // promised $Z"), however the amounts compare.
            if (NamesItsOneGiver(draft, c)) continue;
            var paragraph = draft.BodyParagraph(collective);
            if (paragraph != leadParagraph && !ToldInHeadline(draft, c)) continue;
            var pledges = draft.Primary.Where(i => i != collective && draft.Figures[i].PartOfId is null && draft.Figures[i].Status == c.Status
                    && draft.Figures[i].Donor is not null && draft.BodyParagraph(i) > paragraph && !draft.Smaller(collective, i)).ToList();
            // One paragraph listing the givers; under a figure of givers no state names ("Donors pledged $1.3 billion"), first the
            // givers' own paragraphs that follow it one after another ("France pledged ...", "Kuwait and Oman committed ...", a
            // paragraph each, no other figure told between them), else one paragraph listing the givers, else all of them.
            var lists = pledges.GroupBy(i => draft.BodyParagraph(i)).Select(g => g.ToList()).ToList();
            foreach (var members in IsStatesOwn(draft, c) ? lists : LeadingRun(draft, lists, pledges).Concat(lists).Append(pledges))
            {
                if (members.Select(i => draft.Figures[i].Donor).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) continue;
                var sum = members.Sum(i => draft.Usd(i) ?? 0);
                if (c.Value is not null && (draft.Usd(collective) is not { } whole || sum > whole * 1.01)) continue;
                foreach (var member in members) draft.TryLink(member, collective);
                break;
            }
        }
    }

    /// <summary>The paragraph lists from the first one on, joined while no row outside the pledges is told in a paragraph between
    /// two of them; empty unless that joins two or more paragraphs (a single paragraph is tried as a list of its own).</summary>
    private static IEnumerable<List<int>> LeadingRun(RelationDraft draft, List<List<int>> lists, List<int> pledges)
    {
        var run = new List<int>();
        var (from, paragraphs) = (-1, 0);
        foreach (var list in lists.OrderBy(l => draft.BodyParagraph(l[0])))
        {
            var paragraph = draft.BodyParagraph(list[0]);
            if (paragraphs > 0 && draft.Primary.Any(i => !pledges.Contains(i) && draft.BodyParagraph(i) > from && draft.BodyParagraph(i) < paragraph)) break;
            run.AddRange(list);
            (from, paragraphs) = (paragraph, paragraphs + 1);
        }
        if (paragraphs > 1) yield return run;
    }

    private static bool ToldInHeadline(RelationDraft draft, FundingFigure figure) =>
        draft.Headline.Length > 0 && figure.Mentions.Any(draft.Headline.Contains);

    /// <summary>The figure's sentence names its giver (a state, its capital standing for its government, or an organisation),
    /// not joined by "and" to another, and no other giver before the amount: "Ruritania, Osterlich and Lorvania announced a
    /// joint $X" and "A foundation and the Lorvania Health Trust have committed $X" name several givers, whose shares told
    /// further down are parts of it.</summary>
    private static bool NamesItsOneGiver(RelationDraft draft, FundingFigure figure)
    {
        if (figure.Donor is not { } donor) return false;
        var sentence = draft.SentenceOf(figure.Span);
        var givers = draft.Document.EntitiesIn(sentence)
            .Where(e => e.Type is MentionType.Country or MentionType.Seat or MentionType.Organization).ToList();
        var tokens = draft.Document.Tokens;
        return givers.Any(e => e.Canonical == donor && !Coordinated(tokens, e.Span, sentence, givers))
            && !givers.Any(e => e.Span.End <= figure.Span.Start && e.Canonical != donor);
    }

    /// <summary>"and" right before the name (an article between) or right after it, or a comma between it and another
    /// giver ("by the World Bank, the Asian Development Bank and Qatar").</summary>
    private static bool Coordinated(TokenLayer tokens, Span name, Span sentence, IReadOnlyList<EntityMention> givers)
    {
        var before = tokens.WordEndingRightBefore(name.Start, sentence.Start);
        if (tokens.Is(before, "the")) before = tokens.WordRightBeforeToken(before, sentence.Start);
        var after = tokens.FirstStartingFrom(name.End);
        if (tokens.Is(before, "and") || after < tokens.Count && tokens[after].End <= sentence.End && tokens.Is(after, "and")) return true;
        if (after >= tokens.Count || tokens[after].End > sentence.End || !tokens.Is(after, ",")) return false;
        var next = after + 1;
        if (next < tokens.Count && tokens.Is(next, "the")) next++;
        return next < tokens.Count && givers.Any(g => g.Span.Start == tokens[next].Start);
    }

    private static bool IsStatesOwn(RelationDraft draft, FundingFigure figure) =>
        figure.Donor is { } donor && draft.Document.Entities.Any(e => e.Type == MentionType.Country && e.Canonical == donor);
}
