using AidAnalysis.Frames.AidItems;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that finds in-kind aid (equipment, supplies, food) from the aid-item lexicon, drops item words that name
/// something else (<see cref="PartOfOtherThing"/>, <see cref="FigureOfSpeech"/>) or goods not given (<see cref="NegatedItem"/>),
/// reads each item's status (<see cref="ItemStatusReader"/>) and its provider and recipient from its own sentence
/// (<see cref="ItemSentenceParties"/>), else the article's (<see cref="ArticleMainParties"/>).
/// </summary>
public sealed class AidItemBuilder : IPipelineStage
{
    private readonly PhraseMatcher<(AidItemEntry Item, string Form)> _items;
    private readonly PartOfOtherThing _partOfOtherThing;
    private readonly FigureOfSpeech _figureOfSpeech;
    private readonly NegatedItem _negated;
    private readonly ItemStatusReader _status;
    private readonly ItemSentenceParties _sentenceParties;

    public AidItemBuilder(Lexicon lexicon)
    {
        var words = new AidItemWords(lexicon);
        _items = new(lexicon.AidItems.SelectMany(i => i.Forms.Select(f => (Item: i, Form: f))), x => x.Form);
        _partOfOtherThing = new(words);
        _figureOfSpeech = new(words);
        _negated = new(words);
        _status = new(words);
        _sentenceParties = new(words);
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var tokens = document.Tokens;
        var accepted = _items.Find(document.Words, new Span(0, document.Text.Length))
            .Where(x => !document.MoneyOverlapping(x.Span).Any() && !_partOfOtherThing.Applies(tokens, x.Span) && !_figureOfSpeech.Applies(tokens, x.Span))
            .Select(x => (x.Entry.Item, x.Span))
            .ToList();

        var index = document.ActorMentions;
        var (mainDonor, mainRecipient) = ArticleMainParties.Of(document);
        var items = accepted
            .Where(a => !_negated.Applies(tokens, a.Span))
            .OrderBy(a => a.Span.Start)
            .GroupBy(a => a.Item.Item)
            .Select(g => g.First())
            .Select((a, i) =>
            {
                var status = _status.StatusOf(document, a.Span);
                var (provider, recipient) = _sentenceParties.Of(document, index, a.Span, status);
                return new AidItem($"I{i + 1}", a.Item.Item, a.Item.Category, a.Item.Lethal, status,
                    provider ?? (recipient != mainDonor ? mainDonor : null), recipient ?? (provider != mainRecipient ? mainRecipient : null), a.Span);
            })
            .ToArray();
        return document with { AidItems = items };
    }
}
