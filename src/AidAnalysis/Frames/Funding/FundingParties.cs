using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Frames.Parties;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Who gives, who receives and through whom, read from the amount's sentence.</summary>
public sealed partial class FundingBuilder
{
    [GeneratedRegex(@"\b(?:to|for|into|towards|benefit of|people of|help|helping|assist|assisting|support|supporting|bolster)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex RecipientMarker { get; }
    [GeneratedRegex(@"\b(?:through|via|channelled through|channeled through|transferred to|implemented by|carried out by)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex ChannelMarker { get; }
    private const string ByAgent = @"\b(?:approved|provided|pledged|funded|financed|donated|allocated|offered|given|granted|committed|announced|promised|made)\sby";
    [GeneratedRegex(@"(?:\bfrom|" + ByAgent + @")\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex DonorMarker { get; }
    /// <summary>"refugees from Ukraine", "people fleeing from Sudan": "from" after displaced people names where they come from,
    /// not who gives.</summary>
    [GeneratedRegex(@"\b(?:refugees|returnees|migrants|evacuees|asylum\sseekers|deportees|displaced|fled|fleeing|escaped|escaping|arrivals)\s(?:the\s(?:war|fighting|violence)\s(?:in\s)?)?from\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex OriginOfPeople { get; }
    [GeneratedRegex(@"\baccording\sto\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex AccordingTo { get; }
    [GeneratedRegex(@"\bin\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex WeakRecipientMarker { get; }
    private const string AidKinds = "military|humanitarian|financial|security|defen[cs]e";
    private const string AidNouns = "aid|assistance|support|funding|contribution|help|package|outlays|spending|pledge|donation|grant|loan";
    [GeneratedRegex(@"^(?:[’']s)?\s(?:(?:new|latest|total|overall|combined)\s)?(?:(?:" + AidKinds + @")\s)?(?:" + AidNouns + @")s?\b", TextPatterns.WindowOptions)]
    private static partial Regex AidNounAfter { get; }
    /// <summary>"to help Ukraine’s military", "for Gaza’s people", "to Fiji's recovery": what a recipient owns, or the recovery
    /// it goes through, stands for the recipient.</summary>
    [GeneratedRegex(@"^[’']s\s(?:military|army|armed forces|forces|troops|soldiers|government|people|population|civilians|refugees|economy|budget|defen[cs]e|energy|health|recovery|reconstruction|rebuilding|relief)\b", TextPatterns.WindowOptions)]
    private static partial Regex RecipientsOwn { get; }
    [GeneratedRegex(@"\bin\s$", TextPatterns.WindowOptions)]
    private static partial Regex LocatedIn { get; }
    [GeneratedRegex(@"\b(?:be|been|being|is|are|was|were)\s$", TextPatterns.WindowOptions)]
    private static partial Regex PassiveAuxiliary { get; }
    /// <summary>"aid to Syrians", "to help Ukrainians who ...": what stands before a people that receives.</summary>
    [GeneratedRegex(@"\b(?:to|for|help|helping|assist|assisting|support|supporting)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex PeopleAfterMarker { get; }
    // Built on first use, like the other whole-clause patterns of the funding frame: few texts need them.
    private readonly Lazy<Regex> _requester = new(() => TextPatterns.Create(@"(?:^|,\s|\band\s)(?<np>[\p{L}\s]{3,60}?)\s(?:are|is|were|was)\s(?:appealing|asking|calling|seeking)\b"));
    /// <summary>What may stand between a subject and its verb: "X will", "X has also", "(the decision by) X to imminently release".</summary>
    [GeneratedRegex(@"^\s*(?:,\s(?:which|that|who)\s)?(?:(?:to|will|would|has|have|had|is|are|was|were|also|has also|said it would|is set to|plans to)\s+)?(?:[a-z]+ly\s+)?$", TextPatterns.WindowOptions)]
    private static partial Regex DirectSubjectGap { get; }
    /// <summary>"Peru’s national government has released": a state's own government acts as the state; "the bank’s board
    /// approved": so does a lender's board, which decides for it.</summary>
    [GeneratedRegex(@"^[’']s\s(?:central\s|federal\s|national\s)?(?:government|administration|cabinet|ministry|foreign ministry|board)\b", TextPatterns.WindowOptions)]
    private static partial Regex StatesOwnBody { get; }
    /// <summary>"from Sweden's relief agency", "from the bank's emergency budget": after "from", the owner of
    /// a giving body (a department, agency, fund or budget) gives, at the level SCHEMA.md charts donors.</summary>
    [GeneratedRegex(@"^[’']s\s(?:[\p{L}-]+\s){0,3}?(?i:" + GivingBodyNouns + @")\b", TextPatterns.WindowOptions)]
    private static partial Regex OwnedGivingBody { get; }
    /// <summary>Nouns of a body that gives out of what its owner holds.</summary>
    private const string GivingBodyNouns = "department|agency|ministry|office|government|fund|budget|bank|programme|program|reserves?";
    /// <summary>"the Polish state has given", "the Danish government will send", "the Japanese ambassador signed": a demonym names the giver.</summary>
    [GeneratedRegex(@"^\s(?:(?:new|latest|central|federal|national)\s)?(?:(?:" + AidKinds + @")\s)?(?:" + AidNouns + @"|government|state|authorities|administration|ambassador|embassy|envoy|business(?:es)?|compan(?:y|ies)|firms?)s?\b", TextPatterns.WindowOptions)]
    private static partial Regex DemonymGiverAfter { get; }
    [GeneratedRegex(@"\b(?:crisis|crises|emergency|disaster|situation|conflict|war|needs?|people|civilians|families|communities|refugees|victims|response)\s(?:in|of)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex PlaceOfNeed { get; }
    [GeneratedRegex(ByAgent + @"\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex AgentMarker { get; }
    /// <summary>Literals only: linear on the backtracking engine, which costs far less per call than the non-backtracking one.</summary>
    [GeneratedRegex(@"\b(?:received|receives|receiving|has received|have received|will receive)\b", TextPatterns.WindowOptions)]
    private static partial Regex ReceivingVerb { get; }
    [GeneratedRegex(@"(?:^|,\s|\band\s|\bwhile\s)(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex ListItemStart { get; }
    private static readonly SearchValues<char> StateInitials = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
    [GeneratedRegex(@"\brespectively\b", TextPatterns.WindowOptions)]
    private static partial Regex Respectively { get; }

    private readonly PartyReaders _parties = new(lexicon);

    /// <summary>A mention after the amount that a donor marker ("from", "by") introduces, near enough and not a people's origin.</summary>
    private static bool MarkedAsDonor(ReadOnlySpan<char> before, Span amount, Span mention) =>
        DonorMarker.IsMatch(before) && mention.Start - amount.End < 100 && !OriginOfPeople.IsMatch(before);

    private (string? Donor, string? DonorBody, string? Recipient, string? Channel, bool NamesRequester) Parties(AnalysisDocument doc, ActorMentionIndex index, MoneyMention money, Span sentence, Span window, FundingStatus status,
        (int Index, int Length)? receiving, Span? lightVerb, (FundingCue Entry, Span Span)? governing)
    {
        var text = doc.Text;
        var amount = money.Span;
        // Loops rather than queries: this runs once per amount, and a text can hold hundreds of thousands.
        var mentions = new List<(Actor Actor, Span Span)>();
        foreach (var m in index.Within(sentence)) mentions.Add(m);
        string? donor = null, recipient = null, channel = null, requester = null;
        var described = Described(text, amount, window);

        foreach (var (actor, span) in mentions)
        {
            if (span.Start < amount.End || span.Start - amount.End > 150) continue;
            // "for those who have fled X to Bangladesh": a place after the described recipient is where they went, not who receives.
            if (described is { } d && d.Span.Start >= amount.End && span.Start > d.Span.Start && !d.Span.Contains(span)) continue;
            var before = text.AsSpan()[Math.Max(sentence.Start, span.Start - 30)..span.Start];
            if (AccordingTo.IsMatch(before)) continue;
            if (LaterAmountsParty.BelongsToLaterAmount(doc, amount, span)) break;
            if (IsPossessive(text, span) && !IsRecipientsOwn(text, span))
            {
                if (span.Start < window.End + 60 && _parties.RecipientStatesOwn.Receives(text, actor, span, sentence.Start)) recipient ??= actor.Name;
                else if (MarkedAsDonor(before, amount, span) && OwnedGivingBody.IsMatch(text.AsSpan(span.End, Math.Min(text.Length - span.End, 60)))) donor ??= DonorName(actor);
                continue;
            }
            if (MarkedAsDonor(before, amount, span)) donor ??= DonorName(actor);
            else if (ChannelMarker.IsMatch(before)) channel ??= actor.Name;
            else if (RecipientMarker.IsMatch(before) && span.Start < window.End + 60 && CanReceive(actor)) recipient ??= WithCoordinatedPeople(text, actor.Name, span);
        }
        donor ??= _parties.GroupOfGiversSource.Find(text, sentence, amount);
        recipient ??= PeopleRecipient(doc, sentence, amount) ?? _parties.RegionalGroupRecipient.Find(text, amount, window) ?? described?.Text;
        // "The largest commitment made by Australia ... was a package worth $1.4 billion": an agent named before the amount.
        if (donor is null)
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if (m.Span.End <= amount.Start && !doc.MoneyOverlapping(new Span(m.Span.End, amount.Start)).Any()
                    && AgentMarker.IsMatch(text.AsSpan()[Math.Max(sentence.Start, m.Span.Start - 30)..m.Span.Start]))
                {
                    donor = DonorName(m.Actor);
                    break;
                }
            }
        // "..., Germany 244 million euros": in a list of givers the verb is left out and the giver stands right before its amount.
        foreach (var (actor, span) in mentions)
            if (span.End <= amount.Start && amount.Start - span.End <= 2 && text.AsSpan(span.End, amount.Start - span.End).IsWhiteSpace()
                && ListItemStart.IsMatch(text.AsSpan()[Math.Max(sentence.Start, span.Start - 8)..span.Start]))
                donor ??= DonorName(actor);
        // "The ministry has received donations including 18.9 million yuan": whoever receives is the recipient.
        if (receiving is { } verbOfReceiving)
        {
            var receiver = SubjectOf(text, sentence, mentions, new Span(sentence.Start + verbOfReceiving.Index, sentence.Start + verbOfReceiving.Index + verbOfReceiving.Length), amount);
            if (receiver is not null && CanReceive(receiver)) recipient ??= DonorName(receiver);
        }

        var verbsBefore = MayHoldCue(text, new Span(sentence.Start, amount.Start)) ? _givingVerbs.Find(doc.Words, new Span(sentence.Start, amount.Start)) : null;
        Span? verb = verbsBefore is { Count: > 0 } ? verbsBefore[^1].Span : lightVerb;
        var subject = verb is { } v ? SubjectOf(text, sentence, mentions, v, amount) : null;
        // "Moldova will be provided a grant of $40 million": the subject of a passive verb of giving receives.
        if (verb is { } passive && subject is not null && IsPassive(text, sentence, passive))
        {
            if (CanReceive(subject)) recipient ??= subject.Name;
            subject = null;
        }
        if (verb is { } givingVerb)
        {
            // "gave Ukraine $5 million"; not "France committed 110 million euros, Germany 244 million euros", where another amount intervenes.
            foreach (var m in mentions)
                if (m.Span.Start >= givingVerb.End && m.Span.End <= amount.Start
                    && (!IsPossessive(text, m.Span) || IsRecipientsOwn(text, m.Span)) && CanReceive(m.Actor)
                    && !doc.MoneyOverlapping(new Span(givingVerb.End, m.Span.Start)).Any())
                {
                    recipient ??= m.Actor.Name;
                    break;
                }
            donor ??= Respective(doc, sentence, mentions, givingVerb, money);
        }
        // "German aid to Ukraine will be cut to €4 billion": a recipient before the amount, in the same clause.
        if (recipient is null)
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if (m.Span.End <= amount.Start && !IsPossessive(text, m.Span) && CanReceive(m.Actor)
                    && !text.AsSpan(m.Span.End, amount.Start - m.Span.End).Contains(',')
                    && RecipientMarker.IsMatch(text.AsSpan()[Math.Max(sentence.Start, m.Span.Start - 30)..m.Span.Start]))
                {
                    recipient = m.Actor.Name;
                    break;
                }
            }
        if (recipient is null)
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if (m.Span.End <= amount.Start && m.Actor.Kind == ActorKind.Country && !IsPossessive(text, m.Span)
                    && WeakRecipientMarker.IsMatch(text.AsSpan()[Math.Max(sentence.Start, m.Span.Start - 10)..m.Span.Start]))
                {
                    recipient = m.Actor.Name;
                    break;
                }
            }

        // "$1.1 billion to deal with the crisis in Yemen": a state the purpose clause names as the place of need.
        if (recipient is null)
            foreach (var m in mentions)
                if (m.Span.Start >= amount.End && m.Span.Start - amount.End <= 100 && m.Actor.Kind == ActorKind.Country
                    && m.Span.End <= window.End && !IsPossessive(text, m.Span) && DonorName(m.Actor) != donor
                    && PlaceOfNeed.IsMatch(text.AsSpan()[Math.Max(sentence.Start, m.Span.Start - 30)..m.Span.Start]))
                {
                    recipient = m.Actor.Name;
                    break;
                }
        // "is allocating 2 million pounds in Haiti for cholera treatment": a state named (not by its capital) right after the
        // amount is where the money goes; the actor layer keeps no such place, the entity layer does.
        if (recipient is null && amount.End + 4 <= sentence.End)
            foreach (var e in doc.EntitiesIn(new Span(amount.End, Math.Min(sentence.End, amount.End + 40))))
                if (e.Type == MentionType.Country && e.Span.Start - amount.End <= 8
                    && text.AsSpan(amount.End, e.Span.Start - amount.End) is " in " or " in the " && !IsPossessive(text, e.Span) && e.Canonical != donor)
                {
                    recipient = e.Canonical;
                    break;
                }
        recipient ??= _parties.PlaceRecipient.Find(text, amount, window);
        if (status == FundingStatus.Requested)
        {
            // "The Administration is calling on Congress to provide $8.5 billion": a budget request to a legislature
            // is the state's own money; any other request names the requester, not the giver.
            var legislature = mentions.Select(m => m.Actor).FirstOrDefault(IsLegislature);
            donor = legislature is not null ? DonorName(legislature) : null;
            // "..., and countries in the region are asking for $1.2 billion": the requester of this amount's own clause.
            // "Chad asked donors for $8 million", "the Red Cross launched an appeal for": the subject of the request asks for
            // itself (SCHEMA.md: requested money is asked for by its recipient).
            if (legislature is null)
            {
                requester = RequesterGroup(text, window, amount) ?? Requester(doc, sentence, window, mentions, amount, governing);
                recipient = requester ?? recipient ?? subject?.Name ?? RequesterGroup(text, sentence, amount);
            }
        }
        else
        {
            if (verb is { } ownVerb && (OwnGovernmentSubject.IsSubjectOf(text, sentence, ownVerb)
                    || subject is { Kind: ActorKind.Person, Affiliation: null } && OwnGovernmentSubject.IsReportedBy(text, mentions.Last(m => m.Actor == subject && m.Span.End <= ownVerb.Start).Span, ownVerb)))
                donor ??= GovernmentsState(doc, mentions);
            donor ??= verbsBefore is { Count: > 0 } ? _parties.GroupOfGiversSubject.Find(text, sentence, verbsBefore[^1].Span) : null;
            donor ??= subject is not null ? DonorName(subject)
                : DemonymDonor(doc, sentence, amount) ?? OwnerOfAmount(text, mentions, amount)
                  ?? OwnerOfAid(text, mentions, amount) ?? PossessiveAntecedent(text, mentions, sentence, window)
                  ?? (verbsBefore is { Count: > 0 } ? SubjectPhrase(text, sentence, verbsBefore[0].Span) : null);
        }
        if (recipient == donor) recipient = null;
        return (donor, DonorBody(mentions, donor, amount), recipient, channel, requester is not null);
    }

    /// <summary>The state an unnamed "the government" stands for: that of an official or state body the sentence names ("the
    /// finance minister said the government had released"), else the dateline's state. Nothing else tells: the article's home
    /// state is as often the foreign giver ("Seoul: the government provided") as the one the story happens in.</summary>
    private string? GovernmentsState(AnalysisDocument doc, List<(Actor Actor, Span Span)> mentions)
    {
        foreach (var (actor, _) in mentions)
            if (actor.Kind != ActorKind.Country && DonorName(actor) is var state && state != actor.Name && lexicon.CountryByForm.ContainsKey(state))
                return state;
        return doc.Context.DatelineState;
    }

    /// <summary>"Somalia's prime minister asked donors for", "Chad's health ministry": the state whose official or body (a few
    /// lower-case words after the possessive) stands before the head (a request cue, or the body's own mention).</summary>
    private static Actor? PossessiveAsker(string text, List<(Actor Actor, Span Span)> mentions, Span head)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = mentions[i];
            if (span.End > head.Start) continue;
            return IsPossessive(text, span) && head.Start - span.End <= 40 && OwnedPhrase.IsMatch(text.AsSpan(span.End, head.Start - span.End)) ? actor : null;
        }
        return null;
    }

    [GeneratedRegex(@"^[’']s\s(?:\p{Ll}+\s){0,3}$", TextPatterns.WindowOptions)]
    private static partial Regex OwnedPhrase { get; }

    /// <summary>Who makes the request nearest before the amount: the subject of its cue ("Chad asked donors for", "WHO said it
    /// needs"); an official asks for the state they serve. A proposal ("the White House proposed") or a state's own body
    /// asking is a budget request to a legislature, for the state's money, not a request for itself.</summary>
    private string? Requester(AnalysisDocument doc, Span sentence, Span window, List<(Actor Actor, Span Span)> mentions, Span amount, (FundingCue Entry, Span Span)? governing)
    {
        var scope = new Span(window.Start, amount.Start);
        var requests = scope.Length == 0 || !MayHoldCue(doc.Text, scope) ? []
            : _cues.Find(doc.Words, scope).Where(c => c.Entry.Status == FundingStatus.Requested).ToList();
        // "WFP needs $22 million": the verb whose object the amount is says who asks. An appeal the UN launches "for Somalia"
        // is asked for the state it names, which the recipient rules read.
        if (governing is { Entry: { Status: FundingStatus.Requested, Governs: "object" } } need) requests.Add(need);
        if (requests.Count == 0 || requests[^1].Entry.Phrase.StartsWith("propos", StringComparison.OrdinalIgnoreCase)) return null;
        var cue = requests[^1].Span;
        var asker = SubjectOf(doc.Text, sentence, mentions, cue, amount) ?? PossessiveAsker(doc.Text, mentions, cue);
        if (asker is null) return null;
        if (asker.Kind == ActorKind.Person) return asker.Affiliation is null ? null : DonorName(asker);
        if (DonorName(asker) == asker.Name) return asker.Name;
        // "The Administration is requesting $20 billion" is a budget request; "Niger's health ministry asked donors for" names
        // the state it asks for by the possessive before it.
        var owner = PossessiveAsker(doc.Text, mentions.Where(m => m.Actor != asker).ToList(), mentions.LastOrDefault(m => m.Actor == asker && m.Span.End <= cue.End).Span);
        return owner is not null && DonorName(owner) == DonorName(asker) ? DonorName(owner) : null;
    }

    /// <summary>The body the text names for the donor (the Commission for the European Union, a ministry or an
    /// official for a state): the nearest mention that gives for the donor without being it; an official only
    /// where no body is named.</summary>
    private string? DonorBody(List<(Actor Actor, Span Span)> mentions, string? donor, Span amount)
    {
        if (donor is null) return null;
        (Actor Actor, Span Span)? best = null;
        foreach (var m in mentions)
        {
            if (m.Actor.Name == donor || DonorName(m.Actor) != donor) continue;
            if (best is not { } b || (m.Actor.Kind == ActorKind.Person ? 1 : 0, m.Span.DistanceTo(amount)).CompareTo((b.Actor.Kind == ActorKind.Person ? 1 : 0, b.Span.DistanceTo(amount))) < 0)
                best = m;
        }
        return best?.Actor.Name;
    }

    /// <summary>"made a $10 million donation", "will make a contribution of $5 million": a light verb whose aid noun names the
    /// gift; its subject gives. Made is given (delivered); a pledge, a commitment or a gift still to be made is pledged.</summary>
    private static (Span Verb, FundingStatus Status)? LightVerb(string text, Span sentence, Span amount)
    {
        var start = Math.Max(sentence.Start, amount.Start - 60);
        var before = LightVerbBefore.Match(text, start, amount.Start - start);
        if (!before.Success) return null;
        var after = AidNounRightAfter.Match(text, amount.End, Math.Min(sentence.End, amount.End + 30) - amount.End);
        var noun = before.Groups["noun"].Success ? before.Groups["noun"].Value : after.Success ? after.Groups["noun"].Value : null;
        if (noun is null) return null;
        var verb = before.Groups["verb"];
        var status = noun is "pledge" or "commitment" || verb.Value != "made" || before.Groups["future"].Success ? FundingStatus.Pledged : FundingStatus.Delivered;
        return (new Span(verb.Index, verb.Index + verb.Length), status);
    }

    private const string GiftNouns = "donation|contribution|grant|pledge|commitment";
    [GeneratedRegex(@"\b(?<future>will\s|to\s)?(?<verb>made|make|makes|making)\s(?:an?\s)?(?:(?:new|further|additional|emergency|one-off)\s)?(?:(?<noun>" + GiftNouns + @")\sof\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex LightVerbBefore { get; }
    [GeneratedRegex(@"^\s(?:(?:humanitarian|emergency|financial|military)\s)?(?<noun>" + GiftNouns + @")\b", TextPatterns.WindowOptions)]
    private static partial Regex AidNounRightAfter { get; }

    /// <summary>Money goes to states, peoples and organisations; a person named after "for" is a spokesman's
    /// employer or a dedicatee, not a recipient.</summary>
    private static bool CanReceive(Actor actor) => actor.Kind != ActorKind.Person;

    private static bool IsPassive(string text, Span sentence, Span verb) =>
        PassiveAuxiliary.IsMatch(text.AsSpan()[Math.Max(sentence.Start, verb.Start - 8)..verb.Start])
        && text.AsSpan(verb.Start, verb.Length) is var participle
        && (participle.EndsWith("ed", StringComparison.Ordinal) || participle.EndsWith("en", StringComparison.Ordinal)
            || participle is "sent" or "paid" or "set aside" or "made");

    private bool IsLegislature(Actor actor) =>
        actor.Kind == ActorKind.Organization && lexicon.OrganizationByName.TryGetValue(actor.Name, out var entry) && entry.Type == "parliament";

    /// <summary>"has received donations including 18.9 million yuan": a verb of receiving before the amount, relative to the sentence.</summary>
    private static (int Index, int Length)? ReceivingBefore(string text, Span sentence, Span amount) =>
        TextPatterns.FirstMatch(ReceivingVerb, text.AsSpan(sentence.Start, Math.Max(0, amount.Start - sentence.Start)));

    private static bool IsRecipientsOwn(string text, Span mention) =>
        RecipientsOwn.IsMatch(text.AsSpan()[mention.End..Math.Min(text.Length, mention.End + 20)]);

    /// <summary>"Chile’s aid of $5 million", "the US package ... $5 million": the state that owns the aid noun gives it.</summary>
    private string? OwnerOfAid(string text, List<(Actor Actor, Span Span)> mentions, Span amount)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = mentions[i];
            if (span.End > amount.Start || actor.Kind == ActorKind.Person) continue;
            // "Ukraine aid" names the recipient as often as "UK aid" names the giver: only a possessive or a state's
            // initials ("US outlays", "UK aid") say the owner.
            if (!IsPossessive(text, span) && text.AsSpan(span.Start, span.Length).ContainsAnyExcept(StateInitials)) continue;
            if (AidNounAfter.IsMatch(text.AsSpan()[span.End..Math.Min(text.Length, span.End + 40)])) return DonorName(actor);
        }
        return null;
    }

    /// <summary>The agent of the verb of giving: the last actor before it that is not an object, owner or place.
    /// "with the EU contributing": an actor right before the verb is its subject whatever precedes it.</summary>
    private Actor? SubjectOf(string text, Span sentence, List<(Actor Actor, Span Span)> mentions, Span verb, Span amount)
    {
        var before = mentions.Where(m => m.Span.End <= verb.Start).ToList();
        if (before.Count == 0) return null;
        var last = before[^1];
        // "Chinese businesses in Pakistan gave": a place after "in" locates the subject, it is not the subject.
        if (DirectSubjectGap.IsMatch(text.AsSpan()[last.Span.End..verb.Start]) && !LocatedIn.IsMatch(text.AsSpan()[Math.Max(sentence.Start, last.Span.Start - 4)..last.Span.Start]))
            return StateOrBody(text, before, before.Count - 1);
        var subject = before.FindLastIndex(m => !IsRecipientOrModifier(text, sentence, m.Span, amount));
        return subject < 0 ? null : StateOrBody(text, before, subject);
    }

    /// <summary>"Spain’s development agency (AECID) announced": a body a state's possessive owns acts for that state, at the
    /// level SCHEMA.md charts donors. Not a body of an international organisation ("the UN’s pooled fund"), which gives
    /// from its own budget.</summary>
    private static Actor StateOrBody(string text, List<(Actor Actor, Span Span)> before, int subject)
    {
        var (actor, span) = before[subject];
        if (actor.Kind != ActorKind.Organization) return actor;
        // "Spain’s Development Agency (SDA) announced": the body's acronym in brackets stands for its name before it.
        while (subject > 0 && before[subject - 1].Actor == actor && text.AsSpan(before[subject - 1].Span.End, span.Start - before[subject - 1].Span.End) is " (")
            span = before[--subject].Span;
        if (subject == 0) return actor;
        var (owner, ownerSpan) = before[subject - 1];
        return owner.Kind == ActorKind.Country && span.Start >= ownerSpan.End && OwnerOfBody.IsMatch(text.AsSpan(ownerSpan.End, span.Start - ownerSpan.End)) ? owner : actor;
    }

    /// <summary>"’s " between a state and its body, or a word or two of the body's name the actor layer left out
    /// ("Germany’s Federal Foreign Office").</summary>
    [GeneratedRegex(@"^[’']s\s(?:\p{Lu}\p{L}+,?\s){0,2}$", TextPatterns.WindowOptions)]
    private static partial Regex OwnerOfBody { get; }

    /// <summary>"Britain and Norway promised $1.76 billion and $1.17 billion respectively": donors pair with amounts in order.</summary>
    private string? Respective(AnalysisDocument doc, Span sentence, List<(Actor Actor, Span Span)> mentions, Span verb, MoneyMention money)
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
    private static string? PeopleRecipient(AnalysisDocument doc, Span sentence, Span amount)
    {
        foreach (var e in doc.EntitiesIn(sentence))
            // "total aid for Syrians reached $40 million": a people before the amount receives it when its clause runs on to the amount.
            if (e.Type == MentionType.Demonym && (e.Span.Start >= amount.End && e.Span.Start - amount.End <= 80
                    || e.Span.End <= amount.Start && amount.Start - e.Span.End <= 80 && !doc.Text.AsSpan(e.Span.End, amount.Start - e.Span.End).Contains(','))
                && PeopleAfterMarker.IsMatch(doc.Text.AsSpan()[Math.Max(sentence.Start, e.Span.Start - 12)..e.Span.Start]))
                return doc.Text[e.Span.Start..e.Span.End] is var word && word.EndsWith('s') && !e.Canonical.EndsWith('s') ? word : e.Canonical;
        return null;
    }

    /// <summary>"The United States said its contribution would be $890 million": "its" points at the sentence's subject.</summary>
    private string? PossessiveAntecedent(string text, List<(Actor Actor, Span Span)> mentions, Span sentence, Span window)
    {
        if (!ItsContribution.IsMatch(text.AsSpan()[window.Start..window.End]) && !ItsContribution.IsMatch(text.AsSpan()[sentence.Start..window.Start])) return null;
        var first = mentions.FirstOrDefault();
        return first.Actor is not null && text.AsSpan(sentence.Start..first.Span.Start).Trim() is "" or "The" or "the" ? DonorName(first.Actor) : null;
    }

    /// <summary>"Donor nations pledged ...": an unnamed group of givers, a short noun phrase ending in a plural of states or donors.</summary>
    private string? SubjectPhrase(string text, Span sentence, Span verb)
    {
        var clauseStart = Math.Max(sentence.Start, text.LastIndexOfAny([',', ';', ':'], Math.Max(sentence.Start, verb.Start - 1), Math.Max(0, verb.Start - sentence.Start)) + 1);
        var words = text[clauseStart..verb.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || !_parties.Words.GiverGroups.Contains(words[^1])) return null;
        var start = words.ToList().FindLastIndex(w => char.IsUpper(w[0]) && w.All(c => c is not ('.' or '’')));
        return start < 0 ? null : string.Join(' ', words[start..]);
    }

    [GeneratedRegex(@"\b(?:its|their)\s(?:contribution|pledge|aid|assistance|support|donation|funding|package)\b", TextPatterns.WindowOptions)]
    private static partial Regex ItsContribution { get; }

    /// <summary>Whose money a giver gives: a body of a state or union gives for it (the Commission for the European
    /// Union, a ministry or state agency for its country), an official for the state or body they serve.</summary>
    private string DonorName(Actor actor)
    {
        if (_donorBodies.TryGetValue(actor.Name, out var union)) return union;
        if (actor.Affiliation is null) return actor.Name;
        if (actor.Kind == ActorKind.Person) return _donorBodies.GetValueOrDefault(actor.Affiliation, actor.Affiliation);
        var isStateBody = GovernmentBody.Matches(actor.Name)
            || lexicon.OrganizationByName.TryGetValue(actor.Name, out var entry) && entry.Type is "agency" or "parliament" or "government";
        return actor.Kind == ActorKind.Organization && isStateBody ? actor.Affiliation : actor.Name;
    }

    private bool IsRecipientOrModifier(string text, Span sentence, Span mention, Span amount)
    {
        var before = text[Math.Max(sentence.Start, mention.Start - 30)..mention.Start];
        if (RecipientMarker.IsMatch(before) || ChannelMarker.IsMatch(before)) return true;
        var position = mention.Start;
        var word = StateSalience.PreviousWord(text, ref position);
        if (word is "the") word = StateSalience.PreviousWord(text, ref position);
        if (word is not null && lexicon.StatePrepositions.NonAgent.Contains(word)) return true;
        // "Russia’s invasion": a possessive names an owner, not the giver, unless it owns the money ("Japan’s $3 billion")
        // or the owned noun is the state's own government ("China’s central government").
        return IsPossessive(text, mention) && amount.Start - mention.End > 4
            && !StatesOwnBody.IsMatch(text.AsSpan()[mention.End..Math.Min(text.Length, mention.End + 40)]);
    }

    private static bool IsPossessive(string text, Span mention) =>
        mention.End + 1 < text.Length && text[mention.End] is '’' or '\'' && text[mention.End + 1] == 's';

    /// <summary>"Japan’s $3 billion": the owner of the amount gives it.</summary>
    private string? OwnerOfAmount(string text, List<(Actor Actor, Span Span)> mentions, Span amount)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (IsPossessive(text, mentions[i].Span) && amount.Start - mentions[i].Span.End is >= 0 and <= 4) return DonorName(mentions[i].Actor);
        return null;
    }

    /// <summary>"German aid to Ukraine will be cut to €4 billion": the demonym names the donor.</summary>
    private static string? DemonymDonor(AnalysisDocument doc, Span sentence, Span amount)
    {
        string? last = null;
        foreach (var e in doc.EntitiesIn(sentence))
            if (e.Type == MentionType.Demonym && e.Span.End <= amount.Start
                && DemonymGiverAfter.IsMatch(doc.Text.AsSpan()[e.Span.End..Math.Min(doc.Text.Length, e.Span.End + 40)]))
                last = e.Canonical;
        return last;
    }

    /// <summary>"countries in the region are asking for $1.2 billion": the requester is a common-noun phrase.</summary>
    private string? RequesterGroup(string text, Span sentence, Span amount)
    {
        var m = _requester.Value.Match(text[sentence.Start..amount.Start]);
        return m.Success ? m.Groups["np"].Value.Trim() : null;
    }

    /// <summary>"UK pledges aid to flood-hit Libya": the state the headline sends aid to, or names as the place of need.</summary>
    private static string? HeadlineRecipient(AnalysisDocument doc, ActorMentionIndex index, Span headline) =>
        index.Within(headline)
            .Where(m => m.Actor.Kind == ActorKind.Country && !IsPossessive(doc.Text, m.Span))
            // Headlines are often in title case ("UK Pledges Aid To Flood-Hit Libya").
            .Where(m => doc.Text[Math.Max(headline.Start, m.Span.Start - 30)..m.Span.Start].ToLowerInvariant() is var before
                && (RecipientMarker.IsMatch(before) || WeakRecipientMarker.IsMatch(before) || FloodHitMarker.IsMatch(before) || ArrivalMarker.IsMatch(before)))
            .Select(m => m.Actor.Name)
            .FirstOrDefault();

    /// <summary>"for the Palestinian Authority and people", "to the government and people of X": a body coordinated with the
    /// people it serves receives together with them.</summary>
    private string WithCoordinatedPeople(string text, string name, Span mention)
    {
        var m = CoordinatedPeople.Match(text, mention.End, Math.Min(text.Length - mention.End, 30));
        return m.Success && lexicon.RecipientHeads.Contains(m.Groups["head"].Value) ? $"{name} and {m.Groups["head"].Value}" : name;
    }

    [GeneratedRegex(@"^\sand\s(?:the\s|its\s|their\s)?(?<head>\p{Ll}+)\b", TextPatterns.WindowOptions)]
    private static partial Regex CoordinatedPeople { get; }

    /// <summary>"to flood-hit Libya", "for quake-stricken Syria": a hyphenated disaster word before the place.</summary>
    [GeneratedRegex(@"\b(?:to|for|in)\s(?:the\s)?[a-z]+-(?:hit|stricken|affected|ravaged)\s$", TextPatterns.WindowOptions)]
    private static partial Regex FloodHitMarker { get; }

    /// <summary>"Aid reaches Pakistan", "Relief arrives in Libya": the place a headline's aid arrives at receives it.</summary>
    [GeneratedRegex(@"\b(?:reaches|reached|arrives in|arrived in|lands in|landed in)\s(?:the\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex ArrivalMarker { get; }

    /// <summary>"The funds will be transferred to X": a later sentence names the channel of recent figures.</summary>
    private void AttachLaterChannels(AnalysisDocument doc, ActorMentionIndex index, Draft[] figures)
    {
        if (figures.Length == 0) return;
        // Each transfer sentence reads only the figures of its own sentence and the three before it; the figures are
        // grouped by sentence only once a transfer sentence is found (most long texts have none).
        ILookup<int, int>? figuresBySentence = null;
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
            figuresBySentence ??= figures.Select((f, i) => (Sentence: doc.SentenceIndexAt(f.Span.Start), Index: i))
                .Where(x => x.Sentence >= 0).ToLookup(x => x.Sentence, x => x.Index);
            for (var earlier = Math.Max(0, s - 3); earlier <= s; earlier++)
                foreach (var i in figuresBySentence[earlier])
                    if (figures[i].Channel is null) figures[i] = figures[i] with { Channel = channel };
        }
    }

    private const string TransferVerbAlternation = "transferred|channelled|channeled|delivered|implemented|disbursed|provided";
    private static readonly string[] TransferVerbWords = TransferVerbAlternation.Split('|');
    private static readonly SearchValues<string> TransferVerbs = SearchValues.Create(TransferVerbWords, StringComparison.Ordinal);
    /// <summary>Read over whole sentences on the source-generated backtracking engine (nothing to build at start-up): its
    /// only loop is bounded (40 characters), so the work from any start position is bounded and a scan stays linear.</summary>
    [GeneratedRegex($@"\b(?:funds|money|assistance|aid|contribution|grant)\b[^.]{{0,40}}\b(?:{TransferVerbAlternation})\s(?:to|through|via|by)\b", TextPatterns.WindowOptions)]
    private static partial Regex TransferSentence { get; }
}
