using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Frames.Parties;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>Who gives, who receives and through whom, read from the amount's sentence: the readers of Frames/Funding/Parties/
/// in the order their answers win, and whose money a giver gives.</summary>
public sealed partial class FundingBuilder
{
    /// <summary>Read by the headline's donor.</summary>
    private Regex AidNounAfter => _parties.Words.OwnedAidAfter;

    private readonly PartyReaders _parties = new(lexicon);

    private (string? Donor, string? DonorBody, string? Recipient, string? Channel, bool NamesRequester, bool NamesAsker, bool NamesAddressee) Parties(AnalysisDocument doc, ActorMentionIndex index, int moneyIndex, Span sentence, Span window, FundingStatus status,
        (int Index, int Length)? receiving, Span? lightVerb, (FundingCue Entry, Span Span)? governing)
    {
        var (text, money) = (doc.Text, doc.Money[moneyIndex]);
        var amount = money.Span;
        // Loops rather than queries: this runs once per amount, and a text can hold hundreds of thousands.
        var mentions = new List<(Actor Actor, Span Span)>();
        foreach (var m in index.Within(sentence))
            if (_parties.MemberAgencyAnaphor.Resolve(doc.Tokens, index, m) is { } party) mentions.Add(party);
        var scene = new PartyScene(doc, mentions, sentence, window, money);
        var described = Described(doc.Tokens, amount, window);

        var (marked, channel, recipient) = _parties.MarkedAfterAmount.Find(scene, described);
        var donor = marked is not null ? DonorName(marked) : null;
        // "signed a $X agreement with Y": the party the amount's agreement is made with, nearer than any marker after it.
        recipient = _parties.AgreementCounterpart.Find(scene)?.Name ?? recipient;
        // "$7 million for local partners": organisations grouped by kind receive, where no named party does.
        recipient ??= _parties.OrganisationGroupRecipient.Find(scene);
        string? requester = null, addressee = null;
        donor ??= _parties.GroupOfGiversSource.Find(text, sentence, amount);
        recipient ??= _parties.PeopleRecipient.Find(scene) ?? _parties.RegionalGroupRecipient.Find(doc.Tokens, amount, window) ?? described?.Text;
        donor ??= _parties.AgentBeforeAmount.Find(scene) is { } agent ? DonorName(agent) : null;
        // "Chad will receive €85 million, Egypt €70 million": the party of a later item of a receiving verb's list receives; a
        // breakdown of the received amount by giver keeps its givers, and so does a party that cannot receive.
        var listed = _parties.ListedGiver.Find(scene);
        if (listed is not null && CanReceive(listed) && receiving is { } listVerb && sentence.Start + listVerb.Index + listVerb.Length <= window.Start
            && _parties.ReceivingReach.ListsReceivers(doc, sentence, sentence.Start + listVerb.Index + listVerb.Length, moneyIndex))
            recipient ??= listed.Name;
        else donor ??= listed is not null ? DonorName(listed) : null;
        // "The $5 million, which Japan announced on Monday, will fund ...": the subject of a relative clause on the amount gives it.
        donor ??= _parties.RelativeClauseGiver.Find(scene, _givingVerbs) is { } relativeGiver ? DonorName(relativeGiver) : null;
        // "The ministry has received gifts worth 2 million yuan": whoever receives is the recipient.
        if (receiving is { } verbOfReceiving)
        {
            var receiver = _parties.SubjectOfGiving.Find(scene, new Span(sentence.Start + verbOfReceiving.Index, sentence.Start + verbOfReceiving.Index + verbOfReceiving.Length));
            if (receiver is not null && CanReceive(receiver)) recipient ??= DonorName(receiver);
        }
        // "The food agency is to get $9 million": the subject of a receipt still to come in the amount's clause receives.
        if (recipient is null && _parties.FutureReceiver.Find(scene) is { } futureReceiver && CanReceive(futureReceiver))
            recipient = DonorName(futureReceiver);

        var verbsBefore = MayHoldCue(text, new Span(sentence.Start, amount.Start)) ? _givingVerbs.Find(doc.Words, new Span(sentence.Start, amount.Start)) : null;
        // "provide $5 million to A to deliver food, $4 million to B": an elided list item keeps the verb of the item before it.
        var governingVerb = verbsBefore is { Count: > 0 } ? verbsBefore[_parties.ElidedItemVerb.Governing(doc, sentence, amount, verbsBefore)].Span : (Span?)null;
        Span? verb = governingVerb ?? lightVerb ?? _parties.AddingVerb.Find(doc.Tokens, sentence, amount);
        var subject = verb is { } v ? _parties.SubjectOfGiving.Find(scene, v) ?? _parties.PronounSubject.Find(doc, index, sentence, v) : null;
        if (verb is { } passive && subject is not null && _parties.PassiveReceiver.IsPassive(scene, passive))
        {
            if (CanReceive(subject)) recipient ??= subject.Name;
            subject = null;
        }
        if (verb is { } givingVerb)
        {
            recipient ??= _parties.GivingVerbObject.Find(scene, givingVerb)?.Name;
            donor ??= RespectiveDonors.Find(scene, givingVerb) is { } respective ? DonorName(respective) : null;
        }
        recipient ??= _parties.RecipientBeforeAmount.Find(scene)?.Name ?? _parties.BorrowersProgramme.Find(scene)?.Name ?? _parties.StateInBeforeAmount.Find(scene)?.Name;
        if (recipient is null)
            foreach (var place in _parties.PlaceOfNeedRecipient.Candidates(scene))
                if (DonorName(place) != donor)
                {
                    recipient = place.Name;
                    break;
                }
        recipient ??= StateRightAfterAmount.Find(scene, donor) ?? _parties.PlaceRecipient.Find(scene);
        // "$30 million for demining in X": no party named, the state the money's use is placed in receives.
        recipient ??= _parties.PurposePlaceRecipient.Find(scene, donor);
        if (status == FundingStatus.Requested)
        {
            // "The cabinet has asked the legislature to approve $2.5 billion": a budget request to a legislature
            // is the state's own money; any other request names the requester, not the giver.
            var legislature = mentions.Select(m => m.Actor).FirstOrDefault(IsLegislature);
            // "sought $2 million from Zland", "asked partners for $2 million": the one asked would give it.
            var (asked, askedGroup) = legislature is null ? _parties.RequestAddressee.Find(scene) : (null, null);
            addressee = asked is not null ? DonorName(asked) : askedGroup;
            donor = legislature is not null ? DonorName(legislature) : addressee;
            // "..., and states of the region are appealing for $3 billion": the requester of this amount's own clause.
            // "X asked donors for $8 million", "the Red Cross launched an appeal for": the subject of the request asks for
            // itself (SCHEMA.md: requested money is asked for by its recipient).
            if (legislature is null)
            {
                requester = _parties.RequesterGroup.Find(text, window, amount) ?? Requester(scene, governing);
                recipient = requester ?? recipient ?? subject?.Name ?? _parties.RequesterGroup.Find(text, sentence, amount);
            }
        }
        else
        {
            if (verb is { } ownVerb && (_parties.OwnGovernmentSubject.IsSubjectOf(doc.Tokens, sentence, ownVerb)
                    || subject is { Kind: ActorKind.Person, Affiliation: null } && _parties.OwnGovernmentSubject.IsReportedBy(doc.Tokens, mentions.Last(m => m.Actor == subject && m.Span.End <= ownVerb.Start).Span, ownVerb)))
                donor ??= GovernmentsState(doc, mentions);
            donor ??= governingVerb is { } said ? _parties.GroupOfGiversSubject.Find(doc.Tokens, sentence, said) : null;
            // "The fund's board reviewed X's loan programme, unlocking $1 billion": the lender of the borrower's programme gives.
            if (subject is null) donor ??= NameOf(_parties.BorrowersProgramme.Lender(scene));
            // "X is the largest contributor, with $Y": no verb of giving, the party opening the sentence brings the amount.
            if (verb is null) donor ??= NameOf(_parties.WithAmountGiver.Find(scene));
            donor ??= subject is not null ? DonorName(subject)
                : _parties.DemonymDonor.Find(scene) ?? NameOf(OwnerOfAmount.Find(scene) ?? _parties.OwnerOfAid.Find(scene) ?? _parties.PossessiveAntecedent.Find(scene))
                  ?? (verbsBefore is { Count: > 0 } ? _parties.GiverGroupPhrase.Find(text, sentence, verbsBefore[0].Span) : null);
        }
        if (recipient == donor || IsGiversOwnBody(doc, sentence, mentions, recipient, donor)) recipient = null;
        return (donor, DonorBody(mentions, donor, amount), recipient, channel, requester is not null, status == FundingStatus.Requested && NamesAsker(scene, governing),
            addressee is not null);
    }

    /// <summary>"Japan gave $3 million to its aid agency for flood victims in Zland": a body that gives for the donor (its ministry,
    /// agency, embassy or state bank) passes the donor's money on abroad and is no receiver of it. A state spending at home ("Kenya
    /// allocated Sh900 million to its health ministry": the story's own state, no other state in the sentence) funds its body.</summary>
    private bool IsGiversOwnBody(AnalysisDocument doc, Span sentence, List<(Actor Actor, Span Span)> mentions, string? recipient, string? donor)
    {
        if (recipient is null || donor is null) return false;
        var body = mentions.Find(m => m.Actor.Name == recipient).Actor;
        if (body is not { Kind: ActorKind.Organization } || DonorName(body) != donor) return false;
        if (donor != doc.Context.HomeState) return true;
        foreach (var entity in doc.EntitiesIn(sentence))
            if (entity.Type is MentionType.Country or MentionType.Demonym && entity.Canonical != donor) return true;
        return false;
    }

    private string? NameOf(Actor? giver) => giver is null ? null : DonorName(giver);

    /// <summary>The state an unnamed "the government" stands for: that of an official or state body the sentence names ("the
    /// treasury secretary said the government would free up"), else the dateline's state. Nothing else tells: the article's home
    /// state is as often the foreign giver ("X: the government provided") as the one the story happens in.</summary>
    private string? GovernmentsState(AnalysisDocument doc, List<(Actor Actor, Span Span)> mentions)
    {
        foreach (var (actor, _) in mentions)
            if (actor.Kind != ActorKind.Country && DonorName(actor) is var state && state != actor.Name && lexicon.CountryByForm.ContainsKey(state))
                return state;
        return doc.Context.DatelineState;
    }

    /// <summary>Who makes the request nearest before the amount: the subject of its cue ("X asked donors for", "WHO said it
    /// needs"); an official asks for the state they serve. A proposal ("the White House proposed") or a state's own body
    /// asking is a budget request to a legislature, for the state's money, not a request for itself.</summary>
    private string? Requester(PartyScene scene, (FundingCue Entry, Span Span)? governing)
    {
        var (doc, mentions) = (scene.Doc, scene.Mentions);
        if (LastRequestBefore(scene, governing) is not { } request || request.Entry.Phrase.StartsWith("propos", StringComparison.OrdinalIgnoreCase)) return null;
        var cue = request.Span;
        var asker = _parties.SubjectOfGiving.Find(scene, cue) ?? PossessiveAsker.Find(doc.Tokens, mentions, cue);
        if (asker is null) return null;
        if (asker.Kind == ActorKind.Person) return asker.Affiliation is null ? null : DonorName(asker);
        if (DonorName(asker) == asker.Name) return asker.Name;
        // "The Administration is requesting $20 billion" is a budget request; "X's health ministry asked donors for" names
        // the state it asks for by the possessive before it.
        var owner = PossessiveAsker.Find(doc.Tokens, mentions.Where(m => m.Actor != asker).ToList(), mentions.LastOrDefault(m => m.Actor == asker && m.Span.End <= cue.End).Span);
        return owner is not null && DonorName(owner) == DonorName(asker) ? DonorName(owner) : null;
    }

    /// <summary>The request cue nearest before the amount in its window. "WFP needs $22 million": the verb whose object the
    /// amount is says who asks. An appeal the UN launches "for X" is asked for the state it names, which the recipient rules read.</summary>
    private (FundingCue Entry, Span Span)? LastRequestBefore(PartyScene scene, (FundingCue Entry, Span Span)? governing)
    {
        var doc = scene.Doc;
        var scope = new Span(scene.Window.Start, scene.Amount.Start);
        var requests = scope.Length == 0 || !MayHoldCue(doc.Text, scope) ? []
            : _cues.Find(doc.Words, scope).Where(c => c.Entry.Status == FundingStatus.Requested).ToList();
        if (governing is { Entry: { Status: FundingStatus.Requested, Governs: "object" } } need) requests.Add(need);
        return requests.Count == 0 ? null : requests[^1];
    }

    /// <summary>How many words before a request verb are read for its subject.</summary>
    private const int AskerReach = 30;

    /// <summary>Whether the request verb before the amount has a subject of its own, an actor or not ("The company needs $3
    /// million"): a word right before it other than an <see cref="PartyWords.AskerlessRequestWords"/> one. A passive ("$3 million
    /// is needed"), a noun ("a funding gap of", "the appeal"), or a subject that is a plan, an appeal, the government or a pronoun
    /// (<see cref="PartyWords.StoryAskerWords"/>: "the response plan for X seeks", "it needs") names no asker of its own.</summary>
    private bool NamesAsker(PartyScene scene, (FundingCue Entry, Span Span)? governing)
    {
        if (LastRequestBefore(scene, governing) is not { } request || request.Entry.Governs == "noun") return false;
        var tokens = scene.Doc.Tokens;
        var words = _parties.Words;
        if (tokens.IsAny(tokens.FirstStartingFrom(request.Span.Start), words.AskerlessRequestWords)) return false;
        var before = tokens.WordRightBefore(request.Span.Start, scene.Sentence.Start, WordSpacing.OneWhitespace);
        if (before < 0 || tokens.IsAny(before, words.AskerlessRequestWords)) return false;
        for (var (i, n) = (tokens.LastEndingBy(request.Span.End), 0); i >= 0 && tokens[i].Start >= scene.Sentence.Start && n < AskerReach; i--, n++)
            if (tokens.IsAny(i, words.StoryAskerWords)) return false;
        return true;
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

    /// <summary>Whose money a giver gives: a body of a state or union gives for it (the Commission for the European
    /// Union, a ministry or state agency for its country), an official for the state or body they serve.</summary>
    private string DonorName(Actor actor)
    {
        if (_donorBodies.TryGetValue(actor.Name, out var union)) return union;
        if (actor.Affiliation is null) return actor.Name;
        if (actor.Kind == ActorKind.Person) return _donorBodies.GetValueOrDefault(actor.Affiliation, actor.Affiliation);
        var isStateBody = GovernmentBody.Matches(actor.Name)
            || lexicon.OrganizationByName.TryGetValue(actor.Name, out var entry) && entry.Type is "agency" or "parliament" or "government"
            || IsStateNamedBank(actor.Name, actor.Affiliation);
        return actor.Kind == ActorKind.Organization && isStateBody ? actor.Affiliation : actor.Name;
    }

    /// <summary>"Export-Import Bank of Zland": a bank named after the state it belongs to is that state's body.</summary>
    private bool IsStateNamedBank(string name, string state) =>
        _parties.Words.StateNamedBanks.Any(head => name.EndsWith($"{head} of {state}", StringComparison.Ordinal));

    /// <summary>Money goes to states, peoples and organisations; a person named after "for" is a spokesman's
    /// employer or a dedicatee, not a recipient.</summary>
    private static bool CanReceive(Actor actor) => actor.Kind != ActorKind.Person;

    private bool IsLegislature(Actor actor) =>
        actor.Kind == ActorKind.Organization && lexicon.OrganizationByName.TryGetValue(actor.Name, out var entry) && entry.Type == "parliament";

    private (Span Verb, FundingStatus Status)? LightVerb(TokenLayer tokens, Span sentence, Span amount) => _parties.LightVerbGift.Find(tokens, sentence, amount);

    /// <summary>"has received gifts worth 2 million yuan": a verb of receiving before the amount, relative to the sentence, the
    /// first that reaches the amount (<see cref="ReceivingReach"/>). The aid-sentence test reads the verbs too.</summary>
    private (int Index, int Length)? ReceivingBefore(AnalysisDocument doc, int moneyIndex, Span sentence)
    {
        var scope = new Span(sentence.Start, Math.Max(sentence.Start, doc.Money[moneyIndex].Span.Start));
        while (_parties.ReceivingVerb.First(doc.Tokens, scope) is { } verb)
        {
            if (_parties.ReceivingReach.Reaches(doc, verb.End, moneyIndex)) return (verb.Start - sentence.Start, verb.Length);
            scope = new Span(verb.End, scope.End);
        }
        return null;
    }

    private string? HeadlineRecipient(AnalysisDocument doc, ActorMentionIndex index, Span headline) => _parties.HeadlineRecipient.Find(doc, index, headline);

    private void AttachLaterChannels(AnalysisDocument doc, ActorMentionIndex index, Draft[] figures) => _parties.LaterChannels.Attach(doc, index, figures);
}
