using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>The word classes of funding-attribute-words.tsv, each entry split into its words, longest first.</summary>
internal sealed class AttributeWords(Lexicon lexicon)
{
    public Phrases ChangeApproximators { get; } = Of(lexicon, "change-approximator");
    public Phrases PartDeterminers { get; } = Of(lexicon, "part-determiner");
    public Phrases ProgrammeNouns { get; } = Of(lexicon, "programme-noun");
    public Phrases ProgrammePrepositions { get; } = Of(lexicon, "programme-preposition");
    public Phrases ProgrammeOwnerPrepositions { get; } = Of(lexicon, "programme-owner-preposition");
    public Phrases ProgrammeOwners { get; } = Of(lexicon, "programme-owner");
    public Phrases FutureMarkers { get; } = Of(lexicon, "future-marker");
    public Phrases TotalWords { get; } = Of(lexicon, "total-word");
    public Phrases Modals { get; } = Of(lexicon, "modal");
    public Phrases ModalFillers { get; } = Of(lexicon, "modal-filler");
    public Phrases ObjectModifiers { get; } = Of(lexicon, "object-modifier");
    public Phrases ChannelParticiples { get; } = Of(lexicon, "channel-participle");
    public Phrases ChannelPrepositions { get; } = Of(lexicon, "channel-preposition");
    public Phrases WholePrepositions { get; } = Of(lexicon, "whole-preposition");
    public Phrases WholeDeterminers { get; } = Of(lexicon, "whole-determiner");
    public Phrases RunningTotalOpeners { get; } = Of(lexicon, "running-total-opener");
    public Phrases AmountGapWords { get; } = Of(lexicon, "amount-gap-word");
    public Phrases ValuingPrepositions { get; } = Of(lexicon, "valuing-preposition");
    public Phrases PointerDeterminers { get; } = Of(lexicon, "pointer-determiner");
    public Phrases PointedNouns { get; } = Of(lexicon, "pointed-noun");
    public Phrases ArticleDeterminers { get; } = Of(lexicon, "article-determiner");
    public Phrases MoneyNouns { get; } = Of(lexicon, "money-noun");
    public Phrases OpeningDeterminers { get; } = Of(lexicon, "opening-determiner");
    public Phrases OpeningModifiers { get; } = Of(lexicon, "opening-modifier");
    public Phrases OpeningMoneyNouns { get; } = Of(lexicon, "opening-money-noun");
    public Phrases GovernmentSupportNouns { get; } = Of(lexicon, "government-support-noun");
    public Phrases GovernmentPrepositions { get; } = Of(lexicon, "government-preposition");
    public Phrases GovernmentDeterminers { get; } = Of(lexicon, "government-determiner");
    public Phrases GovernmentNouns { get; } = Of(lexicon, "government-noun");
    public Phrases ForcesWords { get; } = Of(lexicon, "forces-word");
    public Phrases FutureShareMarkers { get; } = Of(lexicon, "future-share-marker");
    public Phrases FutureShareFillers { get; } = Of(lexicon, "future-share-filler");
    public Phrases ShareVerbs { get; } = Of(lexicon, "share-verb");
    public Phrases LossNouns { get; } = Of(lexicon, "loss-noun");
    public Phrases PackagePrepositions { get; } = Of(lexicon, "package-preposition");
    public Phrases PackageModifiers { get; } = Of(lexicon, "package-modifier");
    public Phrases PackageConjunctions { get; } = Of(lexicon, "package-conjunction");
    public Phrases PackageHeads { get; } = Of(lexicon, "package-head");
    public Phrases PurposeOpeners { get; } = Of(lexicon, "purpose-opener");
    public Phrases PurposeEnds { get; } = Of(lexicon, "purpose-end");
    public Phrases YearRangeLinks { get; } = Of(lexicon, "year-range-link");
    public Phrases YearRangeShortLinks { get; } = Of(lexicon, "year-range-short-link");
    public Phrases YearQuantifiers { get; } = Of(lexicon, "year-quantifier");
    public Phrases YearNouns { get; } = Of(lexicon, "year-noun");
    // Arrays, not lists: the year rules walk these for every token they test, and an array's foreach allocates nothing.
    public string[] YearAgo { get; } = [.. Entries(lexicon, "year-ago")];
    public string[] YearlyWords { get; } = [.. Entries(lexicon, "yearly-word")];
    public string[] SpreadWords { get; } = [.. Entries(lexicon, "spread-word")];
    public Phrases YearsOver { get; } = Of(lexicon, "years-over");
    public Phrases YearsDeterminers { get; } = Of(lexicon, "years-determiner");
    public Phrases YearsSpans { get; } = Of(lexicon, "years-span");
    public Phrases YearsNouns { get; } = Of(lexicon, "years-noun");
    public string[] SinceWords { get; } = [.. Entries(lexicon, "since-word")];
    public Phrases EventStartNouns { get; } = Of(lexicon, "event-start-noun");
    public Phrases EventStartDeterminers { get; } = Of(lexicon, "event-start-determiner");
    public Phrases EventStartPrepositions { get; } = Of(lexicon, "event-start-preposition");
    public string[] LoanTermStems { get; } = [.. Entries(lexicon, "loan-term-stem")];
    public string[] ComparisonWords { get; } = [.. Entries(lexicon, "comparison-word")];
    public IReadOnlyList<string> AidNouns { get; } = Entries(lexicon, "aid-noun");
    public IReadOnlyList<string> PastActVerbs { get; } = Entries(lexicon, "past-act-verb");
    public IReadOnlyList<string> ActGapWords { get; } = Entries(lexicon, "act-gap-word");
    public Phrases PartsSubjects { get; } = Of(lexicon, "parts-subject");
    public Phrases PartsFillers { get; } = Of(lexicon, "parts-filler");
    public Phrases PartsVerbs { get; } = Of(lexicon, "parts-verb");
    public Phrases PartsOpeners { get; } = Of(lexicon, "parts-opener");
    public Phrases PartsWholes { get; } = Of(lexicon, "parts-whole");
    public Phrases RateUnits { get; } = Of(lexicon, "rate-unit");
    public Phrases SpanEndWords { get; } = Of(lexicon, "span-end-word");
    public Phrases AmountYearPrepositions { get; } = Of(lexicon, "amount-year-preposition");
    public Phrases PerfectAuxiliaries { get; } = Of(lexicon, "perfect-auxiliary");
    public Phrases PerfectParticiples { get; } = Of(lexicon, "perfect-participle");
    public Phrases ConditionConjunctions { get; } = Of(lexicon, "condition-conjunction");
    public Phrases ReceiptVerbs { get; } = Of(lexicon, "receipt-verb");
    public Phrases NeedDeterminers { get; } = Of(lexicon, "need-determiner");
    public Phrases RelativeNeedVerbs { get; } = Of(lexicon, "relative-need-verb");
    public Phrases RelativeSubjectPronouns { get; } = Of(lexicon, "relative-subject-pronoun");
    public Phrases RelativeLinks { get; } = Of(lexicon, "relative-link");
    public Phrases ValueWords { get; } = Of(lexicon, "value-word");
    public Phrases ValueLinks { get; } = Of(lexicon, "value-link");
    public Phrases ConsignmentNouns { get; } = Of(lexicon, "consignment-noun");
    public Phrases ConsignmentVerbs { get; } = Of(lexicon, "consignment-verb");
    public Phrases ConsignmentLossVerbs { get; } = Of(lexicon, "consignment-loss-verb");
    public Phrases ComingVerbs { get; } = Of(lexicon, "coming-verb");
    public Phrases LevelVerbs { get; } = Of(lexicon, "level-verb");
    public Phrases LevelSumWords { get; } = Of(lexicon, "level-sum-word");
    public Phrases LevelCeilings { get; } = Of(lexicon, "level-ceiling");
    public Phrases LevelNewsWords { get; } = Of(lexicon, "level-news-word");
    public Phrases EventRelativePronouns { get; } = Of(lexicon, "event-relative-pronoun");
    public Phrases ReliefActWords { get; } = Of(lexicon, "relief-act-word");
    public Phrases ReliefGoodsWords { get; } = Of(lexicon, "relief-goods-word");
    public Phrases ClauseConjunctions { get; } = Of(lexicon, "clause-conjunction");
    public Phrases AmountHeadNouns { get; } = Of(lexicon, "amount-head-noun");
    public Phrases ReceiverPrepositions { get; } = Of(lexicon, "receiver-preposition");
    public Phrases PrepositionsBeforeThat { get; } = Of(lexicon, "preposition-before-that");
    public Phrases PassiveAuxiliaries { get; } = Of(lexicon, "passive-auxiliary");
    public Phrases RequestParticiples { get; } = Of(lexicon, "request-participle");
    public Phrases ReducedRelativePrepositions { get; } = Of(lexicon, "reduced-relative-preposition");
    public Phrases NonNounsBeforeParticiple { get; } = Of(lexicon, "non-noun-before-participle");
    public Phrases YearClauseOpeners { get; } = Of(lexicon, "year-clause-opener");

    /// <summary>A class missing from the file is an error, not an empty class that would never match.</summary>
    private static Phrases Of(Lexicon lexicon, string wordClass) => new(Entries(lexicon, wordClass));

    /// <summary>The entries of one class, as written in the file; a class missing from it is an error.</summary>
    public static IReadOnlyList<string> Entries(Lexicon lexicon, string wordClass) =>
        lexicon.FundingAttributeWords.TryGetValue(wordClass, out var words) && words.Count > 0
            ? words
            : throw new FormatException($"funding-attribute-words.tsv: no words of class {wordClass}");

    /// <summary>The entries of one class, as words.</summary>
    internal sealed class Phrases(IEnumerable<string> entries)
    {
        private readonly string[][] _phrases = [.. entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length)];

        /// <summary>Whether a one-word entry is <paramref name="word"/> as written.</summary>
        public bool Contains(string word)
        {
            foreach (var p in _phrases)
                if (p.Length == 1 && p[0] == word) return true;
            return false;
        }

        /// <summary>Whether a one-word entry is token <paramref name="index"/>.</summary>
        public bool IsWord(TokenLayer tokens, int index)
        {
            foreach (var p in _phrases)
                if (p.Length == 1 && tokens.IsExactly(index, p[0])) return true;
            return false;
        }

        public int Count => _phrases.Length;

        /// <summary>Whether an entry starts at a token of <paramref name="span"/> and ends inside it.</summary>
        public bool AnyWithin(TokenLayer tokens, Span span)
        {
            var (first, end) = tokens.WhollyWithin(span);
            for (var i = first; i < end; i++)
                if (EndStartingAt(tokens, i, span.End) >= 0) return true;
            return false;
        }

        /// <summary>Whether an entry starts at a token of <paramref name="span"/> and ends inside it, any letter case ("Crisis
        /// Response Window", "Humanitarian").</summary>
        public bool AnyWithinAnyCase(TokenLayer tokens, Span span)
        {
            var (first, end) = tokens.WhollyWithin(span);
            for (var i = first; i < end; i++)
                foreach (var p in _phrases)
                    if (SpellsAnyCase(tokens, i, p, span.End)) return true;
            return false;
        }

        private static bool SpellsAnyCase(TokenLayer tokens, int first, string[] phrase, int ceiling)
        {
            var i = first;
            for (var w = 0; w < phrase.Length; w++)
            {
                if (i < 0 || !tokens.Is(i, phrase[w]) || tokens[i].End > ceiling) return false;
                if (w < phrase.Length - 1) i = tokens.WordRightAfter(tokens[i].End, ceiling, WordSpacing.OneWhitespace);
            }
            return true;
        }

        /// <summary>The first token of entry <paramref name="entry"/> when it ends with token <paramref name="last"/>, else -1.</summary>
        public int StartEndingAt(TokenLayer tokens, int entry, int last, int floor) => tokens.PhraseEndingAt(last, _phrases[entry], floor);

        /// <summary>The first token of the longest entry that ends with token <paramref name="last"/>, else -1.</summary>
        public int StartOfAnyEndingAt(TokenLayer tokens, int last, int floor)
        {
            foreach (var p in _phrases)
                if (tokens.PhraseEndingAt(last, p, floor) is var first and >= 0) return first;
            return -1;
        }

        /// <summary>Whether an entry ends with token <paramref name="last"/>.</summary>
        public bool EndsAt(TokenLayer tokens, int last, int floor)
        {
            foreach (var p in _phrases)
                if (tokens.PhraseEndingAt(last, p, floor) >= 0) return true;
            return false;
        }

        /// <summary>The last token of the first entry that starts with token <paramref name="first"/>, else -1.</summary>
        public int EndStartingAt(TokenLayer tokens, int first, int ceiling)
        {
            foreach (var p in _phrases)
                if (tokens.PhraseStartingAt(first, p, ceiling) is var last and >= 0) return last;
            return -1;
        }
    }
}
