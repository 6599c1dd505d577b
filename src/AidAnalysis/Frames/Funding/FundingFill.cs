using System.Runtime.InteropServices;
using AidAnalysis.Context;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>The second pass of the funding stage: figures whose own clause leaves a gap take the giver, receiver, status,
/// type and year of the figures around them, of a list's announcement or of the article as a whole.</summary>
public sealed partial class FundingBuilder
{
    /// <summary>
    /// A figure in aid context without a named donor or recipient takes the nearest earlier one in its
    /// stretch of text, else the article's most frequent one (requests name the requester, not the giver).
    /// The type falls back to the headline's, then to the article's dominant type.
    /// </summary>
    private Frame?[] FillFromContext(AnalysisDocument doc, DocumentContext context, Frame?[] frames)
    {
        var explicitFrames = frames.Where(f => f is not null).Select(f => f!).ToList();
        // Requests carry a donor only when made to the state's own legislature; then that state gives the article's
        // other requests, and its background money, too.
        // A request made to a giver ("asked Zland for") names that giver for itself alone.
        var legislatureDonor = MostCommon(explicitFrames.Where(f => f.Status == FundingStatus.Requested && !f.NamesAddressee).Select(f => f.Donor));
        var mainDonor = MostCommon(explicitFrames.Where(f => f.Status != FundingStatus.Requested).Select(f => f.Donor)) ?? legislatureDonor ?? context.HeadlineDonor;
        // Recipients are charted at the donor's level (SCHEMA.md): a body of the receiving state stands for that state.
        var actorsByName = new Dictionary<string, Actor>();
        foreach (var actor in doc.Actors) actorsByName.TryAdd(actor.Name, actor);
        var mainRecipient = _parties.StateLevelRecipient.Of(actorsByName, ArticleRecipient(doc, context, explicitFrames, mainDonor), mainDonor);
        var homeState = context.HomeState;
        // A story whose figures and headline name no receiver is about aid to the state it is about, from a foreign state or an
        // international body (as LocalRecipient reads the dateline), unless that state gives; a sum in that state's own currency
        // is its own money, not aid to it.
        var storyState = mainRecipient is null && mainDonor is not null && homeState != mainDonor ? homeState : null;
        string? StoryStateFor(Frame f, string? donor) =>
            storyState is { } state && donor is not null && donor != state && GivesAcrossBorders(donor)
            && !_parties.StateLevelRecipient.InOwnCurrency(state, f.Money) ? state : null;
        var hasSingleYearNews = explicitFrames.Any(f => IsNews(f.Status) && f.IsAidContext && !_rules.SpreadOverYears.Around(doc.Tokens, f.Sentence, f.Money.Span));
        var headlineType = context.HeadlineType;
        var dominantType = context.DominantType;
        var filled = (Frame?[])frames.Clone();
        Frame? lastWithDonor = null, lastWithRecipient = null, previous = null, lastNews = null, listParent = null, lastRequest = null;
        var lastListParagraph = int.MinValue;
        var perfects = new Dictionary<Span, CommittedProgramme.Perfect[]>();
        for (var i = 0; i < frames.Length; i++)
        {
            if (frames[i] is not { } f) continue;
            // "- EUR 20 million to a food agency": a list line with no verb of its own, under an announcement a
            // few paragraphs up (or under the list line before it), is a line of that announcement: its giver, status,
            // type and year.
            // A line of a list a colon introduces is one even when its own words name aid ("for emergency food assistance").
            var colonLine = f.Status == FundingStatus.Unspecified && ColonListLine.Holds(doc.Text, f.Money.Span);
            if ((colonLine || !f.IsAidContext && f.Status == FundingStatus.Unspecified && _markedListLine.Holds(doc.Tokens, f.Money.Span)) && ParagraphOf(doc, f) is var paragraph and >= 0)
            {
                listParent = lastListParagraph >= paragraph - 1 ? listParent
                    : lastNews is not null && paragraph - ParagraphOf(doc, lastNews) <= ListReach ? lastNews : null;
                lastListParagraph = paragraph;
                if (listParent is { } parent) f = Continues(f, parent, withRecipient: false);
            }
            // "Of the $2 billion, $400 million ...": the whole named again is the earlier figure of that amount (one row), and
            // the parts after it continue that figure, not the sentence before.
            if (f.Status == FundingStatus.Unspecified && NamesWholeAgain(doc, f) && EarlierFigureOf(filled, i) is { } whole)
                f = Continues(f, whole, withRecipient: true);
            // "Of that sum, $15m is for ...": parts listed with no figure in the sentence before (a quote stands between)
            // continue the announced figure a few paragraphs up.
            else if (f.Status == FundingStatus.Unspecified && lastNews is not null && !(previous is not null && previous.SentenceIndex >= f.SentenceIndex - 1)
                     && ListsPartsOf(doc, f, lastNews))
                f = Continues(f, lastNews, withRecipient: false);
            var donor = f.Donor;
            var donorBody = f.DonorBody;
            var recipient = f.Recipient;
            var channel = f.Channel;
            var status = f.Status;
            // "This includes $5 billion for ...": a sentence that lists the parts of the one before continues its status.
            if (status == FundingStatus.Unspecified && previous is not null && previous.SentenceIndex >= f.SentenceIndex - 1
                && _rules.ListOfParts.Opens(doc.Tokens, f.Sentence))
                status = previous.Status;
            // "has pledged to give EUR 2 billion a year for four years": beside the day's
            // own figures, a programme already in place over several years is the commitment they come under.
            if (status == FundingStatus.Pledged && hasSingleYearNews && _rules.CommittedProgramme.Holds(doc, f.Sentence, f.Money.Span, perfects))
                status = FundingStatus.Previous;
            // A request that names its own requester ("the UN appealed for") is not one to the legislature.
            if (f.IsAidContext && status == FundingStatus.Requested && !f.NamesRequester)
                donor ??= legislatureDonor;
            // "The government set aside $8 million from the state budget": a government's own budget money is its spending at home.
            // Whose clause names no giver is the story's receiving state's, and no receiver but its own clause's takes it.
            // A clause that names another giver ("Japan will provide $3 million from its budget") spends that giver's money abroad.
            var ownBudget = f.IsAidContext && (donor is null || donor == mainRecipient || donor == homeState) && _parties.OwnBudgetSource.Holds(doc.Tokens, f.Money.Span, f.Sentence);
            // "The ministry has received donations including 18.9 million yuan": the givers are whoever the sentence
            // names, not the story's donor. An unnamed receiver ("it had received $2 million", "the plan has received") is
            // who asked for the money a few paragraphs up (SCHEMA.md: requested money is asked for by its recipient), else the
            // article's own state.
            // "The food agency will receive $8 million": money still to come to a receiver whose clause names no giver is the story's
            // giver's, shared out.
            if (donor is null && f.IsReceiptToCome && status is not (FundingStatus.Previous or FundingStatus.Requested or FundingStatus.Delivered))
            {
                if (lastWithDonor is not null && SameStretch(doc, lastWithDonor, f)) (donor, donorBody) = (lastWithDonor.Donor, lastWithDonor.DonorBody);
                donor ??= mainDonor;
            }
            if (f.IsReceived)
                recipient ??= (lastRequest is not null && ParagraphOf(doc, f) - ParagraphOf(doc, lastRequest) <= RequestReach ? lastRequest.Recipient : null)
                    ?? homeState;
            // A budget request to the state's own legislature is that state's money for the story's receiver, like its other news.
            else if (f.IsAidContext && (status != FundingStatus.Requested || legislatureDonor is not null && donor == legislatureDonor))
            {
                if (donor is null && ownBudget && mainRecipient is not null && lexicon.CountryByForm.ContainsKey(mainRecipient))
                    donor = mainRecipient;
                if (donor is null && lastWithDonor is not null && SameStretch(doc, lastWithDonor, f)) (donor, donorBody) = (lastWithDonor.Donor, lastWithDonor.DonorBody);
                donor ??= mainDonor;
                // "to be paid through a UN agency": money whose own sentence names only an agency of an international body as the
                // way it passes goes to that agency (not "through USAID", the donor's own, nor "through the G7", a group of givers).
                if (recipient is null && f.Channel is not null && IsInternationalAgency(f.Channel)) (recipient, channel) = (f.Channel, null);
                if (!ownBudget)
                    recipient ??= (lastWithRecipient is not null && SameStretch(doc, lastWithRecipient, f) ? lastWithRecipient.Recipient : null) ?? mainRecipient
                        ?? LocalRecipient(doc, context, donor) ?? StoryStateFor(f, donor);
                if (recipient == donor) recipient = null;
            }
            // "$3 million is needed for food", "a funding gap of $2 billion": a request whose own clause names no requester, nor
            // any subject of its verb ("The company needs"), is asked for by the story's receiver (SCHEMA.md: requested money is
            // asked for by its recipient).
            else if (status == FundingStatus.Requested && recipient is null && channel is null && !f.NamesRequester && !f.NamesAsker)
            {
                recipient = mainRecipient ?? StoryStateFor(f, donor ?? mainDonor);
                if (recipient == donor) recipient = null;
            }
            // A body the clause names for the giver's own state stays as named (spending through its own department); one only
            // carried over from the story is its state, which gives nothing to itself. A body the clause names as receiving a sum
            // in its own state's currency stays as named too (that state's own allocation).
            if (_parties.StateLevelRecipient.Of(actorsByName, recipient, mainDonor) is var state && state != recipient
                && !(recipient == f.Recipient && _parties.StateLevelRecipient.InOwnCurrency(state!, f.Money)))
                recipient = state != donor ? state : recipient == f.Recipient ? recipient : null;
            if (f.Status != FundingStatus.Requested)
            {
                if (f.Donor is not null) lastWithDonor = f;
                if (f.Recipient is not null) lastWithRecipient = f;
            }
            // The news an article reports (an announcement, a decision, a request, a payment) happens in its year
            // unless the text dates it otherwise; a programme spread over several years has no one year.
            var year = f.Year ?? (IsNews(status) && f.IsAidContext && !_rules.SpreadOverYears.ForYear(doc, f.Sentence, f.Money.Span)
                && !_rules.RelativeFiscalYear.In(doc, f.Sentence) ? doc.ReferenceYear : null);
            // A rate ("$12 a month") is dated like the story's other money, but is no money given (UnitRate).
            if (f.IsRate) status = FundingStatus.Unspecified;
            var aidType = f.AidType;
            // A mixed package keeps no type; any other figure without one takes its neighbour's, the headline's or the article's.
            var lacksType = aidType == AidType.Unspecified && !f.IsMixedType;
            // "A pledged a $4 billion loan, with B adding $6 billion and C giving $1 billion": parallel amounts share a type.
            if (lacksType && f.IsAidContext && previous is not null && previous.SentenceIndex == f.SentenceIndex) aidType = previous.AidType;
            // Own-budget money at home names no receiver, yet is spent on the story's relief.
            if (lacksType && aidType == AidType.Unspecified && (recipient is not null || ownBudget) && f.IsAidContext) aidType = headlineType;
            if (lacksType && aidType == AidType.Unspecified && status != FundingStatus.Unspecified) aidType = dominantType;
            // A type guessed from around a lender's money (the World Bank's loan in a story of flood relief) is the lender's own kind;
            // so is a lender's aid money that no word and no neighbour types ("$500 million from the regional development bank").
            if (lacksType && (aidType != AidType.Unspecified || f.IsAidContext) && MultilateralLender.Is(lexicon, donor)) aidType = AidType.Financial;
            // "a $40 million grant for flood-resilient housing": the crisis a lender's project answers does not make its money relief;
            // a lender's money handed to a UN agency or an aid charity pays that body's relief.
            if (aidType == AidType.Humanitarian && MultilateralLender.Is(lexicon, donor)
                && !(recipient is not null && (IsInternationalAgency(recipient) || lexicon.OrganizationByName.TryGetValue(recipient, out var body) && body.Type == "ngo"))
                && !_rules.LenderProject.NamesRelief(doc.Tokens, f.Sentence, f.Money.Span))
                aidType = AidType.Financial;
            // Read once the type is known: an aid figure of an earlier year that no status word governs is history.
            if (f.IsAidContext) status = EarlierYearBackground.Of(status, aidType, year, doc.ReferenceYear);
            var filledBody = donor == f.Donor ? donorBody : null;
            // Most frames of a long text gain nothing from context; those are kept as they are (a list line made news above is new).
            filled[i] = previous = donor == f.Donor && filledBody == f.DonorBody && recipient == f.Recipient && channel == f.Channel
                && aidType == f.AidType && year == f.Year && status == f.Status && ReferenceEquals(f, frames[i])
                ? f
                : f with { Donor = donor, DonorBody = filledBody, Recipient = recipient, Channel = channel, AidType = aidType, Year = year, Status = status };
            if (f.IsAidContext && IsNews(status) && !_markedListLine.Holds(doc.Tokens, f.Money.Span)) lastNews = previous;
            if (status == FundingStatus.Requested && recipient is not null) lastRequest = previous;
            // "Germany's ministry said it had given $40 million ... It said it had received $6 million": once a figure's
            // sentence names another state after the request, an unnamed receiver is more likely that state than the requester.
            else if (lastRequest is not null && NamesOtherState(doc, f.Sentence, lastRequest.Recipient)) lastRequest = null;
        }
        return filled;
    }

    private const int WholeReach = 50;

    /// <summary>Whether the figure's sentence opens by dividing a whole ("Of the total, ...", "Of this, ...") within
    /// <see cref="ListReach"/> paragraphs below the news figure, in a later sentence. "This includes ..." is left out: it
    /// lists what the sentence right before names, which may be money with no figure.</summary>
    private bool ListsPartsOf(AnalysisDocument doc, Frame part, Frame news) =>
        news.SentenceIndex < part.SentenceIndex && ParagraphOf(doc, part) - ParagraphOf(doc, news) <= ListReach
        && _rules.ListOfParts.DividesWhole(doc.Tokens, part.Sentence);

    /// <summary>"Of the $2 billion, ...": the amount stands right after the "Of the" opening its sentence.</summary>
    private bool NamesWholeAgain(AnalysisDocument doc, Frame frame) =>
        frame.Money.Span.Start - frame.Sentence.Start is > 0 and <= 10 && _rules.ListOfParts.DividesWhole(doc.Tokens, frame.Sentence);

    /// <summary>The latest earlier figure of the same amount (value and currency) that is news or background, if any, among
    /// the last <see cref="WholeReach"/> amounts (a bound that keeps dense text linear).</summary>
    private static Frame? EarlierFigureOf(Frame?[] filled, int index)
    {
        var money = filled[index]!.Money;
        if (money.Value is null) return null;
        for (var j = index - 1; j >= Math.Max(0, index - WholeReach); j--)
            if (filled[j] is { } earlier && earlier.Money.Value == money.Value && earlier.Money.Currency == money.Currency
                && earlier.Status != FundingStatus.Unspecified)
                return earlier;
        return null;
    }

    /// <summary>How many paragraphs a list may stand below the announcement it details (a quote or a photo between).</summary>
    private const int ListReach = 3;

    /// <summary>How many paragraphs below a request money received ("it had received $6 million so far") is still read as
    /// received against it: an appeal's progress is told in the next few paragraphs, as a list's lines are.</summary>
    private const int RequestReach = 3;

    private static int ParagraphOf(AnalysisDocument doc, Frame frame) =>
        frame.SentenceIndex >= 0 ? doc.Sentences[frame.SentenceIndex].Paragraph : -1;

    /// <summary>The receiver of the article's figures whose own clause names none: the one named most often. A receiver
    /// described by a common noun ("families who lost their homes") stands for the story only where the lead (the paragraphs
    /// of the first figures) describes it; one described further down belongs to its own clause and gives way to a state the
    /// figures name, the headline's, the dateline's or the one the story is about, never the giver's (SCHEMA.md: a state or an organisation).</summary>
    private string? ArticleRecipient(AnalysisDocument doc, DocumentContext context, List<Frame> explicitFrames, string? mainDonor)
    {
        // Organisations grouped by kind ("UN agencies", "local partners") receive in their own clause, not for the story.
        var recipients = explicitFrames.Where(f => f.Status != FundingStatus.Requested && !_parties.OrganisationGroupRecipient.IsGroup(f.Recipient))
            .Select(f => f.Recipient).ToList();
        var common = MostCommon(recipients);
        if (common is null) return context.HeadlineRecipient;
        var leadEnd = ParagraphOf(doc, explicitFrames[0]) + LeadParagraphs;
        if (char.IsUpper(common[0]) || doc.Actors.Any(a => a.Name == common)
            || explicitFrames.Any(f => f.Recipient == common && ParagraphOf(doc, f) is var paragraph && paragraph >= 0 && paragraph <= leadEnd))
            return common;
        // The giver is never its own story's receiver: a fallback that names it ("TOKYO - Japan pledged ...") is passed over.
        string? Other(string? state) => state != mainDonor ? state : null;
        return Other(MostCommon(recipients.Where(r => r is not null && lexicon.CountryByForm.ContainsKey(r))))
            ?? Other(context.HeadlineRecipient) ?? Other(context.DatelineState) ?? Other(context.HomeState) ?? common;
    }

    /// <summary>How many paragraphs after the first figure's make the lead.</summary>
    private const int LeadParagraphs = 2;

    /// <summary>"PORTVILLE, Freedonia - Sylvania ...": a story datelined in another state than the giving state's, that names no
    /// receiver, is about aid arriving where it is written. An international body ("the European Union released ...", "the
    /// regional development bank approved ...") gives across borders like a foreign state, so its money arrives there too, but
    /// only where the story names that state again: a body datelined at its own seat ("MANILA - The Asian Development Bank
    /// approved ...") writes from home, not from where its money goes.</summary>
    private string? LocalRecipient(AnalysisDocument doc, DocumentContext context, string? donor) =>
        context.DatelineState is { } local && donor is not null && local != donor && GivesAcrossBorders(donor)
        && (lexicon.CountryByForm.ContainsKey(donor) || NamesStateAgain(doc, context.Dateline, local)) ? local : null;

    /// <summary>Whether a giver gives across borders: a state, or an international body (as <see cref="IsInternational"/>).</summary>
    private bool GivesAcrossBorders(string donor) => lexicon.CountryByForm.ContainsKey(donor) || IsInternational(donor);

    /// <summary>Whether a sentence names a state (by its name or demonym) other than <paramref name="party"/>.</summary>
    private static bool NamesOtherState(AnalysisDocument doc, Span sentence, string? party) =>
        doc.Entities.Any(e => e.Span.Start >= sentence.Start && e.Span.End <= sentence.End && e.Type is MentionType.Country or MentionType.Demonym
            && e.Canonical != party);

    /// <summary>Whether the text names the state (by its name or demonym, not a city of it) after its dateline.</summary>
    private static bool NamesStateAgain(AnalysisDocument doc, Dateline dateline, string state)
    {
        var after = Math.Max(dateline.Wire.End, Math.Max(dateline.Capitals.End, dateline.Credit.End));
        return doc.Entities.Any(e => e.Span.Start >= after && e.Canonical == state && e.Type is MentionType.Country or MentionType.Demonym);
    }

    /// <summary>Whether the lexicon lists an organisation as an international body (EU, development banks, UN funds).</summary>
    private bool IsInternational(string organization) =>
        lexicon.OrganizationByName.TryGetValue(organization, out var entry) && entry.Type == "international";

    /// <summary>Whether an organisation is an agency of an international body (a UN agency).</summary>
    private bool IsInternationalAgency(string organization) =>
        lexicon.OrganizationByName.TryGetValue(organization, out var entry) && entry.Affiliation is { } body && IsInternational(body);

    /// <summary>A figure that continues an earlier one: that figure's status, and its giver, type and year (and receiver)
    /// where the figure's own sentence names none.</summary>
    private static Frame Continues(Frame f, Frame earlier, bool withRecipient) => f with
    {
        IsAidContext = true, Status = earlier.Status, Donor = f.Donor ?? earlier.Donor, DonorBody = f.Donor is null ? earlier.DonorBody : f.DonorBody,
        Recipient = withRecipient ? f.Recipient ?? earlier.Recipient : f.Recipient, Year = f.Year ?? earlier.Year,
        AidType = f.AidType == AidType.Unspecified ? earlier.AidType : f.AidType,
    };

    private static bool SameStretch(AnalysisDocument doc, Frame a, Frame b) =>
        a.SentenceIndex >= 0 && b.SentenceIndex >= 0
        && Math.Abs(doc.Sentences[a.SentenceIndex].Paragraph - doc.Sentences[b.SentenceIndex].Paragraph) <= 1;

    /// <summary>The name given most often; at a tie, the one given first.</summary>
    private static string? MostCommon(IEnumerable<string?> names)
    {
        var counts = new Dictionary<string, int>();
        var firstSeen = new List<string>();
        foreach (var name in names)
        {
            if (name is null) continue;
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, name, out var known);
            if (!known) firstSeen.Add(name);
            count++;
        }
        string? best = null;
        foreach (var name in firstSeen)
            if (best is null || counts[name] > counts[best]) best = name;
        return best;
    }
}
