using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that finds in-kind aid (equipment, supplies, food) from the aid-item lexicon,
/// with its status from the words around it (a wish list is requested, a supply is delivered)
/// and its provider and recipient from its own sentence (the funding figure there, or the giver
/// before the verb and the receiver after it), else the article's main donor and recipient (its
/// figures', its headline's, or the state it clearly names most).
/// </summary>
public sealed class AidItemBuilder(Lexicon lexicon) : IPipelineStage
{
    /// <summary>The word classes of aid-item-words.tsv that give an item's status; the subject of a receipt or need
    /// cue receives ("Freedonia received tents", "Freedonia needs tents").</summary>
    private static readonly (string WordClass, AidItemStatus Status, bool Receipt)[] StatusClasses =
    [
        ("requested-cue", AidItemStatus.Requested, false), ("pledged-cue", AidItemStatus.Pledged, false),
        ("delivered-cue", AidItemStatus.Delivered, false), ("receipt-cue", AidItemStatus.Delivered, true),
        ("need-cue", AidItemStatus.Unspecified, true),
    ];

    private readonly PhraseMatcher<(string Cue, AidItemStatus Status, bool Receipt)> _statusMatcher =
        new(StatusClasses.SelectMany(c => WordsOf(lexicon, c.WordClass).Select(w => (w, c.Status, c.Receipt))), c => c.Cue);

    /// <summary>"anti-tank weapons", "counter-drone systems": a prefix that turns the item into what defeats it.</summary>
    private readonly AttributeWords.Phrases _defeatingPrefixes = Words(lexicon, "defeating-prefix");
    /// <summary>"drone detection systems", "drone jammers": the item word only modifies another thing.</summary>
    private readonly AttributeWords.Phrases _modifierHeads = Words(lexicon, "modifier-head");
    /// <summary>"$5 million to buy generators", "to pay for the shipment of seed": goods a sum is meant to pay for are not yet handed over.</summary>
    private readonly AttributeWords.Phrases _purposeOpeners = Words(lexicon, "purpose-opener");
    private readonly AttributeWords.Phrases _recipientMarkers = Words(lexicon, "recipient-marker");
    private readonly AttributeWords.Phrases _recipientArticles = Words(lexicon, "recipient-article");
    /// <summary>"sowed the seeds of unrest": a verb that with "of" after the item makes it a figure of speech.</summary>
    private readonly AttributeWords.Phrases _figureVerbs = Words(lexicon, "figure-verb");
    /// <summary>"received praise from Norland for the tents": the item is the reason of the receipt, not what was received.</summary>
    private readonly AttributeWords.Phrases _reasonMarkers = Words(lexicon, "reason-marker");
    /// <summary>"tents from Norland": the giver named after the goods.</summary>
    private readonly AttributeWords.Phrases _sourceMarkers = Words(lexicon, "source-marker");
    /// <summary>"told Reuters", "according to the agency": the source of the report is no party to the aid.</summary>
    private readonly AttributeWords.Phrases _attributionMarkers = Words(lexicon, "attribution-marker");

    /// <summary>How far before an item a purpose phrase is looked for, and how far its end may stand from the item.</summary>
    private const int PurposeReach = 80, PurposeGap = 60;

    /// <summary>How far before a party's mention the words that mark it (and an article) may start, in characters.</summary>
    private const int MarkerReach = 24, RecipientMarkerReach = 20;

    private readonly PhraseMatcher<(AidItemEntry Item, string Form)> _items =
        new(lexicon.AidItems.SelectMany(i => i.Forms.Select(f => (Item: i, Form: f))), x => x.Form);

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var accepted = _items.Find(document.Words, new Span(0, text.Length))
            .Where(x => !document.MoneyOverlapping(x.Span).Any() && !IsOtherThing(document.Tokens, x.Span))
            .Select(x => (x.Entry.Item, x.Span))
            .ToList();

        var index = document.ActorMentions;
        var (mainDonor, mainRecipient) = MainParties(document);
        var items = accepted
            .Where(a => !IsNegated(text, a.Span))
            .OrderBy(a => a.Span.Start)
            .GroupBy(a => a.Item.Item)
            .Select(g => g.First())
            .Select((a, i) =>
            {
                var status = StatusOf(document, a.Span);
                var (provider, recipient) = SentenceParties(document, index, a.Span, status);
                return new AidItem($"I{i + 1}", a.Item.Item, a.Item.Category, a.Item.Lethal, status,
                    provider ?? (recipient != mainDonor ? mainDonor : null), recipient ?? (provider != mainRecipient ? mainRecipient : null), a.Span);
            })
            .ToArray();
        return document with { AidItems = items };
    }

    /// <summary>"anti-tank", "counter drone" before the item; "-detection", " jammers" or any hyphenated word after it; a
    /// figure of speech.</summary>
    private bool IsOtherThing(TokenLayer tokens, Span item)
    {
        var floor = Math.Max(0, item.Start - 9);
        return _defeatingPrefixes.IsWord(tokens, tokens.WordHyphenatedBefore(item.Start, floor))
            || _defeatingPrefixes.IsWord(tokens, tokens.WordRightBefore(item.Start, floor, WordSpacing.OneWhitespace))
            || tokens.HyphenatedOnward(item.End)
            || _modifierHeads.IsWord(tokens, tokens.WordRightAfter(item.End, Math.Min(tokens.Text.Length, item.End + 12), WordSpacing.OneWhitespace))
            || IsFigure(tokens, item);
    }

    /// <summary>"sowed the seeds of unrest", "planted seeds of doubt": a figure verb right before the item (an article
    /// between allowed) and "of" right after it.</summary>
    private bool IsFigure(TokenLayer tokens, Span item)
    {
        var floor = Math.Max(0, item.Start - 24);
        var of = tokens.WordRightAfter(item.End, Math.Min(tokens.Text.Length, item.End + 4), WordSpacing.OneWhitespace);
        if (!tokens.IsExactly(of, "of")) return false;
        var before = tokens.WordRightBefore(item.Start, floor, WordSpacing.OneWhitespace);
        if (_recipientArticles.IsWord(tokens, before)) before = tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace);
        return _figureVerbs.IsWord(tokens, before);
    }

    private AidItemStatus StatusOf(AnalysisDocument document, Span item)
    {
        var index = document.SentenceIndexAt(item.Start);
        if (index < 0) return AidItemStatus.Unspecified;
        var sentence = document.Sentences[index].Span;
        var status = _statusMatcher.Find(document.Words, sentence)
            .Where(c => c.Entry.Status != AidItemStatus.Unspecified)
            .OrderBy(c => c.Span.DistanceTo(item) + (c.Span.Start > item.Start ? 40 : 0))
            .Select(c => c.Entry.Status)
            .DefaultIfEmpty(AidItemStatus.Unspecified)
            .First();
        var inPurpose = InPurpose(document.Tokens, Math.Max(sentence.Start, item.Start - PurposeReach), item.Start);
        return inPurpose && status == AidItemStatus.Delivered ? AidItemStatus.Unspecified : status;
    }

    /// <summary>Who gives and who receives the item in its own sentence: the funding figure there, else the actor
    /// before the status verb and the one after "to"/"for"/"help" (for a request, the asker receives and the one
    /// asked gives: "Georgia asked Latvia for artillery").</summary>
    private (string? Provider, string? Recipient) SentenceParties(AnalysisDocument document, ActorMentionIndex index, Span item, AidItemStatus status)
    {
        var at = document.SentenceIndexAt(item.Start);
        if (at < 0) return (null, null);
        var sentence = document.Sentences[at].Span;
        var figure = document.Funding.FirstOrDefault(f => f.Context.Contains(item) && (f.Donor ?? f.Recipient) is not null);
        if (figure is not null) return (figure.Donor, figure.Recipient);
        var mentions = index.Within(sentence)
            .Where(m => m.Actor.Kind is ActorKind.Country or ActorKind.Organization && !Follows(_attributionMarkers, document.Tokens, sentence, m.Span))
            .ToList();
        var source = mentions.Where(m => m.Span.Start >= item.End && Follows(_sourceMarkers, document.Tokens, sentence, m.Span))
            .Select(m => m.Actor.Name).FirstOrDefault();
        var cue = _statusMatcher.Find(document.Words, sentence)
            .Where(c => c.Span.End <= item.Start && (c.Entry.Status != AidItemStatus.Unspecified || mentions.Any(m => m.Span.End + 1 == c.Span.Start)))
            .Select(c => ((Span, bool)?)(c.Span, c.Entry.Receipt)).LastOrDefault();
        if (cue is not { } found) return (source, null);
        var (verb, receipt) = found;
        var subject = mentions.Where(m => m.Span.End <= verb.Start && !IsAfterMarker(document.Tokens, sentence, m.Span)
                && !Follows(_sourceMarkers, document.Tokens, sentence, m.Span))
            .Select(m => m.Actor.Name).LastOrDefault();
        if (receipt) return IsReason(document.Tokens, verb, item) ? (source, null) : (source, subject);
        var after = mentions.Where(m => m.Span.Start >= verb.End).ToList();
        if (status == AidItemStatus.Requested)
            return (after.Select(m => m.Actor.Name).FirstOrDefault(), subject);
        var receiver = after.Where(m => IsAfterMarker(document.Tokens, sentence, m.Span)).Select(m => m.Actor.Name).FirstOrDefault();
        return (subject, receiver);
    }

    /// <summary>Whether a reason marker stands between the receipt verb and the item ("received praise for the tents").</summary>
    private bool IsReason(TokenLayer tokens, Span verb, Span item)
    {
        var (first, end) = tokens.Within(new Span(verb.End, item.Start));
        for (var i = first; i < end; i++)
            if (_reasonMarkers.IsWord(tokens, i)) return true;
        return false;
    }

    /// <summary>Whether words of <paramref name="words"/> end right before the mention, an article allowed between
    /// ("from the agency", "according to the ministry"), within <paramref name="reach"/> characters.</summary>
    private bool Follows(AttributeWords.Phrases words, TokenLayer tokens, Span sentence, Span mention, int reach = MarkerReach)
    {
        var floor = Math.Max(sentence.Start, mention.Start - reach);
        var before = tokens.WordRightBefore(mention.Start, floor, WordSpacing.OneWhitespace);
        if (before < 0) return false;
        if (words.EndsAt(tokens, before, floor)) return true;
        return _recipientArticles.IsWord(tokens, before)
            && tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace) is var word and >= 0
            && words.EndsAt(tokens, word, floor);
    }

    /// <summary>"to", "for", "help" (and "the") written right before the receiver: "sent to the army", "to help Freedonia".</summary>
    private bool IsAfterMarker(TokenLayer tokens, Span sentence, Span mention) =>
        Follows(_recipientMarkers, tokens, sentence, mention, RecipientMarkerReach);

    /// <summary>Whether a purpose phrase starting at or after <paramref name="floor"/> ends at most <see cref="PurposeGap"/>
    /// characters before <paramref name="item"/>, with no full stop or semicolon between (in a token either).</summary>
    private bool InPurpose(TokenLayer tokens, int floor, int item)
    {
        for (var i = tokens.LastEndingBy(item); i >= 0 && tokens[i].End >= item - PurposeGap; i--)
        {
            if (_purposeOpeners.EndsAt(tokens, i, floor)) return true;
            if (tokens.TextOf(i).IndexOfAny('.', ';') >= 0) return false;
        }
        return false;
    }

    /// <summary>"not supplying lethal weapons": an item mentioned as not given is not an aid item.</summary>
    private static bool IsNegated(string text, Span item)
    {
        var before = text.AsSpan()[Math.Max(0, item.Start - 25)..item.Start];
        return before.Contains("not ", StringComparison.Ordinal) || before.Contains("without ", StringComparison.Ordinal);
    }

    /// <summary>The donor and recipient most figures name; else the giver and receiver the headline names; else the state
    /// the article names most besides the donor receives, when it leads clearly (twice or more, and more often than any
    /// other, or as often and in the headline). A state named once, or as often as another, is no party: it may be the one
    /// blocking the aid or attacking the receiver ("Israel denies restricting aid", "Russia has attacked the grid"); nor is
    /// the state the article names most as an agent a giver.</summary>
    private static (string? Donor, string? Recipient) MainParties(AnalysisDocument document)
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

    /// <summary>A class missing from aid-item-words.tsv is an error, not an empty class that would never match.</summary>
    private static IReadOnlyList<string> WordsOf(Lexicon lexicon, string wordClass) =>
        lexicon.AidItemWords.TryGetValue(wordClass, out var words) && words.Count > 0
            ? words
            : throw new FormatException($"aid-item-words.tsv: no words of class {wordClass}");

    private static AttributeWords.Phrases Words(Lexicon lexicon, string wordClass) => new(WordsOf(lexicon, wordClass));
}
