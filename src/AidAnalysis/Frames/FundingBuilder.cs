using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that builds a funding figure around every money amount: donor (subject of a
/// verb of giving, "from X", a demonym as in "German aid"), recipient ("to X", "for X", an
/// indirect object) and channel ("through X", "transferred to X"), status, aid type, year,
/// purpose and the value in US dollars. The same amount repeated for the same thing is one row.
/// </summary>
public sealed partial class FundingBuilder(Lexicon lexicon) : IPipelineStage
{
    private const int CueReach = 80;
    private const int YearReach = 120;

    private static readonly Regex RecipientMarker = TextPatterns.Create(@"\b(?:to|for|into|towards|benefit of|people of)\s(?:the\s)?$");
    private static readonly Regex ChannelMarker = TextPatterns.Create(@"\b(?:through|via|channelled through|channeled through|transferred to|implemented by|carried out by)\s(?:the\s)?$");
    private static readonly Regex DonorMarker = TextPatterns.Create(@"\b(?:from|by)\s(?:the\s)?$");
    private static readonly Regex WeakRecipientMarker = TextPatterns.Create(@"\bin\s(?:the\s)?$");
    private static readonly Regex Anaphora = TextPatterns.Create(@"\b(?:these|those|such)\s(?:purposes?|funds|projects|efforts)|\b(?:the|this|these)\s(?:funds|money|assistance|aid|package|contribution)\b");
    private static readonly Regex AidNoun = TextPatterns.Create(@"^\s(?:military\s|humanitarian\s|financial\s)?(?:aid|assistance|support|funding|contribution|help)\b");
    private static readonly Regex Purpose = TextPatterns.Create(@"^[^,.;]{0,40}?\b(?<purpose>(?:to|for|aimed at|in support of|in support for)\s[^.;()]{3,110}?)(?:[,.;(]|\s(?:and|while|but|which)\s|$)");
    private static readonly Regex FutureTense = TextPatterns.Create(@"\b(?:will|shall|is to be|are to be|is going to)\b");
    private static readonly Regex YearRange = TextPatterns.Create(@"\b(?:19|20)\d\d\s?(?:to|-|–|and)\s?(?:19|20)\d\d\b");
    private static readonly Regex Requester = TextPatterns.Create(@"(?:^|,\s|\band\s)(?<np>[\p{L}\s]{3,60}?)\s(?:are|is|were|was)\s(?:appealing|asking|calling|seeking)\b");
    private static readonly Regex Total = TextPatterns.Create(@"\b(?:total|totals|totalling|totaling|overall|in all|altogether)\b");
    private static readonly Regex TransferSentence = TextPatterns.Create(@"\b(?:funds|money|assistance|aid|contribution|grant)\b[^.]{0,40}\b(?:transferred|channelled|channeled|delivered|implemented|disbursed|provided)\s(?:to|through|via|by)\b");

    private readonly PhraseMatcher<FundingCue> _cues = new(lexicon.FundingCues, c => c.Phrase);
    private readonly PhraseMatcher<FundingCue> _givingVerbs = new(lexicon.FundingCues.Where(c => c.IsGivingVerb), c => c.Phrase);
    private readonly PhraseMatcher<AidTypeCue> _aidTypes = new(lexicon.AidTypeCues, c => c.Phrase);

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var drafts = new List<FundingFigure>();
        var index = new ActorMentionIndex(document.Actors);
        for (var i = 0; i < document.Money.Count; i++)
        {
            var money = document.Money[i];
            var figure = money.ConvertedFrom is { } original && original < drafts.Count
                ? Converted(document, money, drafts[original], original)
                : Build(document, index, money, drafts);
            drafts.Add(figure);
        }
        AttachLaterChannels(document, index, drafts);
        var published = document.Article.Metadata.Published?.Year;
        var merged = MergeRepeats(drafts).Select(f => WithUsd(f, published)).ToArray();
        return document with { Funding = merged };
    }

    private FundingFigure Build(AnalysisDocument doc, ActorMentionIndex index, MoneyMention money, IReadOnlyList<FundingFigure> earlier)
    {
        var text = doc.Text;
        var sentenceIndex = doc.SentenceIndexAt(money.Span.Start);
        var sentence = sentenceIndex >= 0 ? doc.Sentences[sentenceIndex].Span : money.Span;
        var window = ClauseWindow(doc, money, sentence);

        var status = Status(text, window, sentence, money.Span);
        var (donor, recipient, channel) = Parties(doc, index, money, sentence, status);
        // A figure with a funding verb but no named giver continues the story of the figures just before it.
        if (status != FundingStatus.Unspecified)
        {
            var previous = earlier.LastOrDefault(f => f.ConvertedFromId is null && SameStretch(doc, f.Span, money.Span));
            if (status != FundingStatus.Requested) donor ??= previous?.Donor;
            if (previous?.Status != FundingStatus.Requested) recipient ??= previous?.Recipient;
        }
        var aidType = AidTypeNear(doc, text, sentence, sentenceIndex, money.Span);
        if (aidType == AidType.Unspecified && status is FundingStatus.Pledged or FundingStatus.Requested or FundingStatus.Delivered)
            aidType = DominantAidType(text);
        var year = YearNear(doc, window, money.Span);
        var purpose = Purpose.Match(text[money.Span.End..sentence.End]) is { Success: true } p
            ? p.Groups["purpose"].Value.Trim() : null;
        var isTotal = Total.IsMatch(text[Math.Max(sentence.Start, money.Span.Start - 30)..money.Span.Start]);
        return Figure(doc, money, donor, recipient, channel, purpose, aidType, year, status, isTotal, null);
    }

    private FundingFigure Converted(AnalysisDocument doc, MoneyMention money, FundingFigure original, int originalIndex) =>
        Figure(doc, money, original.Donor, original.Recipient, original.Channel, original.Purpose, original.AidType,
            original.Year, original.Status, original.IsTotal, $"F{originalIndex + 1}");

    private FundingFigure Figure(AnalysisDocument doc, MoneyMention money, string? donor, string? recipient, string? channel,
        string? purpose, AidType aidType, int? year, FundingStatus status, bool isTotal, string? convertedFrom)
    {
        var sentence = doc.SentenceIndexAt(money.Span.Start) is var i and >= 0 ? doc.Sentences[i].Span : money.Span;
        return new FundingFigure("", money.Text, money.Value, money.High, money.Currency, null, null,
            donor, recipient, channel, purpose, aidType, year, status, isTotal, convertedFrom, money.Span, [money.Span], sentence);
    }

    /// <summary>The part of the sentence that belongs to this amount: from the previous amount to the next one.</summary>
    private static Span ClauseWindow(AnalysisDocument doc, MoneyMention money, Span sentence)
    {
        var start = doc.Money.Where(m => m.Span.End <= money.Span.Start && m.Span.Start >= sentence.Start && m.ConvertedFrom is null)
            .Select(m => m.Span.End).DefaultIfEmpty(sentence.Start).Max();
        var end = doc.Money.Where(m => m.Span.Start >= money.Span.End && m.Span.End <= sentence.End && m.ConvertedFrom is null)
            .Select(m => m.Span.Start).DefaultIfEmpty(sentence.End).Min();
        return new Span(start, end);
    }

    private FundingStatus Status(string text, Span window, Span sentence, Span amount)
    {
        // "Earlier, X announced that $6 million will be allocated": the future tense of the amount's own clause wins.
        var future = FutureTense.IsMatch(text[window.Start..window.End]);
        // "$6 million will be allocated": a cue right after the amount is its own predicate.
        var predicate = new Span(amount.End, Math.Min(window.End, amount.End + 25));
        foreach (var scope in new[] { predicate, window, sentence })
        {
            var cue = _cues.Find(text, scope)
                .Where(c => !(future && c.Entry.Status == FundingStatus.Previous))
                .OrderBy(c => c.Entry.Status == FundingStatus.Previous ? 0 : 1)
                .ThenBy(c => c.Span.DistanceTo(amount))
                .Select(c => c.Entry)
                .FirstOrDefault();
            if (cue is not null) return cue.Status;
        }
        return FundingStatus.Unspecified;
    }

    /// <summary>Donor, recipient and channel from the actors around the amount in its sentence.</summary>
    private (string? Donor, string? Recipient, string? Channel) Parties(AnalysisDocument doc, ActorMentionIndex index, MoneyMention money, Span sentence, FundingStatus status)
    {
        var text = doc.Text;
        var mentions = ActorMentions(doc, index, sentence).ToList();
        string? donor = null, recipient = null, channel = null;

        foreach (var (actor, span) in mentions)
        {
            var before = text[Math.Max(sentence.Start, span.Start - 30)..span.Start];
            if (span.Start >= money.Span.End)
            {
                if (span.Start - money.Span.End > 150) continue;
                if (DonorMarker.IsMatch(before) && span.Start - money.Span.End < 100) donor ??= DonorName(actor);
                else if (ChannelMarker.IsMatch(before)) channel ??= actor.Name;
                else if (RecipientMarker.IsMatch(before)) recipient ??= actor.Name;
            }
        }

        var verb = _givingVerbs.Find(text, new Span(sentence.Start, money.Span.Start)).Select(c => (Span?)c.Span).LastOrDefault();
        var subjectLimit = verb?.Start ?? money.Span.Start;
        var subject = mentions
            .Where(m => m.Span.End <= subjectLimit && !IsRecipientOrModifier(text, sentence, m.Span, money.Span))
            .Select(m => m.Actor).LastOrDefault();
        if (verb is { } v)
        {
            var indirectObject = mentions.FirstOrDefault(m => m.Span.Start >= v.End && m.Span.End <= money.Span.Start
                && !IsPossessive(text, m.Span));
            if (indirectObject.Actor is not null) recipient ??= indirectObject.Actor.Name;
        }
        recipient ??= mentions.Where(m => m.Span.End <= money.Span.Start && RecipientMarker.IsMatch(text[Math.Max(sentence.Start, m.Span.Start - 30)..m.Span.Start]))
            .Select(m => m.Actor.Name).LastOrDefault();
        recipient ??= mentions.Where(m => m.Span.End <= money.Span.Start && m.Actor.Kind == ActorKind.Country
                && WeakRecipientMarker.IsMatch(text[Math.Max(sentence.Start, m.Span.Start - 10)..m.Span.Start]))
            .Select(m => m.Actor.Name).LastOrDefault();
        var demonymDonor = DemonymDonor(doc, sentence, money.Span);

        if (status == FundingStatus.Requested)
            recipient ??= subject?.Name ?? RequesterGroup(text, sentence, money.Span);
        else
            donor ??= subject is not null ? DonorName(subject) : demonymDonor;
        if (recipient == donor) recipient = null;
        return (donor, recipient, channel);
    }

    private static IEnumerable<(Actor Actor, Span Span)> ActorMentions(AnalysisDocument doc, ActorMentionIndex index, Span sentence) =>
        index.Within(sentence);

    /// <summary>A ministry or government speaks for its state; its country is the donor.</summary>
    private static string DonorName(Actor actor) =>
        actor.Kind == ActorKind.Organization && actor.Affiliation is not null
            && GovernmentBody.Matches(actor.Name)
            ? actor.Affiliation
            : actor.Kind == ActorKind.Person && actor.Affiliation is not null ? actor.Affiliation : actor.Name;

    private static bool IsRecipientOrModifier(string text, Span sentence, Span mention, Span amount)
    {
        var before = text[Math.Max(sentence.Start, mention.Start - 30)..mention.Start];
        if (RecipientMarker.IsMatch(before) || ChannelMarker.IsMatch(before)) return true;
        var position = mention.Start;
        var word = StateSalience.PreviousWord(text, ref position);
        if (word is "the") word = StateSalience.PreviousWord(text, ref position);
        if (word is not null && StateSalience.NonAgentPrepositions.Contains(word)) return true;
        // "Russia’s invasion": a possessive names an owner, not the giver, unless it owns the money ("Japan’s $3 billion").
        return IsPossessive(text, mention) && amount.Start - mention.End > 4;
    }

    private static bool IsPossessive(string text, Span mention) =>
        mention.End + 1 < text.Length && text[mention.End] is '’' or '\'' && text[mention.End + 1] == 's';

    /// <summary>"German aid to Ukraine will be cut to €4 billion": the demonym names the donor.</summary>
    private static string? DemonymDonor(AnalysisDocument doc, Span sentence, Span amount) =>
        doc.Entities
            .Where(e => e.Type == MentionType.Demonym && sentence.Contains(e.Span) && e.Span.End <= amount.Start
                && AidNoun.IsMatch(doc.Text[e.Span.End..Math.Min(doc.Text.Length, e.Span.End + 40)]))
            .Select(e => e.Canonical)
            .LastOrDefault();

    /// <summary>"countries in the region are asking for $1.2 billion": the requester is a common-noun phrase.</summary>
    private static string? RequesterGroup(string text, Span sentence, Span amount)
    {
        var before = text[sentence.Start..amount.Start];
        var m = Requester.Match(before);
        return m.Success ? m.Groups["np"].Value.Trim() : null;
    }

    private AidType AidTypeNear(AnalysisDocument doc, string text, Span sentence, int sentenceIndex, Span amount)
    {
        var near = new Span(Math.Max(sentence.Start, amount.Start - CueReach), Math.Min(sentence.End, amount.End + CueReach));
        var type = NearestAidType(text, near, amount);
        if (type is not null) return type.Value;
        // "for these purposes", "the funds": the type was given in the sentence before.
        if (sentenceIndex > 0 && Anaphora.IsMatch(text[sentence.Start..sentence.End])
            && doc.Sentences[sentenceIndex - 1].Paragraph >= doc.Sentences[sentenceIndex].Paragraph - 1)
            type = NearestAidType(text, doc.Sentences[sentenceIndex - 1].Span, amount);
        return type ?? AidType.Unspecified;
    }

    /// <summary>The aid type the article is clearly about: its cues outnumber every other type's three to one.</summary>
    private AidType DominantAidType(string text)
    {
        var counts = _aidTypes.Find(text, new Span(0, text.Length))
            .GroupBy(c => c.Entry.Type).Select(g => (Type: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ToList();
        if (counts.Count == 0) return AidType.Unspecified;
        var runnerUp = counts.Count > 1 ? counts[1].Count : 0;
        return counts[0].Count >= 2 && counts[0].Count >= 3 * runnerUp ? counts[0].Type : AidType.Unspecified;
    }

    private AidType? NearestAidType(string text, Span scope, Span amount) =>
        _aidTypes.Find(text, scope)
            .OrderBy(c => c.Span.DistanceTo(amount))
            .Select(c => (AidType?)c.Entry.Type)
            .FirstOrDefault();

    private static int? YearNear(AnalysisDocument doc, Span sentence, Span amount)
    {
        var text = doc.Text;
        return doc.Years
            .Where(y => sentence.Contains(y.Span) && y.Year is not null && y.Span.DistanceTo(amount) <= YearReach)
            .Where(y => !text[Math.Max(sentence.Start, y.Span.Start - 8)..y.Span.Start].Contains("than", StringComparison.Ordinal))
            .Where(y => !text[Math.Max(sentence.Start, y.Span.Start - 20)..y.Span.Start].Contains("since", StringComparison.OrdinalIgnoreCase))
            .Where(y => !YearRange.IsMatch(text[Math.Max(sentence.Start, y.Span.Start - 15)..Math.Min(sentence.End, y.Span.End + 10)]))
            // "..., and next year, $3 million": a year right before another amount belongs to that amount.
            .Where(y => !doc.Money.Any(m => m.Span.Start != amount.Start && m.Span.Start >= y.Span.End && m.Span.Start - y.Span.End <= 15))
            .OrderBy(y => y.Span.DistanceTo(amount) + (y.Span.Start < amount.Start ? 20 : 0))
            .Select(y => y.Year)
            .FirstOrDefault();
    }

    /// <summary>"The funds will be transferred to X": a later sentence names the channel of recent figures.</summary>
    private static void AttachLaterChannels(AnalysisDocument doc, ActorMentionIndex index, List<FundingFigure> figures)
    {
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s].Span;
            var match = TransferSentence.Match(doc.Text[sentence.Start..sentence.End]);
            if (!match.Success) continue;
            var after = sentence.Start + match.Index + match.Length;
            var channel = index.Within(new Span(after, sentence.End))
                .Where(m => m.Actor.Kind == ActorKind.Organization)
                .Select(m => m.Actor.Name).FirstOrDefault();
            if (channel is null) continue;
            var firstSentence = Math.Max(0, s - 3);
            for (var i = 0; i < figures.Count; i++)
            {
                var sentenceIndex = doc.SentenceIndexAt(figures[i].Span.Start);
                if (sentenceIndex >= firstSentence && sentenceIndex <= s && figures[i].Channel is null)
                    figures[i] = figures[i] with { Channel = channel };
            }
        }
    }

    /// <summary>Two figures are in the same stretch of text when their paragraphs are at most one apart.</summary>
    private static bool SameStretch(AnalysisDocument doc, Span a, Span b)
    {
        var pa = doc.Sentences.ElementAtOrDefault(doc.SentenceIndexAt(a.Start))?.Paragraph ?? -10;
        var pb = doc.Sentences.ElementAtOrDefault(doc.SentenceIndexAt(b.Start))?.Paragraph ?? -10;
        return Math.Abs(pa - pb) <= 1;
    }

    /// <summary>US dollars at the yearly average rate of the figure's year, else the publication year, else the latest year.</summary>
    private FundingFigure WithUsd(FundingFigure figure, int? published)
    {
        if (figure.Value is not { } value) return figure;
        var usd = lexicon.Rates.ToUsd(value, figure.Currency, figure.Year ?? published);
        return figure with { ValueUsd = usd?.Usd, FxYear = usd?.FxYear };
    }

    /// <summary>The same amount repeated for the same thing becomes one row with several mentions.</summary>
    private static IReadOnlyList<FundingFigure> MergeRepeats(List<FundingFigure> drafts)
    {
        var rows = new List<FundingFigure>();
        var idMap = new Dictionary<string, string>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var f = drafts[i];
            var twin = rows.FindIndex(r => r.Value is not null && r.Value == f.Value && r.Currency == f.Currency
                && (r.Donor is null || f.Donor is null || r.Donor == f.Donor)
                && (r.Recipient is null || f.Recipient is null || r.Recipient == f.Recipient)
                && r.ConvertedFromId is null == (f.ConvertedFromId is null));
            if (twin >= 0)
            {
                var r = rows[twin];
                rows[twin] = r with
                {
                    Donor = r.Donor ?? f.Donor, Recipient = r.Recipient ?? f.Recipient, Channel = r.Channel ?? f.Channel,
                    Purpose = r.Purpose ?? f.Purpose, Year = r.Year ?? f.Year,
                    AidType = r.AidType == AidType.Unspecified ? f.AidType : r.AidType,
                    Status = r.Status == FundingStatus.Unspecified ? f.Status : r.Status,
                    Mentions = [.. r.Mentions, f.Span],
                };
                idMap[$"F{i + 1}"] = rows[twin].Id;
                continue;
            }
            var id = $"F{rows.Count + 1}";
            idMap[$"F{i + 1}"] = id;
            rows.Add(f with { Id = id });
        }
        return rows.Select(r => r.ConvertedFromId is { } from && idMap.TryGetValue(from, out var mapped) ? r with { ConvertedFromId = mapped } : r).ToArray();
    }
}
