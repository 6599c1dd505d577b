using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that finds in-kind aid (equipment, supplies, food) from the aid-item lexicon,
/// with its status from the words around it (a wish list is requested, a supply is delivered)
/// and its provider and recipient from the sentence or the article's main donor and recipient.
/// </summary>
public sealed class AidItemBuilder(Lexicon lexicon) : IPipelineStage
{
    private static readonly (string Cue, AidItemStatus Status)[] StatusCues =
    [
        ("wish list", AidItemStatus.Requested), ("request", AidItemStatus.Requested), ("requested", AidItemStatus.Requested),
        ("asked for", AidItemStatus.Requested), ("asked", AidItemStatus.Requested), ("asks", AidItemStatus.Requested), ("asking for", AidItemStatus.Requested), ("seeking", AidItemStatus.Requested),
        ("pledged", AidItemStatus.Pledged), ("promised", AidItemStatus.Pledged), ("will provide", AidItemStatus.Pledged),
        ("will send", AidItemStatus.Pledged), ("will deliver", AidItemStatus.Pledged), ("to provide", AidItemStatus.Pledged),
        ("delivered", AidItemStatus.Delivered), ("supplied", AidItemStatus.Delivered), ("supplying", AidItemStatus.Delivered),
        ("donated", AidItemStatus.Delivered), ("sent", AidItemStatus.Delivered), ("provided", AidItemStatus.Delivered),
        ("support", AidItemStatus.Delivered),
    ];

    private static readonly PhraseMatcher<(string Cue, AidItemStatus Status)> StatusMatcher = new(StatusCues, c => c.Cue);

    private readonly PhraseMatcher<(AidItemEntry Item, string Form)> _items =
        new(lexicon.AidItems.SelectMany(i => i.Forms.Select(f => (Item: i, Form: f))), x => x.Form);

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var accepted = _items.Find(document.Words, new Span(0, text.Length))
            .Where(x => !document.MoneyOverlapping(x.Span).Any())
            .Select(x => (x.Entry.Item, x.Span))
            .ToList();

        var (mainDonor, mainRecipient) = MainParties(document);
        var items = accepted
            .Where(a => !IsNegated(text, a.Span))
            .OrderBy(a => a.Span.Start)
            .GroupBy(a => a.Item.Item)
            .Select(g => g.First())
            .Select((a, i) =>
            {
                var status = StatusOf(text, document, a.Span);
                return new AidItem($"I{i + 1}", a.Item.Item, a.Item.Category, a.Item.Lethal, status, mainDonor, mainRecipient, a.Span);
            })
            .ToArray();
        return document with { AidItems = items };
    }

    private static AidItemStatus StatusOf(string text, AnalysisDocument document, Span item)
    {
        var index = document.SentenceIndexAt(item.Start);
        if (index < 0) return AidItemStatus.Unspecified;
        var sentence = document.Sentences[index].Span;
        return StatusMatcher.Find(document.Words, sentence)
            .OrderBy(c => c.Span.DistanceTo(item) + (c.Span.Start > item.Start ? 40 : 0))
            .Select(c => c.Entry.Status)
            .DefaultIfEmpty(AidItemStatus.Unspecified)
            .First();
    }

    /// <summary>"not supplying lethal weapons": an item mentioned as not given is not an aid item.</summary>
    private static bool IsNegated(string text, Span item)
    {
        var before = text[Math.Max(0, item.Start - 25)..item.Start];
        return before.Contains("not ", StringComparison.Ordinal) || before.Contains("without ", StringComparison.Ordinal);
    }

    /// <summary>The donor and recipient most figures name, else the two most-mentioned states.</summary>
    private static (string? Donor, string? Recipient) MainParties(AnalysisDocument document)
    {
        var countries = document.Actors.Where(a => a.Kind == ActorKind.Country)
            .OrderByDescending(a => a.Mentions.Count).Select(a => a.Name).ToList();
        var donor = document.Funding.Where(f => f.Donor is not null).GroupBy(f => f.Donor!)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? countries.FirstOrDefault();
        var recipient = document.Funding.Where(f => f.Recipient is not null && countries.Contains(f.Recipient))
            .GroupBy(f => f.Recipient!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? countries.FirstOrDefault(c => c != donor);
        return (donor, recipient);
    }
}
