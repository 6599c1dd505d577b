using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AidAnalysis.Context;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that builds a funding figure around every money amount. A first pass reads each
/// amount's own clause (<see cref="Parties"/>, <see cref="Attributes"/>); a second pass lets a figure
/// with a funding verb or aid noun but no named giver or receiver continue the story of the figures
/// around it; converted pairs share one frame; the same amount repeated for the same thing is one row.
/// </summary>
public sealed partial class FundingBuilder(Lexicon lexicon) : IPipelineStage
{
    /// <summary>How far either side of an amount its context is read; real sentences are shorter.</summary>
    private const int ContextReach = 500;
    private const int ContextBudget = 2_000_000;

    [GeneratedRegex(@"^(?:This|These|It|That|The (?:package|request|funding|assistance))\s(?:also\s)?(?:includes?|comprises?|consists? of)\b|^Of (?:this|that|these|the)\b|^(?:Another|The remaining|The rest)\b", TextPatterns.WindowOptions)]
    private static partial Regex ListsParts { get; }
    /// <summary>Nouns that make a sentence about aid; "ODA" is the OECD DAC's official development assistance. The funding
    /// patterns read an amount's clause or sentence many times over; made of literals, they run in linear time on the
    /// source-generated backtracking engine, which costs far less per call than the non-backtracking one.</summary>
    [GeneratedRegex(@"\b(?:aid|assistance|support|loans?|grants?|donations?|contributions?|package|funding|relief|ODA)\b", TextPatterns.WindowOptions)]
    private static partial Regex AidNounAnywhere { get; }

    private readonly PhraseMatcher<FundingCue> _cues = new(lexicon.FundingCues.Where(c => !c.GovernsOnly), c => c.Phrase);
    /// <summary>Every cue starts with a letter, so a cue found in a stretch has a letter inside it.</summary>
    private readonly bool _everyCueStartsWithLetter = lexicon.FundingCues.All(c => c.Phrase.Length > 0 && char.IsLetter(c.Phrase[0]));
    private readonly PhraseMatcher<FundingCue> _givingVerbs = new(lexicon.FundingCues.Where(c => c.IsGivingVerb && !c.GovernsOnly), c => c.Phrase);
    private readonly Dictionary<string, string> _donorBodies = lexicon.DonorBodies
        .SelectMany(b => b.Aliases.Prepend(b.Body).Select(form => (Form: form, b.Donor)))
        .GroupBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Donor, StringComparer.OrdinalIgnoreCase);

    /// <summary>What one amount's own clause says, before context fills the gaps.</summary>
    internal sealed record Frame(MoneyMention Money, Span Sentence, int SentenceIndex, string? Donor, string? DonorBody, string? Recipient, string? Channel,
        FundingStatus Status, AidType AidType, int? Year, string? Purpose, bool IsTotal, bool IsAidContext, bool IsReceived, bool IsMixedType,
        bool NamesRequester = false);

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var index = document.ActorMentions;
        var frames = new Frame?[document.Money.Count];
        // Context is read within a reach that shrinks when amounts are packed densely (hostile input), keeping the stage linear.
        var reach = Math.Clamp(ContextBudget / Math.Max(1, document.Money.Count), 40, ContextReach);
        // The article's budget year is read from the whole text once, and only if a budget figure needs it.
        var budgetYear = new Lazy<int?>(() => _rules.BudgetYear.Single(document.Text));
        // Whether a sentence is about aid, read once for all the amounts it holds (unless amounts are so dense that
        // each reads its own stretch of text).
        var aidSentences = reach == ContextReach ? new Dictionary<Span, bool>() : null;
        var letterless = new LetterlessRuns(document.Text, AsciiNonLetters);
        for (var i = 0; i < document.Money.Count; i++)
            if (document.Money[i].ConvertedFrom is null) frames[i] = Read(document, index, i, reach, budgetYear, aidSentences, letterless);

        var context = document.Context;
        var filled = FillFromContext(document, context, frames);
        var drafts = new Draft[document.Money.Count];
        for (var i = 0; i < drafts.Length; i++)
        {
            var money = document.Money[i];
            if (money.ConvertedFrom is null)
            {
                drafts[i] = new Draft(filled[i]!, null, filled[i]!.Channel, money.Currency);
                continue;
            }
            // "A (B) (C)": every conversion shares the frame of the amount the chain starts from.
            var root = money.ConvertedFrom.Value;
            while (document.Money[root].ConvertedFrom is { } up) root = up;
            drafts[i] = new Draft(filled[root]! with { Money = money }, $"F{root + 1}", filled[root]!.Channel, money.Currency);
        }
        AttachLaterChannels(document, index, drafts);
        for (var i = 0; i < drafts.Length; i++) drafts[i] = drafts[i] with { Currency = DonorsCurrency(drafts[i]) };
        var published = document.ReferenceYear;
        return document with { Funding = RepeatedAmounts.Merge(drafts, context.Headline).Select(f => WithUsd(f, published)).ToArray() };
    }

    private Frame Read(AnalysisDocument doc, ActorMentionIndex index, int moneyIndex, int reach, Lazy<int?> budgetYear, Dictionary<Span, bool>? aidSentences,
        LetterlessRuns letterless)
    {
        var text = doc.Text;
        var money = doc.Money[moneyIndex];
        var sentenceIndex = doc.SentenceIndexAt(money.Span.Start);
        // An amount the segmenter split ("Rs. 500 million" before "Rs." was known) reads the sentences it runs into as one.
        var lastIndex = doc.SentenceIndexAt(money.Span.End - 1);
        var sentence = (sentenceIndex < 0 ? money.Span
            : lastIndex > sentenceIndex ? new Span(doc.Sentences[sentenceIndex].Span.Start, doc.Sentences[lastIndex].Span.End)
            : doc.Sentences[sentenceIndex].Span).Around(money.Span, reach);
        // A run of bare amounts ("$1 $1 $1 ...") holds no cue, party, purpose or total: only a year can be read there.
        if (IsBareStretch(doc, index, letterless, money.Span, sentence))
            return new Frame(money, sentence, sentenceIndex, null, null, null, null, FundingStatus.Unspecified, AidType.Unspecified,
                doc.Years.Count == 0 ? null : YearOf(doc, ClauseWindow(doc, moneyIndex, sentence), sentence, money.Span, budgetYear),
                null, false, false, false, false);
        var window = ClauseWindow(doc, moneyIndex, sentence);
        // An appeal for an amount ("agencies are seeking $7.7 billion") is aid context as much as a verb of giving.
        // "This includes $5 billion for ...": a sentence listing the parts of an aid sentence is aid context too.
        // "a $50 million flash appeal": an appeal noun may follow the amount (a need, "$X is needed", makes no aid context of a budget line).
        // The cue that governs the amount ("WFP needs $22 million"), read once for the context, status, receiver and requester.
        var governing = GoverningCue(doc, sentence, money.Span);
        var isAidContext = IsAidSentence(doc, sentence, aidSentences)
            || HoldsRequestCue(doc, new Span(Math.Max(sentence.Start, money.Span.Start - 30), money.Span.Start), _ => true)
            || HoldsRequestCue(doc, new Span(money.Span.End, Math.Min(sentence.End, money.Span.End + 20)), c => c.Phrase.EndsWith("appeal", StringComparison.Ordinal))
            || governing is not null
            || sentenceIndex > 0 && OpensWithListOfParts(text, sentence) && IsAidSentence(doc, doc.Sentences[sentenceIndex - 1].Span, aidSentences)
            // "brings total disbursements under the facility to $2.1bn": running-total wording names given money by itself.
            || _rules.RunningTotalWording.EndsBefore(text.AsSpan()[window.Start..money.Span.Start]);
        var year = YearOf(doc, window, sentence, money.Span, budgetYear);
        // Amounts that are not aid (a budget line, a price) have no aid status; money of a year before the
        // article's (or of an earlier month of its year) is background, whatever its verb says.
        var status = isAidContext ? Status(doc, window, sentence, money.Span, governing) : FundingStatus.Unspecified;
        if (status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered
            && (year < doc.ReferenceYear || (year is null || year == doc.ReferenceYear) && _rules.GivenInEarlierMonth.Holds(doc, window, money.Span, CueReach)))
            status = FundingStatus.Previous;
        // "Japan has committed $200 million in new loans to Bangladesh" as the story's first figure is its news: SCHEMA lists "has
        // committed" as pledged; elsewhere the tense keeps it the earlier commitment the news comes under.
        if (status == FundingStatus.Previous && !(year < doc.ReferenceYear) && IsFirstFigure(doc, moneyIndex) && OnlyCommitmentIsEarlier(doc, window)) status = FundingStatus.Pledged;
        var lightVerb = isAidContext ? LightVerb(text, sentence, money.Span) : null;
        if (status == FundingStatus.Unspecified && lightVerb is { } made) status = made.Status;
        if (status == FundingStatus.Allocated && ReleasedToReceiver.Holds(doc.Tokens, sentence, money.Span)) status = FundingStatus.Delivered;
        // "the fund has so far secured only $9.5 million": a verb of receiving whose object the amount is names its receiver.
        var receiving = ReceivingBefore(text, sentence, money.Span)
            ?? (governing is { Entry: { Governs: "object", Status: not FundingStatus.Requested } } received
                ? (received.Span.Start - sentence.Start, received.Span.Length) : null);
        var (donor, donorBody, recipient, channel, namesRequester) = Parties(doc, index, money, sentence, window, status, receiving, lightVerb?.Verb, governing);
        var isMixed = isAidContext && _rules.MixedPackage.Holds(text, money.Span, window);
        var aidType = isAidContext && !isMixed ? AidTypeNear(doc, sentence, window, sentenceIndex, money.Span) : AidType.Unspecified;
        return new Frame(money, sentence, sentenceIndex, donor, donorBody, recipient, channel, status, aidType, year,
            PurposeAfter.Of(text, money.Span, sentence), _rules.TotalAt.Holds(doc.Tokens, money.Span, sentence), isAidContext, receiving is not null, isMixed, namesRequester);
    }

    private bool HoldsRequestCue(AnalysisDocument doc, Span stretch, Func<FundingCue, bool> accepts) =>
        stretch.Length > 0 && MayHoldCue(doc.Text, stretch)
        && _cues.Find(doc.Words, stretch).Any(c => c.Entry.Status == FundingStatus.Requested && accepts(c.Entry));

    /// <summary>Whether the amount is the first of the body (after the headline) that is not a conversion.</summary>
    private static bool IsFirstFigure(AnalysisDocument doc, int moneyIndex)
    {
        var headlineEnd = doc.Context.Headline.End;
        for (var i = 0; i < moneyIndex; i++)
            if (doc.Money[i].ConvertedFrom is null && doc.Money[i].Span.Start >= headlineEnd) return false;
        return doc.Money[moneyIndex].Span.Start >= headlineEnd;
    }

    /// <summary>Whether every background cue of the clause is a perfect "has/have committed" (no "since", "so far", "in total").</summary>
    private bool OnlyCommitmentIsEarlier(AnalysisDocument doc, Span window)
    {
        var earlier = _cues.Find(doc.Words, window).Where(c => c.Entry.Status == FundingStatus.Previous).ToList();
        return earlier.Count > 0 && earlier.All(c => c.Entry.Phrase is "has committed" or "have committed");
    }

    /// <summary>"This includes ...", "Of this, ...", "Another $3 million will go to ...": <see cref="ListsParts"/> at the sentence's start, tried only where its
    /// case-sensitive first letter stands (most amounts' sentences open otherwise).</summary>
    private static bool OpensWithListOfParts(string text, Span sentence) =>
        sentence.Length > 0 && text[sentence.Start] is 'T' or 'I' or 'O' or 'A'
        && ListsParts.IsMatch(text.AsSpan(sentence.Start, Math.Min(40, sentence.Length)));

    /// <summary>Whether an amount's stretch of text (its sentence within reach, and the amount) has no letter and names no
    /// one: then every cue, marker, purpose and total pattern of the frame needs a letter (every cue starts with one) and
    /// cannot match there, and the frame reads nothing but a year.</summary>
    private bool IsBareStretch(AnalysisDocument doc, ActorMentionIndex index, LetterlessRuns letterless, Span amount, Span sentence) =>
        _everyCueStartsWithLetter && letterless.Hold(Math.Min(sentence.Start, amount.Start), Math.Max(sentence.End, amount.End))
        && (doc.Actors.Count == 0 || !index.Within(sentence).Any()) && (doc.Entities.Count == 0 || !doc.EntitiesIn(sentence).Any());

    private bool IsAidSentence(AnalysisDocument doc, Span sentence, Dictionary<Span, bool>? known)
    {
        if (known is not null && known.TryGetValue(sentence, out var isAid)) return isAid;
        // "UNICEF received $10 million from Japan": money received is given money, like money given.
        isAid = MayHoldCue(doc.Text, sentence)
            && (_givingVerbs.Find(doc.Words, sentence).Count > 0 || AidNounAnywhere.IsMatch(doc.Text.AsSpan()[sentence.Start..sentence.End])
                || ReceivingVerb.IsMatch(doc.Text.AsSpan()[sentence.Start..sentence.End]));
        if (known is not null) known[sentence] = isAid;
        return isAid;
    }

    /// <summary>Whether a stretch of text can hold a funding cue or aid noun: not when it has no letter (a run of bare
    /// amounts), since each starts with one. The check is vectorised, far cheaper than the phrase search it spares.</summary>
    private bool MayHoldCue(string text, Span stretch) =>
        !_everyCueStartsWithLetter || text.AsSpan(stretch.Start, stretch.Length).ContainsAnyExcept(AsciiNonLetters);

    private static readonly SearchValues<char> AsciiNonLetters =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c)).ToArray());

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
        var legislatureDonor = MostCommon(explicitFrames.Where(f => f.Status == FundingStatus.Requested).Select(f => f.Donor));
        var mainDonor = MostCommon(explicitFrames.Where(f => f.Status != FundingStatus.Requested).Select(f => f.Donor)) ?? legislatureDonor ?? context.HeadlineDonor;
        var mainRecipient = MostCommon(explicitFrames.Where(f => f.Status != FundingStatus.Requested).Select(f => f.Recipient)) ?? context.HeadlineRecipient;
        var homeState = context.HomeState;
        var hasSingleYearNews = explicitFrames.Any(f => IsNews(f.Status) && f.IsAidContext && !SpreadOverYears.Around(doc.Text, f.Sentence, f.Money.Span));
        var headlineType = context.HeadlineType;
        var dominantType = context.DominantType;
        var filled = (Frame?[])frames.Clone();
        Frame? lastWithDonor = null, lastWithRecipient = null, previous = null, lastNews = null, listParent = null;
        var lastListParagraph = int.MinValue;
        for (var i = 0; i < frames.Length; i++)
        {
            if (frames[i] is not { } f) continue;
            // "- NOK 150 million to the World Food Programme": a list line with no verb of its own, under an announcement a
            // few paragraphs up (or under the list line before it), is a line of that announcement: its giver, status,
            // type and year.
            // A line of a list a colon introduces is one even when its own words name aid ("for emergency food assistance").
            var colonLine = f.Status == FundingStatus.Unspecified && ColonListLine.Holds(doc.Text, f.Money.Span);
            if ((colonLine || !f.IsAidContext && f.Status == FundingStatus.Unspecified && IsListLine(doc.Text, f.Money.Span)) && ParagraphOf(doc, f) is var paragraph and >= 0)
            {
                listParent = lastListParagraph >= paragraph - 1 ? listParent
                    : lastNews is not null && paragraph - ParagraphOf(doc, lastNews) <= ListReach ? lastNews : null;
                lastListParagraph = paragraph;
                if (listParent is { } parent) f = Continues(f, parent, withRecipient: false);
            }
            // "Of the $2 billion, $400 million ...": the whole named again is the earlier figure of that amount (one row), and
            // the parts after it continue that figure, not the sentence before.
            if (f.Status == FundingStatus.Unspecified && NamesWholeAgain(doc.Text, f) && EarlierFigureOf(filled, i) is { } whole)
                f = Continues(f, whole, withRecipient: true);
            // "Of the total, $40m will go to ...": parts listed with no figure in the sentence before (a quote stands between)
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
                && OpensWithListOfParts(doc.Text, f.Sentence))
                status = previous.Status;
            // "has made a commitment to provide NOK 15 billion every year over the next five years": beside the day's
            // own figures, a programme spread over several years is the commitment they come under.
            if (status == FundingStatus.Pledged && hasSingleYearNews && SpreadOverYears.Around(doc.Text, f.Sentence, f.Money.Span))
                status = FundingStatus.Previous;
            // A request that names its own requester ("the UN appealed for") is not one to the legislature.
            if (f.IsAidContext && status == FundingStatus.Requested && !f.NamesRequester)
                donor ??= legislatureDonor;
            // "The ministry has received donations including 18.9 million yuan": the givers are whoever the sentence
            // names, not the story's donor; an unnamed receiver is the article's own state.
            if (f.IsReceived)
                recipient ??= homeState;
            // A budget request to the state's own legislature is that state's money for the story's receiver, like its other news.
            else if (f.IsAidContext && (status != FundingStatus.Requested || legislatureDonor is not null && donor == legislatureDonor))
            {
                if (donor is null && lastWithDonor is not null && SameStretch(doc, lastWithDonor, f)) (donor, donorBody) = (lastWithDonor.Donor, lastWithDonor.DonorBody);
                donor ??= mainDonor;
                // "to be delivered through UNRWA": money whose own sentence names only an agency of an international body as the
                // way it passes goes to that agency (not "through USAID", the donor's own, nor "through the G7", a group of givers).
                if (recipient is null && f.Channel is not null && IsInternationalAgency(f.Channel)) (recipient, channel) = (f.Channel, null);
                recipient ??= (lastWithRecipient is not null && SameStretch(doc, lastWithRecipient, f) ? lastWithRecipient.Recipient : null) ?? mainRecipient
                    ?? LocalRecipient(context, donor);
                if (recipient == donor) recipient = null;
            }
            if (f.Status != FundingStatus.Requested)
            {
                if (f.Donor is not null) lastWithDonor = f;
                if (f.Recipient is not null) lastWithRecipient = f;
            }
            // The news an article reports (an announcement, a decision, a request, a payment) happens in its year
            // unless the text dates it otherwise; a programme spread over several years has no one year.
            var year = f.Year ?? (IsNews(status) && f.IsAidContext && !_rules.SpreadOverYears.ForYear(doc, f.Sentence, f.Money.Span) ? doc.ReferenceYear : null);
            var aidType = f.AidType;
            // A mixed package keeps no type; any other figure without one takes its neighbour's, the headline's or the article's.
            var lacksType = aidType == AidType.Unspecified && !f.IsMixedType;
            // "A pledged a $20 billion loan, with B contributing $35 billion and C offering $3 billion": parallel amounts share a type.
            if (lacksType && f.IsAidContext && previous is not null && previous.SentenceIndex == f.SentenceIndex) aidType = previous.AidType;
            if (lacksType && aidType == AidType.Unspecified && recipient is not null && f.IsAidContext) aidType = headlineType;
            if (lacksType && aidType == AidType.Unspecified && status != FundingStatus.Unspecified) aidType = dominantType;
            // A type guessed from around a lender's money (the World Bank's loan in a story of flood relief) is the lender's own kind.
            if (lacksType && aidType != AidType.Unspecified && MultilateralLender.Is(lexicon, donor)) aidType = AidType.Financial;
            var filledBody = donor == f.Donor ? donorBody : null;
            // Most frames of a long text gain nothing from context; those are kept as they are (a list line made news above is new).
            filled[i] = previous = donor == f.Donor && filledBody == f.DonorBody && recipient == f.Recipient && channel == f.Channel
                && aidType == f.AidType && year == f.Year && status == f.Status && ReferenceEquals(f, frames[i])
                ? f
                : f with { Donor = donor, DonorBody = filledBody, Recipient = recipient, Channel = channel, AidType = aidType, Year = year, Status = status };
            if (f.IsAidContext && IsNews(status) && !IsListLine(doc.Text, f.Money.Span)) lastNews = previous;
        }
        return filled;
    }

    private const int WholeReach = 50;

    /// <summary>Whether the figure's sentence opens by dividing a whole ("Of the total, ...", "Of this, ...") within
    /// <see cref="ListReach"/> paragraphs below the news figure, in a later sentence. "This includes ..." is left out: it
    /// lists what the sentence right before names, which may be money with no figure.</summary>
    private static bool ListsPartsOf(AnalysisDocument doc, Frame part, Frame news) =>
        news.SentenceIndex < part.SentenceIndex && ParagraphOf(doc, part) - ParagraphOf(doc, news) <= ListReach
        && doc.Text.AsSpan(part.Sentence.Start, part.Sentence.Length).StartsWith("Of ", StringComparison.Ordinal)
        && OpensWithListOfParts(doc.Text, part.Sentence);

    /// <summary>"Of the $2 billion, ...": the amount stands right after the "Of the" opening its sentence.</summary>
    private static bool NamesWholeAgain(string text, Frame frame) =>
        frame.Money.Span.Start - frame.Sentence.Start is > 0 and <= 10 && OpensWithListOfParts(text, frame.Sentence)
        && text.AsSpan(frame.Sentence.Start, frame.Money.Span.Start - frame.Sentence.Start).StartsWith("Of ", StringComparison.Ordinal);

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

    private static int ParagraphOf(AnalysisDocument doc, Frame frame) =>
        frame.SentenceIndex >= 0 ? doc.Sentences[frame.SentenceIndex].Paragraph : -1;

    /// <summary>Whether the amount stands on a bulleted or numbered list line ("- ", "* ", "• ", "2. ", "3) ").</summary>
    private static bool IsListLine(string text, Span amount)
    {
        // A list line's marker stands within a short reach of its amount; the search back is bounded so dense text stays linear.
        var reach = Math.Min(amount.Start, 120);
        var newline = reach == 0 ? -1 : text.LastIndexOf('\n', amount.Start - 1, reach);
        if (newline < 0 && reach < amount.Start) return false;
        var lineStart = newline + 1;
        var line = text.AsSpan(lineStart, amount.Start - lineStart).TrimStart(" \t");
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ') return true;
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && line.Length > digits + 1 && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    /// <summary>"MANILA, Philippines - Japan ...": a story datelined in another state than the giving state's, that names no
    /// receiver, is about aid arriving where it is written.</summary>
    private string? LocalRecipient(DocumentContext context, string? donor) =>
        context.DatelineState is { } local && donor is not null && local != donor && lexicon.CountryByForm.ContainsKey(donor) ? local : null;

    private bool IsInternationalAgency(string organization) =>
        lexicon.OrganizationByName.TryGetValue(organization, out var entry) && entry.Affiliation is { } body
        && lexicon.OrganizationByName.TryGetValue(body, out var parent) && parent.Type == "international";

    /// <summary>One amount's reading before repeats merge: its frame (the chain's first amount's, for a conversion), the
    /// channel a later sentence may name and the currency the donor makes of a bare dollar. A value, not yet a figure: most
    /// amounts of a long text only add a mention to the row of an earlier one.</summary>
    internal readonly record struct Draft(Frame Frame, string? ConvertedFromId, string? Channel, string Currency)
    {
        public Span Span => Frame.Money.Span;
        public double? Value => Frame.Money.Value;
        public string? Donor => Frame.Donor;
        public string? DonorBody => Frame.DonorBody;
        public string? Recipient => Frame.Recipient;
        public string? Purpose => Frame.Purpose;
        public AidType AidType => Frame.AidType;
        public int? Year => Frame.Year;
        public FundingStatus Status => Frame.Status;
    }

    /// <summary>A bare "$" read as the article's local dollar is the US dollar when a state without that dollar
    /// gives it (a European donor's "50 million dollars" in a story that names Australia).</summary>
    private string DonorsCurrency(Draft draft)
    {
        if (draft.Donor is not { } donor || !MoneyRecognizer.IsLocalDollar(draft.Currency) || !MoneyRecognizer.IsBareDollar(draft.Frame.Money.Text)) return draft.Currency;
        var isState = lexicon.CountryByForm.ContainsKey(donor) || _donorBodies.ContainsValue(donor);
        return isState ? MoneyRecognizer.DollarOf(donor) ?? "USD" : draft.Currency;
    }

    private static bool IsNews(FundingStatus status) =>
        status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered or FundingStatus.Requested;

    /// <summary>
    /// The part of the sentence that belongs to this amount: from the previous amount to the next. Amounts
    /// joined by "and" ("$1.76 billion and $1.17 billion respectively by 2020") share what follows them.
    /// </summary>
    private static Span ClauseWindow(AnalysisDocument doc, int moneyIndex, Span sentence)
    {
        var amounts = doc.Money;
        var money = amounts[moneyIndex];
        // The amounts of the clause are the unconverted ones inside the sentence, found by walking out from this one
        // (the money layer is sorted and free of overlaps).
        static bool InClause(MoneyMention m, Span sentence) => m.ConvertedFrom is null && sentence.Contains(m.Span);
        if (!InClause(money, sentence)) return sentence;
        var start = sentence.Start;
        for (var i = moneyIndex - 1; i >= 0 && amounts[i].Span.End > sentence.Start; i--)
            if (InClause(amounts[i], sentence))
            {
                start = amounts[i].Span.End;
                break;
            }
        var end = sentence.End;
        var last = money;
        for (var i = moneyIndex + 1; i < amounts.Count && amounts[i].Span.Start < sentence.End; i++)
        {
            if (!InClause(amounts[i], sentence)) continue;
            if (IsCoordination(doc.Text.AsSpan(last.Span.End..amounts[i].Span.Start)))
            {
                last = amounts[i];
                continue;
            }
            end = amounts[i].Span.Start;
            break;
        }
        // "$X will go to A, while $Y was spent last year": a clause boundary (a contrastive clause or a semicolon) ends the
        // amount's clause, so the other clause's tense and verbs stay there.
        if (doc.Clauses.LastBoundaryEndIn(new Span(start, money.Span.Start)) is { } clauseStart) start = clauseStart;
        if (doc.Clauses.FirstBoundaryStartIn(new Span(money.Span.End, end)) is { } clauseEnd) end = clauseEnd;
        return new Span(start, end);
    }

    private static bool IsCoordination(ReadOnlySpan<char> gap) =>
        gap.Trim() is "and" or "or" or "," or ", and";

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

    /// <summary>US dollars at the yearly average rate of the figure's year, else the publication (or dateline) year,
    /// else the latest year; <see cref="FundingFigure.FxYear"/> says which.</summary>
    private FundingFigure WithUsd(FundingFigure figure, int? published)
    {
        if (figure.Value is not { } value) return figure;
        var usd = lexicon.Rates.ToUsd(value, figure.Currency, figure.Year ?? published);
        return figure with { ValueUsd = usd?.Usd, FxYear = usd?.FxYear };
    }
}
