using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Who gives, who receives and through whom, read from the amount's sentence.</summary>
public sealed partial class FundingBuilder
{
    [GeneratedRegex(@"\b(?:to|for|into|towards|benefit of|people of)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex RecipientMarker { get; }
    [GeneratedRegex(@"\b(?:through|via|channelled through|channeled through|transferred to|implemented by|carried out by)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex ChannelMarker { get; }
    [GeneratedRegex(@"(?:\bfrom|\b(?:approved|provided|pledged|funded|financed|donated|allocated|offered|given|granted|committed|announced|promised)\sby)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex DonorMarker { get; }
    [GeneratedRegex(@"\baccording\sto\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex AccordingTo { get; }
    [GeneratedRegex(@"\bin\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex WeakRecipientMarker { get; }
    [GeneratedRegex(@"^\s(?:military\s|humanitarian\s|financial\s)?(?:aid|assistance|support|funding|contribution|help)\b", TextPatterns.WindowOptions)]
    private static partial Regex AidNounAfter { get; }
    [GeneratedRegex(@"\b(?:to|for)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex PeopleAfterMarker { get; }
    private static readonly Regex Requester = TextPatterns.Create(@"(?:^|,\s|\band\s)(?<np>[\p{L}\s]{3,60}?)\s(?:are|is|were|was)\s(?:appealing|asking|calling|seeking)\b");
    /// <summary>What may stand between a subject and its verb: "X will", "X has also", "(the decision by) X to imminently release".</summary>
    private static readonly Regex DirectSubjectGap = TextPatterns.Create(@"^\s*(?:(?:to|will|would|has|have|had|is|are|was|were|also|has also|said it would|is set to|plans to)\s+)?(?:[a-z]+ly\s+)?$");
    private static readonly Regex Respectively = TextPatterns.Create(@"\brespectively\b");

    private (string? Donor, string? Recipient, string? Channel) Parties(AnalysisDocument doc, ActorMentionIndex index, MoneyMention money, Span sentence, Span window, FundingStatus status)
    {
        var text = doc.Text;
        var mentions = index.Within(sentence).ToList();
        string? donor = null, recipient = null, channel = null;

        foreach (var (actor, span) in mentions.Where(m => m.Span.Start >= money.Span.End && m.Span.Start - money.Span.End <= 150))
        {
            var before = text[Math.Max(sentence.Start, span.Start - 30)..span.Start];
            if (AccordingTo.IsMatch(before) || IsPossessive(text, span)) continue;
            if (DonorMarker.IsMatch(before) && span.Start - money.Span.End < 100) donor ??= DonorName(actor);
            else if (ChannelMarker.IsMatch(before)) channel ??= actor.Name;
            else if (RecipientMarker.IsMatch(before) && span.Start < window.End + 60) recipient ??= actor.Name;
        }
        recipient ??= PeopleRecipient(doc, sentence, money.Span);

        var verbsBefore = _givingVerbs.Find(doc.Words, new Span(sentence.Start, money.Span.Start)).Select(c => c.Span).ToList();
        Span? verb = verbsBefore.Count > 0 ? verbsBefore[^1] : null;
        var subject = verb is { } v ? SubjectOf(text, sentence, mentions, v, money.Span) : null;
        if (verb is { } givingVerb)
        {
            var indirectObject = mentions.FirstOrDefault(m => m.Span.Start >= givingVerb.End && m.Span.End <= money.Span.Start && !IsPossessive(text, m.Span));
            if (indirectObject.Actor is not null) recipient ??= indirectObject.Actor.Name;
            donor ??= Respective(doc, sentence, mentions, givingVerb, money);
        }
        // "German aid to Ukraine will be cut to €4 billion": a recipient before the amount, in the same clause.
        recipient ??= mentions.Where(m => m.Span.End <= money.Span.Start && !IsPossessive(text, m.Span)
                && !text.AsSpan(m.Span.End, money.Span.Start - m.Span.End).Contains(',')
                && RecipientMarker.IsMatch(text.AsSpan()[Math.Max(sentence.Start, m.Span.Start - 30)..m.Span.Start]))
            .Select(m => m.Actor.Name).LastOrDefault();
        recipient ??= mentions.Where(m => m.Span.End <= money.Span.Start && m.Actor.Kind == ActorKind.Country && !IsPossessive(text, m.Span)
                && WeakRecipientMarker.IsMatch(text.AsSpan()[Math.Max(sentence.Start, m.Span.Start - 10)..m.Span.Start]))
            .Select(m => m.Actor.Name).LastOrDefault();

        if (status == FundingStatus.Requested)
        {
            recipient ??= subject?.Name ?? RequesterGroup(text, sentence, money.Span);
            donor = null;
        }
        else
        {
            donor ??= subject is not null ? DonorName(subject)
                : DemonymDonor(doc, sentence, money.Span) ?? OwnerOfAmount(text, mentions, money.Span)
                  ?? PossessiveAntecedent(text, mentions, sentence, window)
                  ?? (verbsBefore.Count > 0 ? SubjectPhrase(text, sentence, verbsBefore[0]) : null);
        }
        if (recipient == donor) recipient = null;
        return (donor, recipient, channel);
    }

    /// <summary>The agent of the verb of giving: the last actor before it that is not an object, owner or place.
    /// "with the EU contributing": an actor right before the verb is its subject whatever precedes it.</summary>
    private static Actor? SubjectOf(string text, Span sentence, List<(Actor Actor, Span Span)> mentions, Span verb, Span amount)
    {
        var before = mentions.Where(m => m.Span.End <= verb.Start).ToList();
        if (before.Count == 0) return null;
        var last = before[^1];
        if (DirectSubjectGap.IsMatch(text.AsSpan()[last.Span.End..verb.Start])) return last.Actor;
        return before.LastOrDefault(m => !IsRecipientOrModifier(text, sentence, m.Span, amount)).Actor;
    }

    /// <summary>"Britain and Norway promised $1.76 billion and $1.17 billion respectively": donors pair with amounts in order.</summary>
    private static string? Respective(AnalysisDocument doc, Span sentence, List<(Actor Actor, Span Span)> mentions, Span verb, MoneyMention money)
    {
        var text = doc.Text;
        if (TextPatterns.FirstMatch(Respectively, text.AsSpan(verb.End, sentence.End - verb.End)) is not { } found) return null;
        var respectively = verb.End + found.Index;
        var amounts = doc.MoneyOverlapping(new Span(verb.End, respectively)).Where(m => m.ConvertedFrom is null && m.Span.End <= respectively).ToList();
        var position = amounts.FindIndex(m => m.Span == money.Span);
        if (position < 0) return null;
        var subjects = new List<Actor>();
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Span.End > verb.Start) continue;
            var gap = text[m.Span.End..(subjects.Count == 0 ? verb.Start : mentions[i + 1].Span.Start)].Trim();
            if (subjects.Count > 0 && gap is not ("and" or "," or ", and")) break;
            if (subjects.Count == 0 && gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) break;
            subjects.Insert(0, m.Actor);
        }
        return subjects.Count == amounts.Count ? DonorName(subjects[position]) : null;
    }

    /// <summary>"aid to Syrians", "for the Ukrainian people": a people named by its demonym receives.</summary>
    private static string? PeopleRecipient(AnalysisDocument doc, Span sentence, Span amount) =>
        doc.EntitiesIn(sentence)
            .Where(e => e.Type == MentionType.Demonym && e.Span.Start >= amount.End && e.Span.Start - amount.End <= 80
                && PeopleAfterMarker.IsMatch(doc.Text.AsSpan()[Math.Max(sentence.Start, e.Span.Start - 12)..e.Span.Start]))
            .Select(e => doc.Text[e.Span.Start..e.Span.End] is var word && word.EndsWith('s') && !e.Canonical.EndsWith('s') ? word : e.Canonical)
            .FirstOrDefault();

    /// <summary>"The United States said its contribution would be $890 million": "its" points at the sentence's subject.</summary>
    private static string? PossessiveAntecedent(string text, List<(Actor Actor, Span Span)> mentions, Span sentence, Span window)
    {
        if (!ItsContribution.IsMatch(text.AsSpan()[window.Start..window.End]) && !ItsContribution.IsMatch(text.AsSpan()[sentence.Start..window.Start])) return null;
        var first = mentions.FirstOrDefault();
        return first.Actor is not null && text.AsSpan(sentence.Start..first.Span.Start).Trim() is "" or "The" or "the" ? DonorName(first.Actor) : null;
    }

    /// <summary>"Donor nations pledged ...": an unnamed group of givers, a short noun phrase ending in a plural of states or donors.</summary>
    private static string? SubjectPhrase(string text, Span sentence, Span verb)
    {
        var clauseStart = Math.Max(sentence.Start, text.LastIndexOfAny([',', ';', ':'], Math.Max(sentence.Start, verb.Start - 1), Math.Max(0, verb.Start - sentence.Start)) + 1);
        var words = text[clauseStart..verb.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || !GroupOfGivers.Contains(words[^1])) return null;
        var start = words.ToList().FindLastIndex(w => char.IsUpper(w[0]) && w.All(c => c is not ('.' or '’')));
        return start < 0 ? null : string.Join(' ', words[start..]);
    }

    private static readonly HashSet<string> GroupOfGivers = new(StringComparer.OrdinalIgnoreCase)
    {
        "nations", "countries", "donors", "governments", "states", "members", "allies", "partners", "leaders",
    };

    private static readonly Regex ItsContribution = TextPatterns.Create(@"\b(?:its|their)\s(?:contribution|pledge|aid|assistance|support|donation|funding|package)\b");

    /// <summary>A ministry or government speaks for its state; its country is the donor.</summary>
    private static string DonorName(Actor actor) =>
        actor.Kind == ActorKind.Organization && actor.Affiliation is not null && GovernmentBody.Matches(actor.Name) ? actor.Affiliation
        : actor.Kind == ActorKind.Person && actor.Affiliation is not null ? actor.Affiliation
        : actor.Name;

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

    /// <summary>"Japan’s $3 billion": the owner of the amount gives it.</summary>
    private static string? OwnerOfAmount(string text, List<(Actor Actor, Span Span)> mentions, Span amount) =>
        mentions.Where(m => IsPossessive(text, m.Span) && amount.Start - m.Span.End is >= 0 and <= 4).Select(m => DonorName(m.Actor)).LastOrDefault();

    /// <summary>"German aid to Ukraine will be cut to €4 billion": the demonym names the donor.</summary>
    private static string? DemonymDonor(AnalysisDocument doc, Span sentence, Span amount) =>
        doc.EntitiesIn(sentence)
            .Where(e => e.Type == MentionType.Demonym && e.Span.End <= amount.Start
                && AidNounAfter.IsMatch(doc.Text.AsSpan()[e.Span.End..Math.Min(doc.Text.Length, e.Span.End + 40)]))
            .Select(e => e.Canonical)
            .LastOrDefault();

    /// <summary>"countries in the region are asking for $1.2 billion": the requester is a common-noun phrase.</summary>
    private static string? RequesterGroup(string text, Span sentence, Span amount)
    {
        var m = Requester.Match(text[sentence.Start..amount.Start]);
        return m.Success ? m.Groups["np"].Value.Trim() : null;
    }

    /// <summary>"The funds will be transferred to X": a later sentence names the channel of recent figures.</summary>
    private static void AttachLaterChannels(AnalysisDocument doc, ActorMentionIndex index, List<FundingFigure> figures)
    {
        if (figures.Count == 0) return;
        // Each transfer sentence reads only the figures of its own sentence and the three before it.
        var figuresBySentence = figures.Select((f, i) => (Sentence: doc.SentenceIndexAt(f.Span.Start), Index: i))
            .Where(x => x.Sentence >= 0).ToLookup(x => x.Sentence, x => x.Index);
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s].Span;
            if (doc.Text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(TransferVerbs) < 0) continue;
            if (TextPatterns.FirstMatch(TransferSentence, doc.Text.AsSpan(sentence.Start, sentence.Length)) is not { } match) continue;
            var after = sentence.Start + match.Index + match.Length;
            var channel = index.Within(new Span(after, sentence.End))
                .Where(m => m.Actor.Kind == ActorKind.Organization)
                .Select(m => m.Actor.Name).FirstOrDefault();
            if (channel is null) continue;
            for (var earlier = Math.Max(0, s - 3); earlier <= s; earlier++)
                foreach (var i in figuresBySentence[earlier])
                    if (figures[i].Channel is null) figures[i] = figures[i] with { Channel = channel };
        }
    }

    private static readonly string[] TransferVerbWords = ["transferred", "channelled", "channeled", "delivered", "implemented", "disbursed", "provided"];
    private static readonly SearchValues<string> TransferVerbs = SearchValues.Create(TransferVerbWords, StringComparison.Ordinal);
    private static readonly Regex TransferSentence = TextPatterns.Create(
        $@"\b(?:funds|money|assistance|aid|contribution|grant)\b[^.]{{0,40}}\b(?:{string.Join('|', TransferVerbWords)})\s(?:to|through|via|by)\b");
}
