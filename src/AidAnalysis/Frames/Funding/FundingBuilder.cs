using System.Buffers;
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

    private readonly PhraseMatcher<FundingCue> _cues = new(lexicon.FundingCues.Where(c => !c.GovernsOnly), c => c.Phrase);
    // The marks that open a bulleted list line (relation-words.tsv list-mark).
    private readonly MarkedListLine _markedListLine = new(lexicon);
    /// <summary>Every cue starts with a letter, so a cue found in a stretch has a letter inside it.</summary>
    private readonly bool _everyCueStartsWithLetter = lexicon.FundingCues.All(c => c.Phrase.Length > 0 && char.IsLetter(c.Phrase[0]));
    private readonly PhraseMatcher<FundingCue> _givingVerbs = new(lexicon.FundingCues.Where(c => c.IsGivingVerb && !c.GovernsOnly), c => c.Phrase);
    private readonly Dictionary<string, string> _donorBodies = lexicon.DonorBodies
        .SelectMany(b => b.Aliases.Prepend(b.Body).Select(form => (Form: form, b.Donor)))
        .GroupBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Donor, StringComparer.OrdinalIgnoreCase);

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
        return document with { Funding = RepeatedAmounts.Merge(drafts, context.Headline, f => UsdOf(f, published)) };
    }

    private Frame Read(AnalysisDocument doc, ActorMentionIndex index, int moneyIndex, int reach, Lazy<int?> budgetYear, Dictionary<Span, bool>? aidSentences,
        LetterlessRuns letterless)
    {
        var money = doc.Money[moneyIndex];
        var sentenceIndex = doc.SentenceIndexAt(money.Span.Start);
        // An amount the segmenter split ("Rs. 500 million" before "Rs." was known) reads the sentences it runs into as one.
        var lastIndex = doc.SentenceIndexAt(money.Span.End - 1);
        var sentence = (sentenceIndex < 0 ? money.Span
            : lastIndex > sentenceIndex ? new Span(doc.Sentences[sentenceIndex].Span.Start, doc.Sentences[lastIndex].Span.End)
            : doc.Sentences[sentenceIndex].Span).Around(money.Span, reach);
        // A run of bare amounts ("$1 $1 $1 ...") holds no cue, party, purpose or total: only a year can be read there.
        if (IsBareStretch(doc, index, letterless, money.Span, sentence))
            return new Frame
            {
                Money = money, Sentence = sentence, SentenceIndex = sentenceIndex,
                // A stretch without letters holds no running-total wording ("to" is a word).
                Year = doc.Years.Count == 0 ? null : YearOf(doc, ClauseWindow(doc, moneyIndex, sentence), sentence, money.Span, budgetYear, runningTotal: false),
            };
        var window = ClauseWindow(doc, moneyIndex, sentence);
        // "lifts total payouts under the programme to $800m": running-total wording right before the amount, read once for
        // the aid context, the status and the year.
        var runningTotal = _rules.RunningTotalWording.EndsBefore(doc.Tokens, new Span(window.Start, money.Span.Start));
        // An appeal for an amount ("agencies are seeking $7.7 billion") is aid context as much as a verb of giving.
        // "This includes $5 billion for ...": a sentence listing the parts of an aid sentence is aid context too.
        // "a $50 million flash appeal": an appeal noun may follow the amount (a need, "$X is needed", makes no aid context of a budget line).
        // The cue that governs the amount ("WFP needs $22 million"), read once for the context, status, receiver and requester.
        var governing = GoverningCue(doc, sentence, money.Span);
        var isAidContext = IsAidSentence(doc, sentence, aidSentences)
            || HoldsRequestCue(doc, new Span(Math.Max(sentence.Start, money.Span.Start - 30), money.Span.Start), _ => true)
            || HoldsRequestCue(doc, new Span(money.Span.End, Math.Min(sentence.End, money.Span.End + 20)), c => c.Phrase.EndsWith("appeal", StringComparison.Ordinal))
            || governing is not null
            || sentenceIndex > 0 && _rules.ListOfParts.Opens(doc.Tokens, sentence) && IsAidSentence(doc, doc.Sentences[sentenceIndex - 1].Span, aidSentences)
            // Running-total wording names given money by itself.
            || runningTotal
            // "Maize worth $2 million arrived", "a further €5 million would follow": goods sent, or money still to come, are aid.
            || _rules.ValuedConsignment.Sent(doc.Tokens, sentence, window, money.Span) || _rules.FutureArrival.Holds(doc.Tokens, window, money.Span)
            // "A further $X has been requested for Y": a request names aid as much as a verb of giving.
            || _rules.PassiveRequest.Holds(doc.Tokens, window, money.Span);
        // An estimate of what was lost in an aid sentence ("put the damage at $X") is no money given (SCHEMA.md: amounts that
        // are not aid): no status, type or parties from the story.
        if (isAidContext && _rules.LossValuation.Holds(doc.Tokens, window, money.Span)) isAidContext = false;
        var year = YearOf(doc, window, sentence, money.Span, budgetYear, runningTotal);
        // Amounts that are not aid (a budget line, a price) have no aid status; money of a year before the
        // article's (or of an earlier month of its year) is background, whatever its verb says.
        var status = isAidContext ? Status(doc, window, sentence, money.Span, governing, runningTotal) : FundingStatus.Unspecified;
        // "France will provide €50 million in October": a promise stays one whatever year its month is read in.
        if (status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered
            && !(status == FundingStatus.Pledged && _rules.FutureOfUnwrittenYear.Holds(doc.Tokens, sentence, window, money.Span))
            && (year < doc.ReferenceYear || (year is null || year == doc.ReferenceYear) && _rules.GivenInEarlierMonth.Holds(doc, window, money.Span, CueReach)))
            status = FundingStatus.Previous;
        // "Japan has committed $200 million in new loans to Bangladesh" as the story's first figure is its news: SCHEMA lists "has
        // committed" as pledged; elsewhere the tense keeps it the earlier commitment the news comes under.
        if (status == FundingStatus.Previous && !(year < doc.ReferenceYear) && IsFirstFigure(doc, moneyIndex) && OnlyCommitmentIsEarlier(doc, window)) status = FundingStatus.Pledged;
        var lightVerb = isAidContext ? LightVerb(doc.Tokens, sentence, money.Span) : null;
        if (status == FundingStatus.Unspecified && lightVerb is { } made) status = made.Status;
        if (status == FundingStatus.Allocated && ReleasedToReceiver.Holds(doc.Tokens, sentence, money.Span)) status = FundingStatus.Delivered;
        // "the appeal has so far drawn just $3 million": a verb of receiving whose object the amount is names its receiver.
        var receiving = ReceivingBefore(doc, moneyIndex, sentence)
            ?? (governing is { Entry: { Governs: "object", Status: not FundingStatus.Requested } } received
                ? (received.Span.Start - sentence.Start, received.Span.Length) : null);
        var (donor, donorBody, recipient, channel, namesRequester, namesAsker, namesAddressee) = Parties(doc, index, moneyIndex, sentence, window, status, receiving, lightVerb?.Verb, governing);
        // A mixed package keeps no single type.
        var isMixed = isAidContext && _rules.MixedPackage.Holds(doc.Tokens, money.Span, window);
        var named = isAidContext && !isMixed ? AidTypeNear(doc, sentence, window, sentenceIndex, money.Span) : null;
        // "$5 million in development aid": a word naming a kind no tracker class holds settles the figure as untyped, as a
        // mixed package does, so no neighbour's or headline's type reaches it.
        isMixed |= named == AidType.Unspecified;
        var aidType = named ?? AidType.Unspecified;
        return new Frame
        {
            Money = money, Sentence = sentence, SentenceIndex = sentenceIndex,
            Donor = donor, DonorBody = donorBody, Recipient = recipient, Channel = channel,
            Status = status, AidType = aidType, Year = OwnYear(doc, sentence, money.Span, year, status),
            Purpose = _rules.PurposeAfter.Of(doc.Tokens, money.Span, sentence),
            IsTotal = _rules.TotalAt.Holds(doc.Tokens, money.Span, sentence),
            IsAidContext = isAidContext,
            IsReceived = receiving is not null,
            IsMixedType = isMixed,
            NamesRequester = namesRequester,
            IsRate = isAidContext && _rules.UnitRate.Holds(doc.Tokens, money, sentence),
            NamesAsker = namesAsker,
            IsReceiptToCome = _parties.ReceiptToCome.Holds(doc.Tokens,
                new Span(receiving is { } verbOfList ? Math.Min(window.Start, sentence.Start + verbOfList.Index) : window.Start, money.Span.Start), money.Span, sentence),
            NamesAddressee = namesAddressee,
        };
    }

    private bool HoldsRequestCue(AnalysisDocument doc, Span stretch, Func<FundingCue, bool> accepts)
    {
        if (stretch.Length <= 0 || !MayHoldCue(doc.Text, stretch)) return false;
        // A loop rather than Any: no closure per amount over the test it is given.
        foreach (var (entry, _) in _cues.Find(doc.Words, stretch))
            if (entry.Status == FundingStatus.Requested && accepts(entry)) return true;
        return false;
    }

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
        var anyEarlier = false;
        foreach (var (entry, _) in _cues.Find(doc.Words, window))
        {
            if (entry.Status != FundingStatus.Previous) continue;
            if (entry.Phrase is not ("has committed" or "have committed")) return false;
            anyEarlier = true;
        }
        return anyEarlier;
    }

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
            && (_givingVerbs.Find(doc.Words, sentence).Count > 0 || _rules.AidNouns.In(doc.Tokens, sentence)
                || _parties.ReceivingVerb.First(doc.Tokens, sentence) is not null);
        if (known is not null) known[sentence] = isAid;
        return isAid;
    }

    /// <summary>Whether a stretch of text can hold a funding cue or aid noun: not when it has no letter (a run of bare
    /// amounts), since each starts with one. The check is vectorised, far cheaper than the phrase search it spares.</summary>
    private bool MayHoldCue(string text, Span stretch) =>
        !_everyCueStartsWithLetter || text.AsSpan(stretch.Start, stretch.Length).ContainsAnyExcept(AsciiNonLetters);

    private static readonly SearchValues<char> AsciiNonLetters =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c)).ToArray());

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

    /// <summary>US dollars at the yearly average rate of the figure's year, else the publication (or dateline) year,
    /// else the latest year; <see cref="FundingFigure.FxYear"/> says which.</summary>
    private (double? Usd, int? FxYear) UsdOf(FundingFigure figure, int? published)
    {
        if (figure.Value is not { } value) return (null, null);
        var usd = lexicon.Rates.ToUsd(value, figure.Currency, figure.Year ?? published);
        return (usd?.Usd, usd?.FxYear);
    }
}
