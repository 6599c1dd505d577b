using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.AidItems;

/// <summary>Who gives and who receives an item in its own sentence: the funding figure there, else the actor before the
/// status verb and the one after "to"/"for"/"help" (for a request, the asker receives and the one asked gives: "Georgia
/// asked Latvia for artillery"); a giver named after the goods ("tents from Norland") gives.</summary>
internal sealed class ItemSentenceParties(AidItemWords words)
{
    /// <summary>How far before a party's mention the words that mark it (and an article) may start, in characters.</summary>
    private const int MarkerReach = 24, RecipientMarkerReach = 20;

    public (string? Provider, string? Recipient) Of(AnalysisDocument document, ActorMentionIndex index, Span item, AidItemStatus status)
    {
        var at = document.SentenceIndexAt(item.Start);
        if (at < 0) return (null, null);
        var sentence = document.Sentences[at].Span;
        var figure = document.Funding.FirstOrDefault(f => f.Context.Contains(item) && (f.Donor ?? f.Recipient) is not null);
        if (figure is not null) return (figure.Donor, figure.Recipient);
        var tokens = document.Tokens;
        var mentions = index.Within(sentence)
            .Where(m => m.Actor.Kind is ActorKind.Country or ActorKind.Organization && !Follows(words.AttributionMarkers, tokens, sentence, m.Span))
            .ToList();
        var source = mentions.Where(m => m.Span.Start >= item.End && Follows(words.SourceMarkers, tokens, sentence, m.Span))
            .Select(m => m.Actor.Name).FirstOrDefault();
        var cue = words.StatusCues.Find(document.Words, sentence)
            .Where(c => c.Span.End <= item.Start && (c.Entry.Status != AidItemStatus.Unspecified || mentions.Any(m => m.Span.End + 1 == c.Span.Start)))
            .Select(c => ((Span, bool)?)(c.Span, c.Entry.Receipt)).LastOrDefault();
        if (cue is not { } found) return (source, null);
        var (verb, receipt) = found;
        var subject = mentions.Where(m => m.Span.End <= verb.Start && !IsAfterRecipientMarker(tokens, sentence, m.Span)
                && !Follows(words.SourceMarkers, tokens, sentence, m.Span))
            .Select(m => m.Actor.Name).LastOrDefault();
        if (receipt) return IsReason(tokens, verb, item) ? (source, null) : (source, subject);
        var after = mentions.Where(m => m.Span.Start >= verb.End).ToList();
        if (status == AidItemStatus.Requested)
            return (after.Select(m => m.Actor.Name).FirstOrDefault(), subject);
        var receiver = after.Where(m => IsAfterRecipientMarker(tokens, sentence, m.Span)).Select(m => m.Actor.Name).FirstOrDefault();
        return (subject, receiver);
    }

    /// <summary>Whether a reason marker stands between the receipt verb and the item ("received praise for the tents").</summary>
    private bool IsReason(TokenLayer tokens, Span verb, Span item)
    {
        var (first, end) = tokens.Within(new Span(verb.End, item.Start));
        for (var i = first; i < end; i++)
            if (words.ReasonMarkers.IsWord(tokens, i)) return true;
        return false;
    }

    /// <summary>Whether words of <paramref name="markers"/> end right before the mention, an article allowed between
    /// ("from the agency", "according to the ministry"), within <paramref name="reach"/> characters.</summary>
    private bool Follows(AttributeWords.Phrases markers, TokenLayer tokens, Span sentence, Span mention, int reach = MarkerReach)
    {
        var floor = Math.Max(sentence.Start, mention.Start - reach);
        var before = tokens.WordRightBefore(mention.Start, floor, WordSpacing.OneWhitespace);
        if (before < 0) return false;
        if (markers.EndsAt(tokens, before, floor)) return true;
        return words.RecipientArticles.IsWord(tokens, before)
            && tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace) is var word and >= 0
            && markers.EndsAt(tokens, word, floor);
    }

    /// <summary>"to", "for", "help" (and "the") written right before the receiver: "sent to the army", "to help Freedonia".</summary>
    private bool IsAfterRecipientMarker(TokenLayer tokens, Span sentence, Span mention) =>
        Follows(words.RecipientMarkers, tokens, sentence, mention, RecipientMarkerReach);
}
