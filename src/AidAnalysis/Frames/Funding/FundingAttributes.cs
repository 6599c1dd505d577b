using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames;

/// <summary>Status, aid type, year, purpose and total flag of an amount, from the words around it.</summary>
public sealed partial class FundingBuilder
{
    private const int CueReach = 80;
    private const int YearReach = 120;

    [GeneratedRegex(@"\b(?:these|those|such)\s(?:purposes?|funds|projects|efforts)|\b(?:the|this|these)\s(?:funds|money|assistance|aid|package|contribution)\b", TextPatterns.WindowOptions)]
    private static partial Regex Anaphora { get; }
    [GeneratedRegex(@"^[^,.;]{0,40}?\b(?<purpose>(?:to|for|aimed at|in support of|in support for)\s[^.;()]{3,110}?)(?:[,.;(]|\s(?:and|while|but|which)\s|$)", TextPatterns.WindowOptions)]
    private static partial Regex Purpose { get; }
    private static readonly SearchValues<string> PurposeOpeners = SearchValues.Create(["to", "for", "aimed at", "in support"], StringComparison.Ordinal);
    private static readonly SearchValues<char> PurposeOpenerInitials = SearchValues.Create("tfai");
    [GeneratedRegex(@"\b(?:will|shall|is to be|are to be|is going to)\b", TextPatterns.WindowOptions)]
    private static partial Regex FutureTense { get; }
    /// <summary>"will spend", "would put another", "would also add": a modal and its verb right before the amount.</summary>
    [GeneratedRegex(@"\b(?:will|would)\s(?:also\s|each\s)?\p{Ll}+\s(?:(?:another|an\sadditional|a\sfurther|additional|further|about|around|some|up\sto|more\sthan)\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex ModalVerbOfAmount { get; }
    [GeneratedRegex(@"\bfrom\s(?:around\s|about\s|some\s|roughly\s|nearly\s|almost\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex ChangeFrom { get; }
    /// <summary>"2023 to 2027", "the 2022-23 financial year": a span of years dates no single year.</summary>
    [GeneratedRegex(@"\b(?:19|20)[0-9][0-9]\s?(?:to|-|–|and)\s?(?:19|20)[0-9][0-9]\b|\b(?:19|20)[0-9][0-9][-–/][0-9][0-9]\b", TextPatterns.WindowOptions)]
    private static partial Regex YearRange { get; }
    [GeneratedRegex(@"\bbudget\b", TextPatterns.WindowOptions)]
    private static partial Regex BudgetWord { get; }
    // The whole-text patterns below are built on first use (most texts need few of them, and building one is costly).
    private readonly OnDemandPattern _budgetYear = new(@"\b(?:(?<year>(?:19|20)[0-9][0-9])\s(?:federal\s|national\s|state\s|draft\s)?budget|budget\s(?:for|of)\s(?<year>(?:19|20)[0-9][0-9]))\b", "budget");
    [GeneratedRegex(@"\b(?:every|each|per|a)\syear\b(?!\sago)|\bannually\b|\byearly\b|\bmulti-?year\b|\bover\s(?:the\s)?(?:next\s|coming\s|past\s|last\s)?(?:[a-z0-9]+\s)?years\b", TextPatterns.WindowOptions)]
    private static partial Regex MultiYear { get; }
    /// <summary>"part of the £100m commitment": the whole the news comes under was announced before.</summary>
    [GeneratedRegex(@"\bpart\sof\s(?:the|a|an|its|their|this|that)\s(?:[a-z]+\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex PartOfBefore { get; }
    /// <summary>"under the country's $3bn programme", "whose $2bn credit facility": a programme's figure owned by a possessive,
    /// a relative or an "under/of" phrase. Source: IMF and World Bank press-release wording ("under the $Xbn Extended Fund Facility").</summary>
    [GeneratedRegex(@"(?:[’']s|\bwhose|\b(?:under|of)\s(?:the|its|their|this))\s$", TextPatterns.WindowOptions)]
    private static partial Regex ProgrammeOwnerBefore { get; }
    [GeneratedRegex(@"^\s(?:[\p{L}-]+\s){0,3}?(?:programme|program|facility|framework|arrangement|credit\sline)\b", TextPatterns.WindowOptions)]
    private static partial Regex ProgrammeHeadAfter { get; }
    [GeneratedRegex(@"\b(?:programme|program|framework|facility|arrangement)\s(?:of|worth)\s$", TextPatterns.WindowOptions)]
    private static partial Regex ProgrammeHeadBefore { get; }

    /// <summary>Whether the amount is the figure of an earlier programme the news comes under (SCHEMA.md: previous).</summary>
    private static bool IsProgrammeFigure(string text, Span sentence, Span amount)
    {
        var before = text.AsSpan()[Math.Max(sentence.Start, amount.Start - 30)..amount.Start];
        if (ProgrammeHeadBefore.IsMatch(before)) return true;
        return ProgrammeOwnerBefore.IsMatch(before)
            && ProgrammeHeadAfter.IsMatch(text.AsSpan()[amount.End..Math.Min(sentence.End, amount.End + 50)]);
    }

    private readonly Lazy<Regex> _forcesOfState = new(() => TextPatterns.Create(@"\p{Lu}\p{L}*[’']s\s(?:" + string.Join('|', ForcesWordList) + @")\b"));
    private static readonly string[] ForcesWordList = ["military", "army", "armed forces", "troops", "soldiers", "defence forces", "defense forces"];
    private static readonly SearchValues<string> ForcesWords = SearchValues.Create(ForcesWordList, StringComparison.Ordinal);
    private readonly Lazy<Regex> _toGovernment = new(() => TextPatterns.Create(@"\b(?:support|assistance|aid|funding|contribution)\s(?:for|to)\s(?:the\s)?(?:\p{Lu}\p{L}+\s)?government\b"));
    /// <summary>"the $3 billion Congress provided in March", "In March, X pledged $3 billion": a past act dated by a month
    /// (no year after it) within the amount's clause. Case-sensitive: month names are capitalised, "may" is not a month.</summary>
    private readonly Regex _pastActInMonth = new($@"\b(?:\p{{L}}+ed|gave|given|paid|sent|made)\s(?:\p{{L}}+\s)?in\s(?<month>{lexicon.Months.FullNamePattern})\b(?!,?\s(?:[0-9]{{1,2}},?\s)?(?:19|20)[0-9][0-9])|\bIn\s(?<month>{lexicon.Months.FullNamePattern}),", TextPatterns.WindowOptions);
    /// <summary>"Last month X donated $1 million", "the $2 million it gave last month": a past act dated by the month before
    /// the article's, whatever the publication date.</summary>
    [GeneratedRegex(@"\b[Ll]ast\smonth\b[^.;]{0,60}?\b(?:\p{L}+ed|gave|given|paid|sent|made)\b|\b(?:\p{L}+ed|gave|given|paid|sent|made)\s(?:\p{L}+\s)?last\smonth\b", TextPatterns.WindowOptions)]
    private static partial Regex PastActLastMonth { get; }
    [GeneratedRegex(@"\b(?:total|totals|totalling|totaling|overall|in all|altogether)\b", TextPatterns.WindowOptions)]
    private static partial Regex Total { get; }

    private FundingStatus Status(AnalysisDocument doc, Span window, Span sentence, Span amount, (FundingCue Entry, Span Span)? governing)
    {
        var text = doc.Text;
        // The status is read before a running-total participle after the amount ("..., bringing its total since 2023 to ...").
        window = new Span(window.Start, RunningTotalTail.ClauseEnd(text, amount, window));
        sentence = new Span(sentence.Start, Math.Max(window.End, RunningTotalTail.ClauseEnd(text, amount, sentence)));
        // "cut to €4 billion from around €8 billion": the amount changed from is the earlier one.
        if (ChangeFrom.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 20)..amount.Start])
            && doc.MoneyOverlapping(new Span(sentence.Start, amount.Start)).Any())
            return FundingStatus.Previous;
        if (PartOfBefore.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 30)..amount.Start])) return FundingStatus.Previous;
        if (IsProgrammeFigure(text, sentence, amount)) return FundingStatus.Previous;
        // A running total is background money, whoever owns it (the literal cues name only "brings the total").
        var beforeInClause = text.AsSpan()[window.Start..amount.Start];
        if (RunningTotalWording.EndsWithBringsTo(beforeInClause)) return FundingStatus.Previous;
        // "Earlier, X announced that $6 million will be allocated": the future tense of the amount's own clause wins.
        var future = FutureTense.IsMatch(text.AsSpan()[window.Start..window.End]);
        // "$6 million will be allocated": a verb right after the amount is its own predicate.
        var predicateScope = new Span(amount.End, Math.Min(window.End, amount.End + 25));
        var predicate = WithoutChannelParticiples(text, _givingVerbs.Find(doc.Words, predicateScope)).Select(c => c.Entry).FirstOrDefault();
        var before = StatusCues(doc, new Span(window.Start, amount.Start));
        // "the previously announced $8 million will go to ...": a background word inside the amount's own phrase wins over the tense.
        if (before.Any(c => c.Entry.Status == FundingStatus.Previous && !c.Entry.IsGivingVerb && amount.Start - c.Span.End <= 12)) return FundingStatus.Previous;
        // "calling on Congress to provide $8.5 billion", "asked donors to give": a request for a gift is a request.
        var request = before.FindIndex(c => c.Entry.Status == FundingStatus.Requested);
        // "the board approved Honduras's request for $380 million": granting a request allocates the money.
        if (request > 0 && before[request - 1] is { Entry: { IsGivingVerb: true, Status: FundingStatus.Allocated } } approval
            && before[request].Span.Start - approval.Span.End <= 25)
            return FundingStatus.Allocated;
        if (request >= 0 && before.Skip(request + 1).Any(c => c.Entry.IsGivingVerb)) return FundingStatus.Requested;
        // "WFP needs $22 million", "a $95 million response plan": a cue that governs the amount says what it is.
        // Money received "so far", "already" or "since" a date is the running sum a body has collected (SCHEMA.md: cumulative
        // totals are previous).
        if (governing is { } governs)
            return governs.Entry.Status != FundingStatus.Requested
                   && StatusCues(doc, window).Any(c => c.Entry is { Status: FundingStatus.Previous, IsGivingVerb: false })
                ? FundingStatus.Previous : governs.Entry.Status;
        // "said it needs $41 million ..., but has so far secured", "faces a funding gap of $220m": a need that governs the amount
        // directly says what the amount is, whatever background word the rest of the clause holds.
        if (before.Count > 0 && before[^1] is { Entry.Status: FundingStatus.Requested } need && need.Span.End <= amount.Start
            && GovernedAmountGap.IsMatch(text.AsSpan(need.Span.End, amount.Start - need.Span.End)))
            return FundingStatus.Requested;
        // "$45 million promised ... last year", "$3 billion allocated since 2006": background beats the verb.
        // The window's cues, searched once for both uses below.
        List<(FundingCue Entry, Span Span)>? windowCues = null;
        if (!future && predicate is not null && (windowCues = StatusCues(doc, window)).Any(c => c.Entry.Status == FundingStatus.Previous))
            return FundingStatus.Previous;
        // "$2.5 million will be provided", "will be allocated": money promised for the future is pledged.
        if (predicate is not null)
            return future && predicate.Status is FundingStatus.Delivered or FundingStatus.Allocated ? FundingStatus.Pledged : predicate.Status;
        foreach (var scope in new[] { window, sentence })
        {
            var cue = (scope == window ? windowCues ??= StatusCues(doc, window) : StatusCues(doc, scope))
                .Where(c => !(future && c.Entry.Status == FundingStatus.Previous) && !QualifiesTheWhole(text, amount, c))
                .OrderBy(c => c.Entry.Status == FundingStatus.Previous ? 0 : 1)
                .ThenBy(c => c.Span.DistanceTo(amount))
                .Select(c => c.Entry)
                .FirstOrDefault();
            // "Moldova will be provided a grant of $40 million": a payment still to come is a pledge. "The fund, set aside
            // last month, ...: €3 million is to be spent on seed": a share the amount's own future predicate assigns is promised,
            // whatever the decision word ("approved", "earmarked") says of the whole.
            if (cue is not null)
                return (future && cue.Status == FundingStatus.Delivered)
                       || (cue.Status == FundingStatus.Allocated && FutureShare.IsMatch(text.AsSpan()[amount.End..Math.Min(window.End, amount.End + 40)]))
                    ? FundingStatus.Pledged : cue.Status;
        }
        // "will spend 1.1 billion euros on ...", "said it would put another 4.2 billion kroner into ...": a modal whose verb takes the
        // amount as its object puts aid money in the future (direct or reported), which promises it (SCHEMA.md: "will provide" is
        // pledged), whatever verb the lexicon lacks.
        if (ModalVerbOfAmount.IsMatch(text.AsSpan()[window.Start..amount.Start])) return FundingStatus.Pledged;
        return FundingStatus.Unspecified;
    }

    /// <summary>The status cues of a stretch, less the participles that name the way money passes.</summary>
    private List<(FundingCue Entry, Span Span)> StatusCues(AnalysisDocument doc, Span scope) =>
        WithoutChannelParticiples(doc.Text, _cues.Find(doc.Words, scope));

    /// <summary>"$18 million ..., delivered through UNODC", "aid channelled via the fund": a participle of handing over followed
    /// by "through", "via" or "by" names the channel of the money (SCHEMA.md `channel`), not its handing over as news, so it
    /// says nothing of the status. After "be" ("will be channelled through") the verb is the amount's own future predicate.</summary>
    private static List<(FundingCue Entry, Span Span)> WithoutChannelParticiples(string text, List<(FundingCue Entry, Span Span)> cues)
    {
        cues.RemoveAll(c => c.Entry.Status == FundingStatus.Delivered && ChannelVerb.IsMatch(c.Entry.Phrase)
            && ChannelAfter.IsMatch(text.AsSpan(c.Span.End, Math.Min(9, text.Length - c.Span.End)))
            && !text.AsSpan(0, c.Span.Start).EndsWith("be ", StringComparison.Ordinal));
        return cues;
    }

    [GeneratedRegex(@"^(?:delivered|distributed|channell?ed)$", TextPatterns.WindowOptions)]
    private static partial Regex ChannelVerb { get; }
    [GeneratedRegex(@"^\s(?:through|via|by)\b", TextPatterns.WindowOptions)]
    private static partial Regex ChannelAfter { get; }

    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:will|is\sto|are\sto)\s(?:also\s|then\s)?(?:" + ShareVerbs + @")\b", TextPatterns.WindowOptions)]
    private static partial Regex FutureShare { get; }
    /// <summary>Verbs by which a future predicate hands a share of money to its use.</summary>
    private const string ShareVerbs = @"go|be\sspent|be\sused|be\sshared|be\sdivided|be\schannell?ed";

    /// <summary>What may stand between a verb or noun and the amount it governs: an approximation or a determiner ("needs about",
    /// "a gap of more than").</summary>
    [GeneratedRegex(@"^\s*(?:(?:about|around|some|roughly|nearly|almost|approximately|another|further|additional|an?|the|more\sthan|less\sthan|over|up\sto|at\sleast|as\smuch\sas|only|just|of)\s+)*$", TextPatterns.WindowOptions)]
    private static partial Regex GovernedAmountGap { get; }

    [GeneratedRegex(@"\breleased\s(?:\p{L}+\s){0,2}$", TextPatterns.WindowOptions)]
    private static partial Regex ReleasedBefore { get; }
    /// <summary>"to Nigeria", "in aid to the Mozambican government": "to" before a name, not before a verb ("to help").</summary>
    [GeneratedRegex(@"^\s(?:\p{Ll}+\s){0,2}?to\s(?:the\s)?\p{Lu}", TextPatterns.WindowOptions)]
    private static partial Regex ToNamedReceiverAfter { get; }

    /// <summary>"released $1 million to Nigeria": money released to a named receiver is handed over (delivered), while money
    /// released "in funding" or "to help ..." is made available from a budget or fund (allocated).</summary>
    private static bool IsReleasedToReceiver(string text, Span sentence, Span amount) =>
        ReleasedBefore.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 25)..amount.Start])
        && ToNamedReceiverAfter.IsMatch(text.AsSpan()[amount.End..Math.Min(sentence.End, amount.End + 40)]);

    /// <summary>"has disbursed $30 million of an earlier loan": a background word in an "of" phrase after the amount dates the
    /// whole the amount is drawn from, not the amount.</summary>
    private static bool QualifiesTheWhole(string text, Span amount, (FundingCue Entry, Span Span) cue) =>
        cue.Entry.Status == FundingStatus.Previous && !cue.Entry.IsGivingVerb && cue.Span.Start >= amount.End && cue.Span.Start - amount.End <= 12
        && OfAWhole.IsMatch(text.AsSpan(amount.End, cue.Span.Start - amount.End));

    [GeneratedRegex(@"^\s(?:of|from)\s(?:an?|the|its|their)\s$", TextPatterns.WindowOptions)]
    private static partial Regex OfAWhole { get; }

    /// <summary>Whether the amount's clause dates its giving by a month before the article's own, in the article's year:
    /// money given "in March" by an April article, or "last month", is earlier money, whatever its verb says.</summary>
    private bool GivenInEarlierMonth(AnalysisDocument doc, Span window, Span amount)
    {
        var scope = new Span(window.Start, Math.Min(window.End, amount.End + CueReach));
        var words = doc.Text.AsSpan(scope.Start, scope.Length);
        // Each pattern is tried only where the word it cannot match without stands (most clauses name no month).
        if (words.Contains("month", StringComparison.Ordinal) && PastActLastMonth.IsMatch(words)) return true;
        if (doc.ReferenceDate is not { } published || words.IndexOfAny(lexicon.Months.FullNames) < 0) return false;
        // Read within the scope as if it were the whole text, like a match on a copy of it.
        for (var m = _pastActInMonth.Match(doc.Text, scope.Start, scope.Length); m.Success; m = m.NextMatch())
            if (lexicon.Months.NumberOf(m.Groups["month"].ValueSpan) is var month and > 0 && month < published.Month) return true;
        return false;
    }

    /// <summary>"$33 billion in security, economic, and humanitarian aid": an aid noun after the amount whose coordinated
    /// modifiers name different types.</summary>
    [GeneratedRegex(@"^\s(?:in|of|for)\s(?:(?:additional|new|further)\s)?(?<kind>\p{Ll}+)(?:(?:,\s|,?\s(?:and|or)\s)(?<kind>\p{Ll}+))+\s(?<head>aid|assistance|support|funding)\b", TextPatterns.WindowOptions)]
    private static partial Regex CoordinatedKinds { get; }

    private static readonly string[] KindHeads = ["", " assistance", " aid", " support"];

    /// <summary>A mixed package: the coordinated modifiers of its aid noun ("security, economic, and humanitarian aid") each
    /// name an aid type as the aid-type lexicon reads them ("security assistance", "economic assistance", "humanitarian"), and
    /// the types differ.</summary>
    private bool IsMixedPackage(string text, Span amount, Span window)
    {
        var m = CoordinatedKinds.Match(text, amount.End, Math.Max(0, Math.Min(window.End, amount.End + 100) - amount.End));
        if (!m.Success) return false;
        var types = m.Groups["kind"].Captures
            .Select(c => KindHeads.Select(h => _aidTypeByPhrase.TryGetValue(c.Value + h, out var t) ? (AidType?)t : null).FirstOrDefault(t => t is not null))
            .ToList();
        return types.All(t => t is not null) && types.Distinct().Count() > 1;
    }

    private AidType AidTypeNear(AnalysisDocument doc, Span sentence, Span window, int sentenceIndex, Span amount)
    {
        var text = doc.Text;
        var near = new Span(Math.Max(window.Start, amount.Start - CueReach), Math.Min(window.End, amount.End + CueReach));
        var type = NearestAidType(doc.Words, near, amount);
        if (type is not null) return type.Value;
        // "A, B and C pledged $x, $y and $z respectively to help D recover from the cyclone": the purpose after the list
        // types every amount of it, however far the first stands.
        if (Respectively.IsMatch(text.AsSpan()[sentence.Start..sentence.End]) && NearestAidType(doc.Words, sentence, amount) is { } shared) return shared;
        // "to help Ukraine’s military": money for a state's armed forces is military aid (tried where a forces word stands).
        var clause = text.AsSpan()[window.Start..window.End];
        if (clause.IndexOfAny(ForcesWords) >= 0 && _forcesOfState.Value.IsMatch(clause)) return AidType.Military;
        // "support for the Ukrainian government administration": money given to a government is financial aid.
        if (clause.Contains("government", StringComparison.Ordinal) && _toGovernment.Value.IsMatch(clause)) return AidType.Financial;
        // "for these purposes", "the funds": the type was given in the sentence before.
        if (sentenceIndex > 0 && Anaphora.IsMatch(text.AsSpan()[sentence.Start..sentence.End])
            && doc.Sentences[sentenceIndex - 1].Paragraph >= doc.Sentences[sentenceIndex].Paragraph - 1)
            type = NearestAidType(doc.Words, doc.Sentences[sentenceIndex - 1].Span, amount);
        return type ?? AidType.Unspecified;
    }

    /// <summary>The aid type the headline names ("Germany to halve military aid for Ukraine"), if any.</summary>
    private AidType HeadlineAidType(AnalysisDocument doc)
    {
        var title = doc.Article.Metadata.Title;
        if (title is null || !doc.Text.StartsWith(title, StringComparison.Ordinal)) return AidType.Unspecified;
        return _aidTypes.Find(doc.Words, new Span(0, title.Length)).Select(c => c.Entry.Type).DefaultIfEmpty(AidType.Unspecified).First();
    }

    /// <summary>The aid type the article is clearly about: the only type its words name, more than once.</summary>
    private AidType DominantAidType(WordStarts words)
    {
        var counts = _aidTypes.Find(words, new Span(0, words.Text.Length))
            .GroupBy(c => c.Entry.Type).Select(g => (Type: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ToList();
        if (counts.Count == 0) return AidType.Unspecified;
        var runnerUp = counts.Count > 1 ? counts[1].Count : 0;
        return counts[0].Count >= 2 && runnerUp == 0 ? counts[0].Type : AidType.Unspecified;
    }

    /// <summary>The type word nearest the amount, preferring one after it ("$15 million in assistance ... humanitarian")
    /// over one before it, which usually describes the amount before.</summary>
    private AidType? NearestAidType(WordStarts words, Span scope, Span amount) =>
        _aidTypes.Find(words, scope)
            .OrderBy(c => c.Span.Start >= amount.End ? 0 : 1)
            .ThenBy(c => c.Span.DistanceTo(amount))
            .Select(c => (AidType?)c.Entry.Type)
            .FirstOrDefault();

    /// <summary>The year of the amount's own clause; else the one year its sentence names ("In 2028, there is a gap
    /// of €39 billion ..., of which €28 billion ..."); else, for budget figures, the budget's year ("the 2025 budget").</summary>
    private int? YearOf(AnalysisDocument doc, Span window, Span sentence, Span amount, Lazy<int?> budgetYear)
    {
        // "pledged on Monday to give $10 million over the next three years": the day dates the announcement, and a
        // programme spread over several years has no one year (SCHEMA.md); only a year the text writes out dates it.
        var multiYear = IsSpreadOverYears(doc, sentence, amount);
        if (CountsSinceEarlierYear(doc, window, amount)) return null;
        if (YearNear(doc, window, amount, YearReach, multiYear) is { } own) return own;
        // A sentence-level year scopes forward: "In 2028, ..." dates the amounts after it, not those before it.
        int? single = null;
        var count = 0;
        foreach (var y in CandidateYears(doc, sentence, amount, multiYear))
        {
            if (y.Span.End > amount.Start || count > 0 && y.Year == single) continue;
            single = y.Year;
            count++;
        }
        if (count == 1) return single;
        if (count == 0 && BudgetWord.IsMatch(doc.Text.AsSpan()[sentence.Start..sentence.End])) return budgetYear.Value;
        return null;
    }

    /// <summary>The year of "the 2025 budget", "budget for 2025" when the text names only one.</summary>
    private int? SingleBudgetYear(string text)
    {
        var budgetYears = _budgetYear.Matches(text).Select(m => int.Parse(m.Groups["year"].Value)).Distinct().ToList();
        return budgetYears.Count == 1 ? budgetYears[0] : null;
    }

    private static int? YearNear(AnalysisDocument doc, Span window, Span amount, int reach, bool explicitOnly)
    {
        // The nearest, a year before the amount counting 20 characters further; at a tie, the first.
        int? nearest = null;
        var best = int.MaxValue;
        foreach (var y in CandidateYears(doc, window, amount, explicitOnly))
        {
            if (y.Span.DistanceTo(amount) > reach) continue;
            var distance = y.Span.DistanceTo(amount) + (y.Span.Start < amount.Start ? 20 : 0);
            if (distance < best) (nearest, best) = (y.Year, distance);
        }
        return nearest;
    }

    /// <summary>"since Russia's full-scale invasion in", "since its establishment in": a "since" phrase of a few words, with no
    /// clause break, that the year right after it ends.</summary>
    [GeneratedRegex(@"\b[Ss]ince\s(?:[^\s,;.]+\s){1,6}$", TextPatterns.WindowOptions)]
    private static partial Regex SincePhraseBefore { get; }

    /// <summary>A running total counted from an earlier year ("has given $2.3 billion to Yemenis since 2015", "taking its
    /// contribution since June 2019 to $410 million") spans several years, so it has no one year (SCHEMA.md): the "since" year stands
    /// after the amount with no comma between, or inside the running-total wording that ends right before it.</summary>
    private static bool CountsSinceEarlierYear(AnalysisDocument doc, Span window, Span amount)
    {
        if (doc.ReferenceYear is not { } reference || doc.Years.Count == 0) return false;
        var text = doc.Text;
        bool? bringsTo = null;
        foreach (var y in doc.YearsWithin(window))
        {
            if (y.Year is not { } year || year >= reference || !FollowsSince(text, window, y.Span)) continue;
            // After the amount, the "since" phrase is of its own clause only with no comma between ("$17 billion, ..., and
            // 2 million have returned since 2024" speaks of something else).
            if (y.Span.Start >= amount.End ? !text.AsSpan()[amount.End..y.Span.Start].Contains(',')
                : bringsTo ??= RunningTotalWording.EndsWithBringsTo(text.AsSpan()[window.Start..amount.Start]))
                return true;
        }
        return false;
    }

    /// <summary>Whether a year ends a "since" phrase: "since 2021", "since October 2023", "since the floods began in May 2019".</summary>
    private static bool FollowsSince(string text, Span scope, Span year) =>
        text.AsSpan(Math.Max(scope.Start, year.Start - 20)..year.Start).Contains("since", StringComparison.OrdinalIgnoreCase)
        || SincePhraseBefore.IsMatch(text.AsSpan()[Math.Max(scope.Start, year.Start - 70)..year.Start]);

    /// <summary>Years in a scope that can date an amount: not comparisons ("than in 2024"), starting points
    /// ("since 2020"), ranges ("2023 to 2027"), or a year that introduces another amount ("next year, $3 million").</summary>
    private static List<YearMention> CandidateYears(AnalysisDocument doc, Span scope, Span amount, bool explicitOnly)
    {
        var text = doc.Text;
        var candidates = new List<YearMention>();
        if (doc.Years.Count == 0) return candidates;
        foreach (var y in doc.YearsWithin(scope))
        {
            if (y.Year is null || explicitOnly && y.RelativeOffset is not null
                // "a loan due for repayment in 2030", "bonds maturing in 2030": the end of a loan's term, not the figure's year.
                || text.AsSpan(Math.Max(scope.Start, y.Span.Start - 25)..y.Span.Start) is var lead
                    && (lead.Contains("repay", StringComparison.OrdinalIgnoreCase) || lead.Contains("matur", StringComparison.OrdinalIgnoreCase))
                || text.AsSpan(Math.Max(scope.Start, y.Span.Start - 8)..y.Span.Start).Contains("than", StringComparison.Ordinal)
                    && !text.AsSpan(y.Span.Start, y.Span.Length).EndsWith("ago", StringComparison.Ordinal)
                // "since 2020", "since the floods began in May 2019" start a span of years; "since June" stays within the publication's year.
                || y.RelativeOffset is null && FollowsSince(text, scope, y.Span)
                || IsYearRange(text.AsSpan()[Math.Max(scope.Start, y.Span.Start - 15)..Math.Min(scope.End, y.Span.End + 10)]))
                continue;
            // "..., and next year, $3 million": a year that introduces another amount belongs to it.
            var introducesAmount = false;
            foreach (var m in doc.MoneyOverlapping(new Span(y.Span.End, Math.Min(text.Length, y.Span.End + 4))))
                introducesAmount |= m.Span.Start != amount.Start && m.Span.Start >= y.Span.End && text.AsSpan(y.Span.End..m.Span.Start).Trim() is "" or ",";
            if (!introducesAmount) candidates.Add(y);
        }
        return candidates;
    }

    /// <summary>"to support ...", "for ..." right after the amount; the pattern never needs more than 200 characters.</summary>
    private static string? PurposeAfter(string text, Span amount, Span sentence)
    {
        var end = Math.Min(Math.Max(amount.End, sentence.End), amount.End + 200);
        // The purpose's first word starts within 40 characters of the amount: without one there, the pattern cannot match.
        // Their first letters are searched first: far cheaper on a short window, and enough to rule out most.
        var opening = text.AsSpan(amount.End, Math.Min(end - amount.End, 60));
        if (opening.IndexOfAny(PurposeOpenerInitials) < 0 || opening.IndexOfAny(PurposeOpeners) < 0) return null;
        var m = Purpose.Match(text, amount.End, end - amount.End);
        return m.Success ? m.Groups["purpose"].Value.Trim() : null;
    }

    private static bool IsMultiYear(string text, Span sentence, Span amount) =>
        text.AsSpan()[Math.Max(sentence.Start, amount.Start - 60)..Math.Min(sentence.End, amount.End + 80)] is var around
        && (MultiYear.IsMatch(around) || IsYearRange(around));

    /// <summary>A spread-over-years reading for the year only: <see cref="IsMultiYear"/>, or multi-year wording later in
    /// the amount's clause ("$30 million to train midwives in three regions over the next five years"), or in the next
    /// sentence when it refers back to the money and gives no figure of its own ("The money is to be disbursed over two
    /// years"). SCHEMA.md: a programme spread over several years has no year.</summary>
    private static bool IsSpreadOverYears(AnalysisDocument doc, Span sentence, Span amount)
    {
        if (IsMultiYear(doc.Text, sentence, amount)) return true;
        var clauseEnd = sentence.End;
        foreach (var m in doc.MoneyOverlapping(new Span(amount.End, sentence.End)))
            if (m.ConvertedFrom is null && m.Span.Start >= amount.End) clauseEnd = Math.Min(clauseEnd, m.Span.Start);
        if (clauseEnd > amount.End + 80 && MultiYear.IsMatch(doc.Text.AsSpan()[amount.End..clauseEnd])) return true;
        var index = doc.SentenceIndexAt(amount.Start);
        if (index < 0 || index + 1 >= doc.Sentences.Count || doc.Sentences[index + 1].Paragraph > doc.Sentences[index].Paragraph + 1) return false;
        var next = doc.Sentences[index + 1].Span;
        var words = doc.Text.AsSpan()[next.Start..next.End];
        return MoneyAnaphorOpening.IsMatch(words) && MultiYear.IsMatch(words) && !doc.MoneyOverlapping(next).Any();
    }

    /// <summary>"The money ...", "This funding ...": a sentence opening that refers back to the money itself ("It" may stand
    /// for the project the money pays for).</summary>
    [GeneratedRegex(@"^(?:The|This|These)\s(?:new\s|additional\s)?(?:money|funds|funding|aid|assistance|package|grant|loan|contribution|support|pledge)\b", TextPatterns.WindowOptions)]
    private static partial Regex MoneyAnaphorOpening { get; }

    /// <summary><see cref="YearRange"/>, tried only where it can match: a range needs a dash or slash, or two years.</summary>
    private static bool IsYearRange(ReadOnlySpan<char> text) =>
        (text.IndexOfAny(RangeMarks) >= 0 || YearLikeNumbers(text) >= 2) && YearRange.IsMatch(text);

    private static readonly SearchValues<char> RangeMarks = SearchValues.Create("-–/");

    /// <summary>How many places "19" or "20" followed by two digits starts.</summary>
    private static int YearLikeNumbers(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i + 4 <= text.Length; i++)
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                count++;
        return count;
    }

    private static bool IsTotalAt(string text, Span amount, Span sentence) =>
        Total.IsMatch(text.AsSpan()[Math.Max(sentence.Start, amount.Start - 30)..amount.Start]);
}
