using System.Globalization;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Lexicons;

/// <summary>
/// All gazetteers and word lists the pipeline uses, loaded from the embedded data files or from a folder
/// (<see cref="Load(string)"/>) whose files override them one by one.
/// Immutable, so one instance is safely shared by every pipeline in the process.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> LazyDefault = new(() => Load(LanguageData.Embedded));

    public static Lexicon Default => LazyDefault.Value;

    public required IReadOnlyList<CountryEntry> Countries { get; init; }
    public required IReadOnlyList<OrganizationEntry> Organizations { get; init; }
    public required IReadOnlySet<string> Titles { get; init; }
    /// <summary>Every form of a reporting verb, mapped to whether the cue itself hedges (expects, believes).</summary>
    public required IReadOnlyDictionary<string, bool> ReportingVerbs { get; init; }
    /// <summary>The reporting-verb entries with their lemma and every form, as listed or inflected.</summary>
    public IReadOnlyList<ReportingVerbEntry> ReportingVerbEntries { get; init; } = [];
    /// <summary>Forms of stance verbs whose object is the statement ("condemned the attack").</summary>
    public required IReadOnlySet<string> StanceVerbs { get; init; }
    public required IReadOnlySet<string> GroupSpeakers { get; init; }
    /// <summary>Words that bound a speaker's noun phrase: true for a determiner, which is part of it ("the", "its"), false for a
    /// word it starts after ("of", "which"): noun-phrase-words.tsv.</summary>
    public IReadOnlyDictionary<string, bool> NounPhraseBounds { get; init; } = new Dictionary<string, bool>();
    /// <summary>Nouns standing for an organisation named before ("the charity"), with the gazetteer types each may stand for,
    /// or "any": organization-anaphors.tsv.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OrganizationAnaphors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Group-speaker heads that are plural without ending in "s" ("police", "people"), marked in group-speakers.txt.</summary>
    public IReadOnlySet<string> PluralGroupSpeakers { get; init; } = new HashSet<string>();
    public required IReadOnlySet<string> Hedges { get; init; }
    public required IReadOnlySet<string> Negations { get; init; }
    public required IReadOnlySet<string> OrganizationHeads { get; init; }
    /// <summary>Organisation heads that are no name when they stand alone ("Government", "Cluster"), as written: the "bare"
    /// class of org-heads.txt.</summary>
    public WordSet BareOrganizationHeads { get; init; } = new([], caseSensitive: true);
    public required IReadOnlySet<string> Abbreviations { get; init; }
    public required IReadOnlySet<string> GivenNames { get; init; }
    /// <summary>Honorifics, role nouns and given names that show a person's gender, case-insensitively: gender-words.tsv.</summary>
    public IReadOnlyDictionary<string, GenderWord> GenderWords { get; init; } = new Dictionary<string, GenderWord>();
    public required IReadOnlySet<string> Places { get; init; }
    public required IReadOnlySet<string> RecipientHeads { get; init; }
    /// <summary>Portfolio words of titles ("Affairs", "Defence") that never are a person's name.</summary>
    public required IReadOnlySet<string> OfficeWords { get; init; }
    public required IReadOnlySet<string> ClauseOpeners { get; init; }
    /// <summary>Words that join two noun phrases or open a complement ("and", "the", "of"): phrase-joiners.txt.</summary>
    public required IReadOnlySet<string> PhraseJoiners { get; init; }
    /// <summary>Lower-case nouns naming a kind of organisation ("a fertiliser maker", "an aid group").</summary>
    public required IReadOnlySet<string> OrganizationNouns { get; init; }
    /// <summary>Lower-case nouns that end a person's role in an apposition ("a UN spokesperson"): person-roles.txt.</summary>
    public IReadOnlySet<string> PersonRoles { get; init; } = new HashSet<string>();
    /// <summary>Verbs whose object is a person ("met X Y"): person-verbs.txt.</summary>
    public IReadOnlyList<string> PersonVerbs { get; init; } = [];
    /// <summary>Verbs of people fleeing across a border ("fled to X": X is a place).</summary>
    public required IReadOnlySet<string> FlightVerbs { get; init; }

    /// <summary>Verbs that name something in a quoted phrase ("called it “a lifeline”"): naming-verbs.txt.</summary>
    public required IReadOnlySet<string> NamingVerbs { get; init; }
    /// <summary>Words next to a capital that show it named as a place ("in Kyiv", "visited Paris"), any case: seat-place-words.txt.</summary>
    public IReadOnlySet<string> SeatPlaceWords { get; init; } = new HashSet<string>();
    /// <summary>Lower-case words inside an organisation's capitalised name ("of", "for", "de"): name-connectors.txt.</summary>
    public IReadOnlyList<string> NameConnectors { get; init; } = [];
    /// <summary>Credit-line words before the names of a story's reporters and editors ("Reporting by"), in either case: credit-words.txt.</summary>
    public IReadOnlyList<string> CreditWords { get; init; } = [];
    /// <summary>Titles of a company's head written after its one-word name ("Acme CEO"): corporate-titles.txt.</summary>
    public IReadOnlySet<string> CorporateTitles { get; init; } = new HashSet<string>();
    /// <summary>Words that open a title in apposition after a comma ("X, former Minister,"), in file order: apposition-openers.txt.</summary>
    public IReadOnlyList<string> AppositionOpeners { get; init; } = [];
    /// <summary>Subordinators that after a comma open a contrasting clause ("..., while ..."): contrast-conjunctions.txt.</summary>
    public IReadOnlyList<string> ContrastConjunctions { get; init; } = [];
    /// <summary>phrase-words.tsv: the coordinators, articles, auxiliaries and attribution openers the phrase stage reads by, each with its kind.</summary>
    public IReadOnlyList<(string Word, string Kind)> PhraseWords { get; init; } = [];
    /// <summary>relation-words.tsv: the words the funding-relation rules read around an amount, each with its kind.</summary>
    public IReadOnlyList<(string Word, string Kind)> RelationWords { get; init; } = [];
    /// <summary>Courtesy and academic titles that say nothing of whom their holder serves ("Mr", "Dr."): courtesy-titles.txt.</summary>
    public IReadOnlySet<string> CourtesyTitles { get; init; } = new HashSet<string>();
    /// <summary>Words of the document-type and section labels near a headline ("Press Release", "Breaking News"): head-label-words.txt.</summary>
    public IReadOnlySet<string> HeadLabelWords { get; init; } = new HashSet<string>();
    /// <summary>Titles of diplomats, who serve the state that sends them ("ambassador", "high commissioner"): diplomat-titles.txt.</summary>
    public IReadOnlyList<string> DiplomatTitles { get; init; } = [];
    /// <summary>Prepositions before a state's name that make it no agent, only a place, or where help goes: state-prepositions.tsv.</summary>
    public StatePrepositions StatePrepositions { get; init; } = StatePrepositions.Empty;
    /// <summary>Nouns "the" refers back to an organisation with ("the ministry"), as written: anaphoric-body-nouns.txt.</summary>
    public IReadOnlyList<string> AnaphoricBodyNouns { get; init; } = [];
    /// <summary>Bodies news also names for their parent, with that parent ("European Commission" → "European Union"): parent-named-bodies.tsv.</summary>
    public IReadOnlyDictionary<string, string> ParentNamedBodies { get; init; } = new Dictionary<string, string>();

    /// <summary>Every form of the plain verbs of saying ("said", "told", "adds"): the lemmas of saying-verbs.txt, with their forms
    /// from reporting-verbs.txt.</summary>
    public IReadOnlySet<string> SayingVerbs { get; init; } = new HashSet<string>();
    /// <summary>Appositive nouns of saying a denial follows ("a charge Y rejects"): charge-nouns.txt, in file order.</summary>
    public IReadOnlyList<string> ChargeNouns { get; init; } = [];
    /// <summary>Every form of the verbs of rejecting a statement ("denies", "rejected"): denial-verbs.txt, in file order.</summary>
    public IReadOnlyList<string> DenialVerbs { get; init; } = [];
    /// <summary>Plural nouns of saying whose that-clause is the statement ("allegations that"): allegation-nouns.txt, in file order.</summary>
    public IReadOnlyList<string> AllegationNouns { get; init; } = [];
    /// <summary>Determiners opening an unnamed member of a body as a speaker ("a", "two", "several"): member-determiners.txt.</summary>
    public IReadOnlyList<string> MemberDeterminers { get; init; } = [];
    /// <summary>Conjunctions that open a clause between a quotation and the next cue: true for a coordinator counted only as the
    /// first word ("and"), false for one counted anywhere ("though"): quote-clause-conjunctions.tsv.</summary>
    public IReadOnlyDictionary<string, bool> QuoteClauseConjunctions { get; init; } = new Dictionary<string, bool>();
    /// <summary>Closed-class words of the claim rules by class ("joined-clause", "relative", ...): claim-words.tsv.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClaimWordClasses { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Verbs after which "that" is a pronoun subject, not a conjunction ("that is"): that-pronoun-verbs.txt.</summary>
    public IReadOnlyList<string> ThatPronounVerbs { get; init; } = [];

    /// <summary>Audiences after "told" that are not the statement ("told reporters"), longest first: hearers.txt.</summary>
    public required IReadOnlyList<string> Hearers { get; init; }
    /// <summary>Well-known office holders with the state or body they act for.</summary>
    public required IReadOnlyList<OfficeHolderEntry> OfficeHolders { get; init; }
    /// <summary>Numbers written as words ("two", "a hundred", "half a") and their values, whatever their case: number-words.tsv.</summary>
    public required IReadOnlyDictionary<string, double> NumberWords { get; init; }
    /// <summary>Words that scale an amount's number, with their factors: scale-words.tsv.</summary>
    public required IReadOnlyList<ScaleWord> ScaleWords { get; init; }
    /// <summary>Lower-case heads of government bodies and the portfolio words before a ministry: government-body-words.tsv.</summary>
    public required GovernmentBodyWords GovernmentBodyWords { get; init; }
    public required IReadOnlyList<CurrencyForm> Currencies { get; init; }
    /// <summary>Currency codes that also name a numbered meeting ("COP28"): numbered-names.txt.</summary>
    public required IReadOnlySet<string> NumberedNames { get; init; }

    /// <summary>The states whose currency each ISO code is, for the codes a shared form can stand for.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> CurrencyStates { get; init; }
    public required IReadOnlyList<AidItemEntry> AidItems { get; init; }
    public required IReadOnlyList<AidTypeCue> AidTypeCues { get; init; }
    public required IReadOnlyList<FundingCue> FundingCues { get; init; }
    public required IReadOnlyList<DonorBodyEntry> DonorBodies { get; init; }
    /// <summary>The closed word classes of the funding frame's party readers, each class's words in file order: party-words.tsv.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PartyWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The prepositions before and the continuations after the noun of an apposition that names an organisation
    /// (organisation-description-words.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OrganizationDescriptionWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The words of an organisation's name that tell whose it is: a state agency's opener and head, the head of a fund a
    /// state's name opens as its beneficiary (organisation-name-words.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OrganisationNameWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The class nouns and the markers that announce a list of organisations by example, "companies like"
    /// (organisation-list-words.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OrganisationListWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The marks, date words and desk words of a byline written without "By" (byline-words.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> BylineWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The verbs, agent cues and media nouns before a news outlet's name, "told Devex" (outlet-cues.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OutletCues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The complement heads, honorifics and verbs of leading read between a title or a name's comma and the name or body
    /// that follows (title-name-words.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TitleNameWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Closed word classes the aid-item stage reads around an item (aid-item-words.tsv): class → words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AidItemWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Closed word classes of the funding attribute rules (funding-attribute-words.tsv): class → words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FundingAttributeWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Forms of the verbs that raise a running total (running-total-verbs.tsv): kind (base, third, participle, past) → forms.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RunningTotalVerbs { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<TimeWordEntry> TimeWords { get; init; } = [];
    /// <summary>Closed word classes of the time expressions the year recogniser reads beside its own (time-expression-words.tsv).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TimeExpressionWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The months with their abbreviations, in calendar order: months.tsv.</summary>
    public required MonthNames Months { get; init; }
    public required ExchangeRates Rates { get; init; }

    /// <summary>Every surface form of a country (name, alias, seat) mapped to its canonical name.</summary>
    public required IReadOnlyDictionary<string, string> CountryByForm { get; init; }

    /// <summary>Gazetteer organisations by canonical name.</summary>
    public required IReadOnlyDictionary<string, OrganizationEntry> OrganizationByName { get; init; }

    /// <summary>Every demonym ("South Korean") mapped to its country.</summary>
    public required IReadOnlyDictionary<string, string> CountryByDemonym { get; init; }

    /// <summary>Every form the reporting verbs give the lemmas listed.</summary>
    private static HashSet<string> FormsOf(IReadOnlyList<string> lemmas, IEnumerable<ReportingVerbEntry> reportingVerbs) =>
        reportingVerbs.Where(r => lemmas.Contains(r.Lemma, StringComparer.OrdinalIgnoreCase)).SelectMany(r => r.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static GovernmentBodyWords GovernmentBodies(IReadOnlyList<string[]> rows)
    {
        string[] Of(string kind) => [.. rows.Where(r => r[1] == kind).Select(r => r[0])];
        if (rows.FirstOrDefault(r => r[1] is not ("force" or "body" or "field")) is { } unknown)
            throw new FormatException($"government-body-words.tsv: kind of {unknown[0]} is none of force, body, field");
        // Longest first, so a portfolio that ends another ("affairs", "foreign affairs") is read whole.
        return new GovernmentBodyWords(Of("force"), Of("body"), [.. Of("field").OrderByDescending(f => f.Length)]);
    }

    private static Dictionary<string, string> CountryForms(IEnumerable<CountryEntry> countries)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in countries)
            foreach (var form in c.Aliases.Concat(c.Seats).Prepend(c.Name))
                forms.TryAdd(form, c.Name);
        return forms;
    }

    /// <summary>The lexicon from a folder of data files named like the embedded ones, each file the folder lacks
    /// read from the embedded default.</summary>
    /// <exception cref="InvalidDataException">The folder is missing, holds an unknown file, or a row does not parse.</exception>
    public static Lexicon Load(string folder) => Load(LanguageData.FromFolder(folder));

    /// <exception cref="InvalidDataException">An overriding file cannot be read or a row of it does not parse.</exception>
    public static Lexicon Load(LanguageData data)
    {
        try
        {
            return Parse(data);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"language data from {data.Origin}: cannot be used ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }

    private static Lexicon Parse(LanguageData data)
    {
        HashSet<string> Set(string file, StringComparer comparer) => new(data.ReadLines(file), comparer);
        // A file of word classes: each row a word and its class; each class's words in file order.
        Dictionary<string, IReadOnlyList<string>> Classes(string file) => data.ReadRows(file).GroupBy(r => r[1], r => r[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g], StringComparer.Ordinal);

        var countries = data.ReadRows("countries.tsv")
            .Select(r => new CountryEntry(r[0], ResourceReader.SplitList(r, 1), ResourceReader.SplitList(r, 2), ResourceReader.SplitList(r, 3)))
            .ToArray();
        var organizations = data.ReadRows("organizations.tsv")
            .Select(r => new OrganizationEntry(r[0], ResourceReader.SplitList(r, 1),
                r.Length > 2 && r[2].Length > 0 ? r[2] : null, r.Length > 3 ? r[3] : "organization"))
            .ToArray();
        var reportingVerbs = data.ReadRows("reporting-verbs.txt")
            .Select(r => new ReportingVerbEntry(r[0], ReportingVerbForms.Of(r[0], ResourceReader.SplitList(r, 3)),
                Hedge: r.Length > 1 && r[1] == "1", Stance: r.Length > 2 && r[2] == "1", Negated: r.Length > 4 && r[4] == "1"))
            .ToArray();
        return new Lexicon
        {
            Countries = countries,
            CountryByForm = CountryForms(countries),
            CountryByDemonym = countries.SelectMany(c => c.Demonyms.Select(d => (Demonym: d, c.Name)))
                .GroupBy(p => p.Demonym).ToDictionary(g => g.Key, g => g.First().Name),
            Organizations = organizations,
            OrganizationByName = organizations.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First()),
            Titles = Set("titles.txt", StringComparer.Ordinal),
            ReportingVerbEntries = reportingVerbs,
            ReportingVerbs = reportingVerbs
                .SelectMany(r => r.Forms.Select(f => (Form: f, r.Hedge)))
                .DistinctBy(f => f.Form, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(f => f.Form, f => f.Hedge, StringComparer.OrdinalIgnoreCase),
            StanceVerbs = reportingVerbs.Where(r => r.Stance).SelectMany(r => r.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase),
            GroupSpeakers = Set("group-speakers.txt", StringComparer.OrdinalIgnoreCase),
            NounPhraseBounds = data.ReadRows("noun-phrase-words.tsv")
                .ToDictionary(r => r[0], r => r[1] switch
                {
                    "determiner" => true,
                    "break" => false,
                    _ => throw new FormatException($"noun-phrase-words.tsv: kind of {r[0]} is neither determiner nor break"),
                }, StringComparer.OrdinalIgnoreCase),
            OrganizationAnaphors = data.ReadRows("organization-anaphors.tsv")
                .ToDictionary(r => r[0], r => ResourceReader.SplitList(r, 1) as IReadOnlyList<string>, StringComparer.OrdinalIgnoreCase),
            PluralGroupSpeakers = data.ReadRows("group-speakers.txt").Where(r => r.Length > 1 && r[1] == "plural")
                .Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Hedges = Set("hedges.txt", StringComparer.OrdinalIgnoreCase),
            Negations = Set("negations.txt", StringComparer.OrdinalIgnoreCase),
            OrganizationHeads = Set("org-heads.txt", StringComparer.Ordinal),
            BareOrganizationHeads = new(data.ReadRows("org-heads.txt").Where(r => r.Length > 1 && r[1] == "bare").Select(r => r[0]), caseSensitive: true),
            Abbreviations = Set("abbreviations.txt", StringComparer.Ordinal),
            GivenNames = Set("given-names.txt", StringComparer.Ordinal),
            GenderWords = data.ReadRows("gender-words.tsv")
                .Select(r => new GenderWord(r[0], r[1] switch
                {
                    "f" => PersonGender.Female,
                    "m" => PersonGender.Male,
                    _ => throw new FormatException($"gender-words.tsv: gender of {r[0]} is neither f nor m"),
                }, Enum.Parse<GenderWordKind>(r[2], true)))
                .ToDictionary(w => w.Word, StringComparer.OrdinalIgnoreCase),
            Places = Set("places.txt", StringComparer.Ordinal),
            RecipientHeads = Set("recipient-heads.txt", StringComparer.OrdinalIgnoreCase),
            OfficeWords = Set("office-words.txt", StringComparer.Ordinal),
            ClauseOpeners = Set("clause-openers.txt", StringComparer.Ordinal),
            PhraseJoiners = Set("phrase-joiners.txt", StringComparer.Ordinal),
            FlightVerbs = Set("flight-verbs.txt", StringComparer.OrdinalIgnoreCase),
            NamingVerbs = Set("naming-verbs.txt", StringComparer.OrdinalIgnoreCase),
            SeatPlaceWords = Set("seat-place-words.txt", StringComparer.OrdinalIgnoreCase),
            NameConnectors = data.ReadLines("name-connectors.txt"),
            CreditWords = [.. data.ReadLines("credit-words.txt").SelectMany(w => new[] { char.ToUpperInvariant(w[0]) + w[1..], w }).Distinct(StringComparer.Ordinal)],
            CorporateTitles = Set("corporate-titles.txt", StringComparer.Ordinal),
            AppositionOpeners = data.ReadLines("apposition-openers.txt"),
            ContrastConjunctions = data.ReadLines("contrast-conjunctions.txt"),
            PhraseWords = [.. data.ReadRows("phrase-words.tsv").Select(r => (r[0], r[1]))],
            RelationWords = [.. data.ReadRows("relation-words.tsv").Select(r => (r[0], r[1]))],
            AnaphoricBodyNouns = data.ReadLines("anaphoric-body-nouns.txt"),
            ParentNamedBodies = data.ReadRows("parent-named-bodies.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal),
            CourtesyTitles = Set("courtesy-titles.txt", StringComparer.Ordinal),
            HeadLabelWords = Set("head-label-words.txt", StringComparer.OrdinalIgnoreCase),
            DiplomatTitles = data.ReadLines("diplomat-titles.txt"),
            StatePrepositions = StatePrepositions.From(data.ReadRows("state-prepositions.tsv")),
            SayingVerbs = FormsOf(data.ReadLines("saying-verbs.txt"), reportingVerbs),
            ChargeNouns = data.ReadLines("charge-nouns.txt"),
            DenialVerbs = data.ReadLines("denial-verbs.txt"),
            AllegationNouns = data.ReadLines("allegation-nouns.txt"),
            MemberDeterminers = data.ReadLines("member-determiners.txt"),
            ClaimWordClasses = Classes("claim-words.tsv"),
            QuoteClauseConjunctions = data.ReadRows("quote-clause-conjunctions.tsv")
                .ToDictionary(r => r[0], r => r[1] switch
                {
                    "opening" => true,
                    "any" => false,
                    _ => throw new FormatException($"quote-clause-conjunctions.tsv: where of {r[0]} is neither opening nor any"),
                }, StringComparer.Ordinal),
            ThatPronounVerbs = data.ReadLines("that-pronoun-verbs.txt"),
            Hearers = [.. data.ReadLines("hearers.txt").OrderByDescending(h => h.Length)],
            OrganizationNouns = Set("org-nouns.txt", StringComparer.Ordinal),
            PersonRoles = Set("person-roles.txt", StringComparer.OrdinalIgnoreCase),
            PersonVerbs = data.ReadLines("person-verbs.txt"),
            OfficeHolders = data.ReadRows("office-holders.tsv")
                .Select(r => new OfficeHolderEntry(r[0], r[1], r.Length > 2 && r[2] == "1"))
                .ToArray(),
            NumberWords = data.ReadRows("number-words.tsv")
                .ToDictionary(r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase),
            ScaleWords = data.ReadRows("scale-words.tsv")
                .Select(r => new ScaleWord(r[0], double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture)))
                .ToArray(),
            GovernmentBodyWords = GovernmentBodies(data.ReadRows("government-body-words.tsv")),
            Currencies = data.ReadRows("currencies.tsv")
                .Select(r => new CurrencyForm(r[0], r[1], Enum.Parse<CurrencyFormKind>(r[2], ignoreCase: true), ResourceReader.SplitList(r, 3)))
                .ToArray(),
            NumberedNames = Set("numbered-names.txt", StringComparer.Ordinal),
            CurrencyStates = data.ReadRows("currency-states.tsv")
                .ToDictionary(r => r[0], r => (IReadOnlyList<string>)ResourceReader.SplitList(r, 1), StringComparer.Ordinal),
            AidItems = data.ReadRows("aid-items.tsv")
                .Select(r => new AidItemEntry(r[0], ResourceReader.SplitList(r, 1), Enum.Parse<AidType>(r[2], true), r[3] == "true"))
                .ToArray(),
            AidTypeCues = data.ReadRows("aid-types.tsv")
                .Select(r => new AidTypeCue(r[0], Enum.Parse<AidType>(r[1], true)))
                .ToArray(),
            FundingCues = data.ReadRows("funding-cues.tsv")
                .Select(r => new FundingCue(r[0], Enum.Parse<FundingStatus>(r[1], true), r[2] == "1", r.Length > 3 ? r[3] switch
                {
                    "object" or "noun" => r[3],
                    _ => throw new FormatException($"funding-cues.tsv: scope of {r[0]} is neither object nor noun"),
                } : null))
                .ToArray(),
            PartyWords = Classes("party-words.tsv"),
            OrganizationDescriptionWords = Classes("organisation-description-words.tsv"),
            OrganisationListWords = Classes("organisation-list-words.tsv"),
            OutletCues = Classes("outlet-cues.tsv"),
            BylineWords = Classes("byline-words.tsv"),
            OrganisationNameWords = Classes("organisation-name-words.tsv"),
            TitleNameWords = Classes("title-name-words.tsv"),
            AidItemWords = Classes("aid-item-words.tsv"),
            FundingAttributeWords = Classes("funding-attribute-words.tsv"),
            RunningTotalVerbs = Classes("running-total-verbs.tsv"),
            TimeExpressionWords = Classes("time-expression-words.tsv"),
            DonorBodies = data.ReadRows("donor-bodies.tsv")
                .Select(r => new DonorBodyEntry(r[0], ResourceReader.SplitList(r, 1), r[2]))
                .ToArray(),
            TimeWords = data.ReadRows("time-words.tsv")
                .Select(r => new TimeWordEntry(r[0], Enum.Parse<TimeWordKind>(r[1], true)))
                .ToArray(),
            Months = new MonthNames([.. data.ReadRows("months.tsv").Select(r => new MonthEntry(r[0], ResourceReader.SplitList(r, 1)))]),
            Rates = ExchangeRates.Load(data),
        };
    }
}
