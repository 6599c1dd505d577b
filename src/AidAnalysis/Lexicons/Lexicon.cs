using AidAnalysis.Model;

namespace AidAnalysis.Lexicons;

/// <summary>
/// All gazetteers and word lists the pipeline uses, loaded once from embedded data files.
/// Immutable, so one instance is safely shared by every pipeline in the process.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> LazyDefault = new(Load);

    public static Lexicon Default => LazyDefault.Value;

    public required IReadOnlyList<CountryEntry> Countries { get; init; }
    public required IReadOnlyList<OrganizationEntry> Organizations { get; init; }
    public required IReadOnlySet<string> Titles { get; init; }
    /// <summary>Every form of a reporting verb, mapped to whether the cue itself hedges (expects, believes).</summary>
    public required IReadOnlyDictionary<string, bool> ReportingVerbs { get; init; }
    /// <summary>Forms of stance verbs whose object is the statement ("condemned the attack").</summary>
    public required IReadOnlySet<string> StanceVerbs { get; init; }
    public required IReadOnlySet<string> GroupSpeakers { get; init; }
    public required IReadOnlySet<string> Hedges { get; init; }
    public required IReadOnlySet<string> Negations { get; init; }
    public required IReadOnlySet<string> OrganizationHeads { get; init; }
    public required IReadOnlySet<string> Abbreviations { get; init; }
    public required IReadOnlySet<string> GivenNames { get; init; }
    public required IReadOnlySet<string> Places { get; init; }
    public required IReadOnlySet<string> RecipientHeads { get; init; }
    /// <summary>Portfolio words of titles ("Affairs", "Defence") that never are a person's name.</summary>
    public required IReadOnlySet<string> OfficeWords { get; init; }
    public required IReadOnlySet<string> ClauseOpeners { get; init; }
    public required IReadOnlyList<CurrencyForm> Currencies { get; init; }
    public required IReadOnlyList<AidItemEntry> AidItems { get; init; }
    public required IReadOnlyList<AidTypeCue> AidTypeCues { get; init; }
    public required IReadOnlyList<FundingCue> FundingCues { get; init; }
    public required IReadOnlyList<DonorBodyEntry> DonorBodies { get; init; }
    public required ExchangeRates Rates { get; init; }

    /// <summary>Every surface form of a country (name, alias, seat) mapped to its canonical name.</summary>
    public required IReadOnlyDictionary<string, string> CountryByForm { get; init; }

    /// <summary>Gazetteer organisations by canonical name.</summary>
    public required IReadOnlyDictionary<string, OrganizationEntry> OrganizationByName { get; init; }

    /// <summary>Every demonym ("South Korean") mapped to its country.</summary>
    public required IReadOnlyDictionary<string, string> CountryByDemonym { get; init; }

    private static Dictionary<string, string> CountryForms(IEnumerable<CountryEntry> countries)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in countries)
            foreach (var form in c.Aliases.Concat(c.Seats).Prepend(c.Name))
                forms.TryAdd(form, c.Name);
        return forms;
    }

    private static Lexicon Load()
    {
        static HashSet<string> Set(string file, StringComparer comparer) =>
            new(ResourceReader.ReadLines(file), comparer);

        var countries = ResourceReader.ReadRows("countries.tsv")
            .Select(r => new CountryEntry(r[0], ResourceReader.SplitList(r, 1), ResourceReader.SplitList(r, 2), ResourceReader.SplitList(r, 3)))
            .ToArray();
        var organizations = ResourceReader.ReadRows("organizations.tsv")
            .Select(r => new OrganizationEntry(r[0], ResourceReader.SplitList(r, 1),
                r.Length > 2 && r[2].Length > 0 ? r[2] : null, r.Length > 3 ? r[3] : "organization"))
            .ToArray();
        var reportingVerbs = ResourceReader.ReadRows("reporting-verbs.txt")
            .Select(r => (Forms: ReportingVerbForms.Of(r[0], ResourceReader.SplitList(r, 3)),
                Hedge: r.Length > 1 && r[1] == "1", Stance: r.Length > 2 && r[2] == "1"))
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
            ReportingVerbs = reportingVerbs
                .SelectMany(r => r.Forms.Select(f => (Form: f, r.Hedge)))
                .DistinctBy(f => f.Form, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(f => f.Form, f => f.Hedge, StringComparer.OrdinalIgnoreCase),
            StanceVerbs = reportingVerbs.Where(r => r.Stance).SelectMany(r => r.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase),
            GroupSpeakers = Set("group-speakers.txt", StringComparer.OrdinalIgnoreCase),
            Hedges = Set("hedges.txt", StringComparer.OrdinalIgnoreCase),
            Negations = Set("negations.txt", StringComparer.OrdinalIgnoreCase),
            OrganizationHeads = Set("org-heads.txt", StringComparer.Ordinal),
            Abbreviations = Set("abbreviations.txt", StringComparer.Ordinal),
            GivenNames = Set("given-names.txt", StringComparer.Ordinal),
            Places = Set("places.txt", StringComparer.Ordinal),
            RecipientHeads = Set("recipient-heads.txt", StringComparer.OrdinalIgnoreCase),
            OfficeWords = Set("office-words.txt", StringComparer.Ordinal),
            ClauseOpeners = Set("clause-openers.txt", StringComparer.Ordinal),
            Currencies = ResourceReader.ReadRows("currencies.tsv")
                .Select(r => new CurrencyForm(r[0], r[1], Enum.Parse<CurrencyFormKind>(r[2], ignoreCase: true)))
                .ToArray(),
            AidItems = ResourceReader.ReadRows("aid-items.tsv")
                .Select(r => new AidItemEntry(r[0], ResourceReader.SplitList(r, 1), Enum.Parse<AidType>(r[2], true), r[3] == "true"))
                .ToArray(),
            AidTypeCues = ResourceReader.ReadRows("aid-types.tsv")
                .Select(r => new AidTypeCue(r[0], Enum.Parse<AidType>(r[1], true)))
                .ToArray(),
            FundingCues = ResourceReader.ReadRows("funding-cues.tsv")
                .Select(r => new FundingCue(r[0], Enum.Parse<FundingStatus>(r[1], true), r[2] == "1"))
                .ToArray(),
            DonorBodies = ResourceReader.ReadRows("donor-bodies.tsv")
                .Select(r => new DonorBodyEntry(r[0], ResourceReader.SplitList(r, 1), r[2]))
                .ToArray(),
            Rates = ExchangeRates.Load(),
        };
    }
}
