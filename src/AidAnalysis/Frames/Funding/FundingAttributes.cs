using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>Status, aid type, year, purpose and total flag of an amount: the order in which the rules of
/// <c>Frames/Funding/Attributes</c> are asked, each rule a class of its own.</summary>
public sealed partial class FundingBuilder
{
    private const int CueReach = 80;
    private const int YearReach = 120;

    private readonly AttributeRules _rules = new(lexicon);

    /// <summary>The running-total wording of this stage, which the relations stage reads too (built once per pipeline).</summary>
    internal RunningTotalWording RunningTotalWording => _rules.RunningTotalWording;

    /// <summary>The relative fiscal years of this stage, which the relations stage reads too (built once per pipeline).</summary>
    internal RelativeFiscalYear RelativeFiscalYear => _rules.RelativeFiscalYear;

    /// <param name="runningTotal">Whether running-total wording ends right before the amount (<see cref="RunningTotalWording.EndsBefore(Text.Tokens.TokenLayer, Span)"/>).</param>
    private FundingStatus Status(AnalysisDocument doc, Span window, Span sentence, Span amount, (FundingCue Entry, Span Span)? governing, bool runningTotal)
    {
        // The status is read before a running-total participle after the amount ("..., bringing its total since 2023 to ...").
        window = new Span(window.Start, _rules.RunningTotalTail.ClauseEnd(doc.Tokens, amount, window));
        sentence = new Span(sentence.Start, Math.Max(window.End, _rules.RunningTotalTail.ClauseEnd(doc.Tokens, amount, sentence)));
        // "unless it receives $60 million", "the $4 billion the UN is seeking": a condition not yet met, or a relative clause of
        // needing, names money still needed, whatever verb of receiving or share word the clause holds.
        // "A further $X has been requested": the amount's own passive verb of asking.
        if (_rules.ConditionalReceipt.Holds(doc.Tokens, window, amount) || _rules.NeedOfRelative.Holds(doc.Tokens, sentence, amount)
            || _rules.PassiveRequest.Holds(doc.Tokens, window, amount))
            return FundingStatus.Requested;
        if (_rules.ChangedFrom.Holds(doc, sentence, amount) || _rules.PartOfWhole.Holds(doc.Tokens, sentence, amount)
            || _rules.ProgrammeFigure.Holds(doc.Tokens, sentence, amount))
            return FundingStatus.Previous;
        // A running total is background money, whoever owns it (the literal cues name only "brings the total").
        if (runningTotal) return FundingStatus.Previous;
        var future = _rules.FutureTense.In(doc.Tokens, window);
        // "$3 million will be spent": a verb right after the amount is its own predicate.
        var predicateScope = new Span(amount.End, Math.Min(window.End, amount.End + 25));
        var predicate = _rules.ReducedRelativeParticiple.Removed(doc, _rules.ChannelParticiples.Removed(doc.Tokens, _givingVerbs.Find(doc.Words, predicateScope)))
            .Select(c => c.Entry).FirstOrDefault();
        var before = StatusCues(doc, new Span(window.Start, amount.Start));
        // "the already promised $5 million will go to ...": a background word inside the amount's own phrase wins over the tense.
        if (before.Any(c => c.Entry.Status == FundingStatus.Previous && !c.Entry.IsGivingVerb && amount.Start - c.Span.End <= 12)) return FundingStatus.Previous;
        // "urging parliament to approve $2 billion", "asked donors to give": a request for a gift is a request.
        var request = before.FindIndex(c => c.Entry.Status == FundingStatus.Requested);
        // "the board approved Honduras's request for $380 million": granting a request allocates the money.
        if (request > 0 && before[request - 1] is { Entry: { IsGivingVerb: true, Status: FundingStatus.Allocated } } approval
            && before[request].Span.Start - approval.Span.End <= 25)
            return FundingStatus.Allocated;
        if (request >= 0 && before.Skip(request + 1).Any(c => c.Entry.IsGivingVerb)) return FundingStatus.Requested;
        // "the aid budget stands at $X", "support since 2022 totals $X": a verb of level states a sum already in place; the
        // level of a need ("the requirement stands at $X") stays a need.
        if (request < 0 && _rules.StatedLevel.Holds(doc.Tokens, window, amount)) return FundingStatus.Previous;
        // "the agency needs $12 million", "a $30 million recovery plan": a cue that governs the amount says what it is.
        // Money received "so far", "already" or "since" a date is the running sum a body has collected (SCHEMA.md: cumulative
        // totals are previous).
        if (governing is { } governs)
            return governs.Entry.Status != FundingStatus.Requested
                   && StatusCues(doc, window).Any(c => c.Entry is { Status: FundingStatus.Previous, IsGivingVerb: false })
                ? FundingStatus.Previous : governs.Entry.Status;
        // "says it needs $7 million ..., but has so far raised", "faces a shortfall of $90m": a need that governs the amount
        // directly says what the amount is, whatever background word the rest of the clause holds.
        if (before.Count > 0 && before[^1] is { Entry.Status: FundingStatus.Requested } need && need.Span.End <= amount.Start
            && _rules.AmountGap.IsGoverned(doc.Tokens, new Span(need.Span.End, amount.Start)))
            return FundingStatus.Requested;
        // "$45 million promised ... last year", "$3 billion allocated since 2006": background beats the verb.
        // The window's cues, searched once for both uses below.
        List<(FundingCue Entry, Span Span)>? windowCues = null;
        if (!future && predicate is not null && (windowCues = StatusCues(doc, window)).Any(c => c.Entry.Status == FundingStatus.Previous))
            return FundingStatus.Previous;
        // "$4 million will be given", "will be allocated": money promised for the future is pledged.
        if (predicate is not null)
            return future && predicate.Status is FundingStatus.Delivered or FundingStatus.Allocated ? FundingStatus.Pledged : predicate.Status;
        // "A further €5 million would follow": the amount that is the subject of a modal verb of coming is promised.
        if (_rules.FutureArrival.Holds(doc.Tokens, window, amount)) return FundingStatus.Pledged;
        foreach (var scope in new[] { window, sentence })
        {
            var found = (scope == window ? windowCues ??= StatusCues(doc, window) : StatusCues(doc, scope))
                .Where(c => !(future && c.Entry.Status == FundingStatus.Previous) && !_rules.DrawnFromWhole.QualifiesTheWhole(doc.Tokens, amount, c))
                .OrderBy(c => c.Entry.Status == FundingStatus.Previous ? 0 : 1)
                .ThenBy(c => c.Span.DistanceTo(amount))
                .FirstOrDefault();
            // "Moldova will be provided a grant of $40 million": a payment still to come is a pledge, whether the amount's
            // clause or the cue's own verb group says so (FutureCue); so is a share the amount's own future predicate
            // assigns (FutureShare).
            if (found.Entry is { } cue)
                return (cue.Status == FundingStatus.Delivered && (future || _rules.FutureCue.Holds(doc.Tokens, found.Span, scope.Start)))
                       || (cue.Status == FundingStatus.Allocated && _rules.FutureShare.Follows(doc.Tokens, amount, window))
                    ? FundingStatus.Pledged : cue.Status;
        }
        // "relief supplies worth $2 million": with no status word, an amount that values goods sent is money delivered; goods
        // still to arrive ("will reach the port", "would distribute goods worth") are promised.
        return _rules.ModalVerbOfAmount.Holds(doc.Tokens, window, amount) ? FundingStatus.Pledged
            : _rules.ValuedConsignment.Holds(doc.Tokens, sentence, window, amount)
                ? _rules.FutureOfUnwrittenYear.Promises(doc.Tokens, window, amount) ? FundingStatus.Pledged : FundingStatus.Delivered
            : FundingStatus.Unspecified;
    }

    /// <summary>The status cues of a stretch, less the participles that name the way money passes, those that describe the
    /// receiver of an amount (<see cref="ReducedRelativeParticiple"/>) and the "over the past" that opens the news's own days or weeks.</summary>
    private List<(FundingCue Entry, Span Span)> StatusCues(AnalysisDocument doc, Span scope) =>
        _rules.ReducedRelativeParticiple.Removed(doc,
            _rules.RecentPeriod.Removed(doc.Tokens, _rules.ChannelParticiples.Removed(doc.Tokens, _cues.Find(doc.Words, scope))));

    /// <summary>The aid type the words around the amount name (<c>Unspecified</c> where they name an untracked kind, as
    /// development aid), or null where they name none.</summary>
    private AidType? AidTypeNear(AnalysisDocument doc, Span sentence, Span window, int sentenceIndex, Span amount)
    {
        var near = new Span(Math.Max(window.Start, amount.Start - CueReach), Math.Min(window.End, amount.End + CueReach));
        if (_rules.AidTypeWords.Nearest(doc, near, amount) is { } type) return type;
        // "A, B and C pledged $x, $y and $z respectively to help D recover from the cyclone": the purpose after the list
        // types every amount of it, however far the first stands.
        if (doc.Tokens.FirstExactly(sentence, RespectiveDonors.RespectivelyWord) >= 0 && _rules.AidTypeWords.Nearest(doc, sentence, amount) is { } shared) return shared;
        if (_rules.ForcesOfState.In(doc.Tokens, window)) return AidType.Military;
        if (_rules.SupportToGovernment.In(doc.Tokens, window)) return AidType.Financial;
        return _rules.TypeFromSentenceBefore.Antecedent(doc, sentence, sentenceIndex) is { } antecedent
            ? _rules.AidTypeWords.Nearest(doc, antecedent, amount)
            : null;
    }

    /// <summary>The figure's year: none for one sum spread over several years ("$1.1 billion over ten years", "a multi-year
    /// programme"), even where a written-out year dates its announcement ("launched in 2025"), since SCHEMA.md gives such a
    /// programme no year. Earlier money keeps the year that dates it (<paramref name="dated"/>): the relations read it to keep
    /// a programme begun in an earlier year out of this year's running total. A year written right after the amount ("C$15
    /// million in 2026, rising through 2029") dates the sum itself (<see cref="YearBesideAmount"/>).</summary>
    private int? OwnYear(AnalysisDocument doc, Span sentence, Span amount, int? dated, FundingStatus status) =>
        dated is not null && status != FundingStatus.Previous && _rules.SpreadOverYears.Spreads(doc, sentence, amount)
            && !_rules.YearBesideAmount.Dates(doc.Tokens, sentence, amount) ? null : dated;

    /// <summary>The year of the amount's own clause; else the one year its sentence names before the amount ("In 2026,
    /// the shortfall is €2 billion, of which ..."); else, for budget figures, the budget's year ("the 2025 budget").</summary>
    private int? YearOf(AnalysisDocument doc, Span window, Span sentence, Span amount, Lazy<int?> budgetYear, bool runningTotal)
    {
        // "promised on Friday to give $6 million over four years": the day dates the announcement, and a programme
        // spread over several years has no one year (SCHEMA.md); only a year the text writes out dates it (for the status:
        // see OwnYear).
        var multiYear = _rules.SpreadOverYears.ForYear(doc, sentence, amount);
        if (_rules.SinceEarlierYear.Counts(doc, window, amount, runningTotal)) return null;
        if (_rules.CandidateYears.Nearest(doc, window, amount, YearReach, multiYear) is { } own) return own;
        // A sentence-level year scopes forward: "In 2026, ..." dates the amounts after it, not those before it.
        int? single = null;
        var count = 0;
        foreach (var y in _rules.CandidateYears.In(doc, sentence, amount, multiYear))
        {
            if (y.Span.End > amount.Start || count > 0 && y.Year == single) continue;
            single = y.Year;
            count++;
        }
        if (count == 1) return single;
        if (count == 0 && BudgetYear.Named(doc.Text, sentence) && !_rules.RelativeFiscalYear.In(doc, sentence)) return budgetYear.Value;
        return null;
    }
}
