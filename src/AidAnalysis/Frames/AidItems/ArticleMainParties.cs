using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.AidItems;

/// <summary>
/// The giver and receiver an item with none in its sentence takes: the donor and recipient most figures name; else the
/// giver and receiver the headline names; else the state the article names most besides the donor receives, when it leads
/// clearly (twice or more, and more often than any other, or as often and in the headline). A state named once, or as
/// often as another, is no party: it may be the one blocking the aid or attacking the receiver ("Israel denies restricting
/// aid", "Russia has attacked the grid"); nor is the state the article names most as an agent a giver.
/// </summary>
internal static class ArticleMainParties
{
    public static (string? Donor, string? Recipient) Of(AnalysisDocument document)
    {
        var countries = document.Actors.Where(a => a.Kind == ActorKind.Country).ToList();
        var donor = document.Funding.Where(f => f.Donor is not null).GroupBy(f => f.Donor!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? document.Context.HeadlineDonor;
        // Each mention counts two, naming in the headline one: the headline breaks a tie.
        var headline = document.Context.Headline;
        var others = countries.Where(c => c.Name != donor)
            .Select(c => (c.Name, Mentions: c.Mentions.Count, Score: 2 * c.Mentions.Count + (c.Mentions.Any(m => headline.Contains(m)) ? 1 : 0)))
            .OrderByDescending(c => c.Score).Take(2).ToList();
        var leading = others.Count > 0 && others[0].Mentions >= 2 && (others.Count == 1 || others[0].Score > others[1].Score) ? others[0].Name : null;
        var recipient = document.Funding.Where(f => f.Recipient is not null && countries.Any(c => c.Name == f.Recipient))
            .GroupBy(f => f.Recipient!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? document.Context.HeadlineRecipient ?? leading;
        return (donor, recipient);
    }
}
