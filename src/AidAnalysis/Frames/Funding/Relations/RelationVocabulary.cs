using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Relations;

/// <summary>The word classes the relation rules read around an amount, from relation-words.tsv, the months of months.tsv and
/// the state names of countries.tsv.</summary>
internal sealed class RelationVocabulary
{
    private static readonly string[] Kinds = ["approximation", "ordinal", "instalment", "season", "event-determiner", "event-preposition",
        "earlier", "round", "last-noun", "package-preposition", "package-noun", "programme-noun", "disbursing", "need", "need-determiner", "copula", "need-adverb",
        "need-participle", "component-qualifier", "including", "also-including", "component-verb", "added-to", "additive", "subject-pronoun", "subject-noun", "of-determiner",
        "whole-adjective", "whole-noun", "remainder", "total-preposition", "part-verb", "part-noun", "represent-verb", "represented-noun",
        "tranche-verb", "tranche-noun", "whole-determiner", "whole-approximation",
        "so-far", "announced-participle", "since-event", "recent", "time-unit", "superlative", "future", "per-year", "coming", "range-start", "range-link",
        "restating-subject", "value-copula", "value-verb", "value-approximation", "ceiling", "against-preposition", "appeal-noun", "gap-participle", "gap-noun", "received", "news-noun", "news-opener", "news-day", "list-mark", "unmet", "elsewhere-heading",
        "summing-word", "programme-preposition", "home-budget", "budget-noun", "budget-possessive", "prospect", "prospect-participle",
        "partitive-determiner", "partitive-pronoun", "auxiliary", "share-verb", "not-aid-noun", "comparison-preposition"];

    /// <exception cref="FormatException">relation-words.tsv has a row of a kind no rule reads.</exception>
    public RelationVocabulary(Lexicon lexicon)
    {
        if (lexicon.RelationWords.FirstOrDefault(w => !Kinds.Contains(w.Kind)) is { Word: not null } unknown)
            throw new FormatException($"relation-words.tsv: kind of {unknown.Word} is {unknown.Kind}");
        RelationWordClass Of(string kind) => new(lexicon.RelationWords.Where(w => w.Kind == kind).Select(w => w.Word));
        Approximations = Of("approximation");
        Ordinals = Of("ordinal");
        Instalments = Of("instalment");
        Seasons = Of("season");
        EventDeterminers = Of("event-determiner");
        EventPrepositions = Of("event-preposition");
        Earlier = Of("earlier");
        Rounds = Of("round");
        LastNouns = Of("last-noun");
        PackagePrepositions = Of("package-preposition");
        PackageNouns = Of("package-noun");
        ProgrammeNouns = Of("programme-noun");
        Disbursing = Of("disbursing");
        Needs = Of("need");
        NeedDeterminers = Of("need-determiner");
        Copulas = Of("copula");
        NeedAdverbs = Of("need-adverb");
        NeedParticiples = Of("need-participle");
        ComponentQualifiers = Of("component-qualifier");
        Including = Of("including");
        AlsoIncluding = Of("also-including");
        ComponentVerbs = Of("component-verb");
        AddedTo = Of("added-to");
        Additives = Of("additive");
        SubjectPronouns = Of("subject-pronoun");
        SubjectNouns = Of("subject-noun");
        OfDeterminers = Of("of-determiner");
        WholeAdjectives = Of("whole-adjective");
        WholeNouns = Of("whole-noun");
        PartitiveDeterminers = Of("partitive-determiner");
        PartitivePronouns = Of("partitive-pronoun");
        ComparisonPrepositions = Of("comparison-preposition");
        Auxiliaries = Of("auxiliary");
        ShareVerbs = Of("share-verb");
        Remainders = Of("remainder");
        TotalPrepositions = Of("total-preposition");
        PartVerbs = Of("part-verb");
        PartNouns = Of("part-noun");
        RepresentVerbs = Of("represent-verb");
        RepresentedNouns = Of("represented-noun");
        TrancheVerbs = Of("tranche-verb");
        TrancheNouns = Of("tranche-noun");
        WholeDeterminers = Of("whole-determiner");
        WholeApproximations = Of("whole-approximation");
        SoFar = Of("so-far");
        AnnouncedParticiples = Of("announced-participle");
        SinceEvents = Of("since-event");
        Recent = Of("recent");
        TimeUnits = Of("time-unit");
        Superlatives = Of("superlative");
        Future = Of("future");
        PerYear = Of("per-year");
        Coming = Of("coming");
        RangeStarts = Of("range-start");
        RangeLinks = Of("range-link");
        RestatingSubjects = Of("restating-subject");
        ValueCopulas = Of("value-copula");
        ValueVerbs = Of("value-verb");
        ValueApproximations = Of("value-approximation");
        NotAidNouns = Of("not-aid-noun");
        Ceilings = Of("ceiling");
        AgainstPrepositions = Of("against-preposition");
        AppealNouns = Of("appeal-noun");
        GapParticiples = Of("gap-participle");
        GapNouns = Of("gap-noun");
        Received = Of("received");
        NewsNouns = Of("news-noun");
        NewsOpeners = Of("news-opener");
        NewsDays = Of("news-day");
        ListMarks = ListMarksOf(lexicon);
        Unmet = Of("unmet");
        ElsewhereHeadings = Of("elsewhere-heading");
        SummingWords = Of("summing-word");
        ProgrammePrepositions = Of("programme-preposition");
        HomeBudgets = Of("home-budget");
        BudgetNouns = Of("budget-noun");
        BudgetPossessives = Of("budget-possessive");
        Prospects = Of("prospect");
        ProspectParticiples = Of("prospect-participle");
        PerfectAuxiliaries = new RelationWordClass(AttributeWords.Entries(lexicon, "perfect-auxiliary"));
        Months = new RelationWordClass(lexicon.Months.Entries.Select(m => m.Name));
        States = lexicon.Countries.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public RelationWordClass Approximations { get; }
    public RelationWordClass Ordinals { get; }
    /// <summary>Singular nouns of one instalment; the plural adds "s".</summary>
    public RelationWordClass Instalments { get; }
    public RelationWordClass Seasons { get; }
    public RelationWordClass EventDeterminers { get; }
    public RelationWordClass EventPrepositions { get; }
    public RelationWordClass Earlier { get; }
    public RelationWordClass Rounds { get; }
    public RelationWordClass LastNouns { get; }
    public RelationWordClass PackagePrepositions { get; }
    public RelationWordClass PackageNouns { get; }
    public RelationWordClass ProgrammeNouns { get; }
    public RelationWordClass Disbursing { get; }
    /// <summary>A verb or noun of need before its object: "needs", "appealing for", "a gap of".</summary>
    public RelationWordClass Needs { get; }
    /// <summary>Words between a need and its amount: "needs an additional", "seeking more than".</summary>
    public RelationWordClass NeedDeterminers { get; }
    /// <summary>"is", "are", "will be" before a need participle.</summary>
    public RelationWordClass Copulas { get; }
    public RelationWordClass NeedAdverbs { get; }
    /// <summary>"needed", "required", "lacking" after the amount.</summary>
    public RelationWordClass NeedParticiples { get; }
    public RelationWordClass ComponentQualifiers { get; }
    public RelationWordClass Including { get; }
    public RelationWordClass AlsoIncluding { get; }
    /// <summary>"consists of", "includes", "will be split": a whole's verb whose parts follow it in the sentence.</summary>
    public RelationWordClass ComponentVerbs { get; }
    /// <summary>"on top of", "in addition to", "adds to": the amount after it is the earlier money the news is added to.</summary>
    public RelationWordClass AddedTo { get; }
    public RelationWordClass Additives { get; }
    public RelationWordClass SubjectPronouns { get; }
    public RelationWordClass SubjectNouns { get; }
    public RelationWordClass OfDeterminers { get; }
    public RelationWordClass WholeAdjectives { get; }
    public RelationWordClass WholeNouns { get; }
    public RelationWordClass PartitiveDeterminers { get; }
    public RelationWordClass PartitivePronouns { get; }
    /// <summary>Prepositions that make the amount after them a figure compared with ("up from $X", "compared with $X").</summary>
    public RelationWordClass ComparisonPrepositions { get; }
    public RelationWordClass Auxiliaries { get; }
    /// <summary>Finite verbs of where money went that take "of that" as their subject ("$5 million of that went to food").</summary>
    public RelationWordClass ShareVerbs { get; }
    public RelationWordClass Remainders { get; }
    public RelationWordClass TotalPrepositions { get; }
    public RelationWordClass PartVerbs { get; }
    public RelationWordClass PartNouns { get; }
    public RelationWordClass RepresentVerbs { get; }
    public RelationWordClass RepresentedNouns { get; }
    public RelationWordClass TrancheVerbs { get; }
    public RelationWordClass TrancheNouns { get; }
    public RelationWordClass WholeDeterminers { get; }
    public RelationWordClass WholeApproximations { get; }
    public RelationWordClass SoFar { get; }
    public RelationWordClass AnnouncedParticiples { get; }
    public RelationWordClass SinceEvents { get; }
    public RelationWordClass Recent { get; }
    public RelationWordClass TimeUnits { get; }
    public RelationWordClass Superlatives { get; }
    public RelationWordClass Future { get; }
    public RelationWordClass PerYear { get; }
    public RelationWordClass Coming { get; }
    public RelationWordClass RangeStarts { get; }
    public RelationWordClass RangeLinks { get; }
    public RelationWordClass RestatingSubjects { get; }
    public RelationWordClass ValueCopulas { get; }
    public RelationWordClass ValueVerbs { get; }
    public RelationWordClass ValueApproximations { get; }
    /// <summary>"up to", "at most": a bound, not an exact figure.</summary>
    public RelationWordClass Ceilings { get; }
    /// <summary>"against", "toward": money set against a need (<see cref="ReceivedAgainstNeed"/>).</summary>
    public RelationWordClass AgainstPrepositions { get; }
    /// <summary>"appeal", "plan": the need money is set against.</summary>
    public RelationWordClass AppealNouns { get; }
    /// <summary>"leaving": what it leaves of a need (<see cref="GapOfNeed"/>).</summary>
    public RelationWordClass GapParticiples { get; }
    /// <summary>"gap", "shortfall".</summary>
    public RelationWordClass GapNouns { get; }
    /// <summary>"remains", "outstanding": an amount still to find (<see cref="NewsInRunningTotal"/>).</summary>
    public RelationWordClass Unmet { get; }
    /// <summary>Words of a list heading naming other givers or earlier years ("other", "earlier"; <see cref="ListUnderHeading"/>).</summary>
    public RelationWordClass ElsewhereHeadings { get; }
    /// <summary>"secured", "received": money already in against a need (<see cref="ReceivedAgainstNeed"/>).</summary>
    public RelationWordClass Received { get; }

    /// <summary>"allocation", "announcement": the news a running total includes, named by a sentence opening "With this
    /// allocation," (<see cref="NewsInRunningTotal"/>).</summary>
    public RelationWordClass NewsNouns { get; }
    public RelationWordClass NewsOpeners { get; }
    public RelationWordClass NewsDays { get; }

    /// <summary>The marks that open a bulleted list line.</summary>
    public IReadOnlyList<char> ListMarks { get; }

    /// <summary>The list-mark rows, each one character; read by the fill pass too, which holds no vocabulary.</summary>
    /// <exception cref="FormatException">A list-mark is not one character.</exception>
    internal static char[] ListMarksOf(Lexicon lexicon) =>
        [.. lexicon.RelationWords.Where(w => w.Kind == "list-mark").Select(w => w.Word.Length == 1 ? w.Word[0]
            : throw new FormatException($"relation-words.tsv: list-mark {w.Word} is not one character"))];
    public RelationWordClass SummingWords { get; }
    public RelationWordClass ProgrammePrepositions { get; }
    /// <summary>"own", "national", "state": before a budget noun, a government's budget at home (<see cref="OwnBudgetSpending"/>).</summary>
    public RelationWordClass HomeBudgets { get; }
    public RelationWordClass BudgetNouns { get; }
    /// <summary>"its", "their" before a year and a budget noun: the giver's own budget ("in its 2026 budget").</summary>
    public RelationWordClass BudgetPossessives { get; }

    /// <summary>Nouns naming an amount as no money given: a price, revenue, a cost, a loss ("revenue fell by $X").</summary>
    public RelationWordClass NotAidNouns { get; }

    public RelationWordClass Prospects { get; }

    public RelationWordClass ProspectParticiples { get; }

    /// <summary>The perfect-auxiliary class of funding-attribute-words.tsv ("has disbursed").</summary>
    public RelationWordClass PerfectAuxiliaries { get; }
    /// <summary>The full month names, any case.</summary>
    public RelationWordClass Months { get; }
    /// <summary>The names of states in countries.tsv, any case: a party that is a state (<see cref="OwnBudgetSpending"/>, <see cref="TotalTakesOwnType"/>).</summary>
    public IReadOnlySet<string> States { get; }
}
