using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.AidItems;

/// <summary>The closed word classes of aid-item-words.tsv the aid-item rules read on the token layer.</summary>
internal sealed class AidItemWords(Lexicon lexicon)
{
    /// <summary>The classes that give an item's status; the subject of a receipt or need cue receives ("Freedonia received
    /// tents", "Freedonia needs tents").</summary>
    private static readonly (string WordClass, AidItemStatus Status, bool Receipt)[] StatusClasses =
    [
        ("requested-cue", AidItemStatus.Requested, false), ("pledged-cue", AidItemStatus.Pledged, false),
        ("delivered-cue", AidItemStatus.Delivered, false), ("receipt-cue", AidItemStatus.Delivered, true),
        ("need-cue", AidItemStatus.Unspecified, true),
    ];

    public PhraseMatcher<(string Cue, AidItemStatus Status, bool Receipt)> StatusCues { get; } =
        new(StatusClasses.SelectMany(c => WordsOf(lexicon, c.WordClass).Select(w => (w, c.Status, c.Receipt))), c => c.Cue);

    /// <summary>"anti-tank weapons", "counter-drone systems": a prefix that turns the item into what defeats it.</summary>
    public AttributeWords.Phrases DefeatingPrefixes { get; } = Words(lexicon, "defeating-prefix");
    /// <summary>"drone detection systems", "drone jammers": the item word only modifies another thing.</summary>
    public AttributeWords.Phrases ModifierHeads { get; } = Words(lexicon, "modifier-head");
    /// <summary>"$5 million to buy generators", "to pay for the shipment of seed": goods a sum is meant to pay for are not yet handed over.</summary>
    public AttributeWords.Phrases PurposeOpeners { get; } = Words(lexicon, "purpose-opener");
    public AttributeWords.Phrases RecipientMarkers { get; } = Words(lexicon, "recipient-marker");
    public AttributeWords.Phrases RecipientArticles { get; } = Words(lexicon, "recipient-article");
    /// <summary>"sowed the seeds of unrest": a verb that with "of" after the item makes it a figure of speech.</summary>
    public AttributeWords.Phrases FigureVerbs { get; } = Words(lexicon, "figure-verb");
    /// <summary>"received praise from Norland for the tents": the item is the reason of the receipt, not what was received.</summary>
    public AttributeWords.Phrases ReasonMarkers { get; } = Words(lexicon, "reason-marker");
    /// <summary>"tents from Norland": the giver named after the goods.</summary>
    public AttributeWords.Phrases SourceMarkers { get; } = Words(lexicon, "source-marker");
    /// <summary>"told Reuters", "according to the agency": the source of the report is no party to the aid.</summary>
    public AttributeWords.Phrases AttributionMarkers { get; } = Words(lexicon, "attribution-marker");
    /// <summary>"not supplying lethal weapons", "without tents": an item named as not given.</summary>
    public AttributeWords.Phrases Negators { get; } = Words(lexicon, "item-negator");

    /// <summary>A class missing from aid-item-words.tsv is an error, not an empty class that would never match.</summary>
    private static IReadOnlyList<string> WordsOf(Lexicon lexicon, string wordClass) =>
        lexicon.AidItemWords.TryGetValue(wordClass, out var words) && words.Count > 0
            ? words
            : throw new FormatException($"aid-item-words.tsv: no words of class {wordClass}");

    private static AttributeWords.Phrases Words(Lexicon lexicon, string wordClass) => new(WordsOf(lexicon, wordClass));
}
