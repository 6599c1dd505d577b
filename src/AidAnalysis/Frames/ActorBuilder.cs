using AidAnalysis.Context;
using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that turns entity mentions into actors: one row per real-world person,
/// organisation or state, with role, affiliation and every mention (surnames, "the ministry",
/// capitals acting for their government) linked to it.
/// </summary>
public sealed class ActorBuilder : IPipelineStage
{
    private readonly Lexicon _lexicon;
    private readonly KnownOfficeHolderRule _officeHolders;
    private readonly LeaderAdministrationRule _administrations;
    private readonly SuperiorRule _superiors;
    private readonly PlaceOnlyStateRule _placeOnlyStates;
    private readonly StateNewsAgencyRule _stateNewsAgencies;
    private readonly SurnameRule _surnames;
    private readonly AffiliationRule _affiliations;
    private readonly PossessorTitleRule _possessorTitles;
    private readonly UnnamedEmployerRule _unnamedEmployers;
    private readonly SeatRule _seats;
    private readonly GovernedStateRule _governedStates;
    private readonly BeneficiaryFundRule _beneficiaryFunds;
    private readonly NationalBodyRule _nationalBodies;
    private readonly CurrencyStateRule _currencyStates;
    private readonly ParentNamedBodyRule _parentNamedBodies;
    private readonly AliasPartRule _aliasParts;
    private readonly LegislativeCommitteeRule _committees;
    /// <summary>Currency names of several words ("US dollar"), by their first character.</summary>
    private readonly Dictionary<char, string[]> _currencyNamesByFirst;

    public ActorBuilder(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _officeHolders = new KnownOfficeHolderRule(lexicon);
        _administrations = new LeaderAdministrationRule(_officeHolders);
        _superiors = new SuperiorRule(lexicon);
        _placeOnlyStates = new PlaceOnlyStateRule(lexicon);
        _stateNewsAgencies = new StateNewsAgencyRule(lexicon);
        _surnames = new SurnameRule(lexicon);
        _affiliations = new AffiliationRule(lexicon);
        _possessorTitles = new PossessorTitleRule(lexicon);
        _unnamedEmployers = new UnnamedEmployerRule(lexicon);
        _seats = new SeatRule(lexicon);
        _governedStates = new GovernedStateRule(lexicon);
        _beneficiaryFunds = new BeneficiaryFundRule(lexicon);
        _nationalBodies = new NationalBodyRule(lexicon);
        _currencyStates = new CurrencyStateRule(lexicon);
        _parentNamedBodies = new ParentNamedBodyRule(lexicon);
        _aliasParts = new AliasPartRule(lexicon);
        _committees = new LegislativeCommitteeRule(lexicon);
        _currencyNamesByFirst = lexicon.Currencies.Where(c => c.Kind == CurrencyFormKind.Word && c.Form.Contains(' ')).Select(c => c.Form)
            .GroupBy(form => form[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        // A government body or office holder the text ties to no state serves the state of the capitals dateline when there is
        // one (a donor's pledge reported under "NAIROBI, Kenya -": the unnamed-state ministers are Kenya's) or of a credited
        // dateline ("Nairobi (AFP) -"), else the state whose own currency the text counts in, else the home state.
        var home = document.Dateline.State ?? _currencyStates.Of(document) ?? document.HomeState;
        var drafts = new List<ActorDraft>();
        var byName = new DraftsByName(drafts);
        // Organisation names recur: the state each stands for is read once per name.
        var governed = new Dictionary<string, string?>(StringComparer.Ordinal);

        foreach (var mention in document.Entities)
        {
            switch (mention.Type)
            {
                case MentionType.Country when !IsModifier(document.Tokens, mention.Span) && !InsideMoney(document, mention.Span) && !NamesCurrency(text, mention.Span):
                    byName.Get(mention.Canonical, ActorKind.Country).Mentions.Add(mention.Span);
                    break;
                case MentionType.Seat when _seats.ActsForGovernment(document.Tokens, mention.Span):
                    byName.Get(mention.Canonical, ActorKind.Country).Mentions.Add(mention.Span);
                    break;
                case MentionType.Organization:
                    AddOrganization(document, byName, mention, home, governed);
                    break;
                case MentionType.Person or MentionType.Byline:
                    AddPerson(byName, mention);
                    break;
            }
        }

        _placeOnlyStates.Apply(document, drafts);
        ShortNameMergeRule.Apply(drafts, Headline(document));
        _aliasParts.Apply(text, drafts);
        _surnames.Apply(document.Words, drafts, document.Entities);
        AnaphoricBodyRule.Apply(document.Tokens, drafts, _lexicon.AnaphoricBodyNouns);
        _affiliations.Apply(drafts, document, home);
        _parentNamedBodies.Apply(drafts, Headline(document));
        _possessorTitles.Apply(document, drafts);
        _unnamedEmployers.Apply(document, drafts);
        _officeHolders.Apply(drafts);
        _stateNewsAgencies.Apply(document.Tokens, document.Article.Metadata.Source, drafts);
        _administrations.Apply(drafts);
        _superiors.Apply(document.Tokens, drafts);

        var actors = drafts
            .Where(d => d.Mentions.Count > 0)
            .OrderBy(d => d.Mentions.Min(m => m.Start))
            .Select((d, i) => new Actor($"A{i + 1}", d.Name, d.Kind, d.Role, d.Affiliation, MentionsInOrder(d.Mentions)))
            .ToArray();
        return document with { Actors = actors };
    }

    /// <summary>An actor's mentions once each, by start (a stable order: equal starts as first met). Most actors' mentions
    /// already stand in strictly rising starts, which are distinct and sorted as they are: those are copied without a set and
    /// a sort.</summary>
    internal static Span[] MentionsInOrder(List<Span> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
            if (mentions[i].Start <= mentions[i - 1].Start) return mentions.Distinct().OrderBy(m => m.Start).ToArray();
        return [.. mentions];
    }

    private void AddOrganization(AnalysisDocument document, DraftsByName drafts, EntityMention mention, string? home, Dictionary<string, string?> governed)
    {
        var name = StripArticle(mention.Canonical);
        if (!governed.TryGetValue(name, out var governedState)) governed[name] = governedState = _governedStates.Of(name);
        // "the Australian Government", "Government of Ukraine", "the Federal Government": the state itself acts.
        if (governedState is { } state)
        {
            drafts.Get(state, ActorKind.Country).Mentions.Add(mention.Span);
            return;
        }
        var type = GazetteerMatcher.OrganizationType(_lexicon, mention.Canonical);
        var kind = type == "group" ? ActorKind.Group : ActorKind.Organization;
        var draft = drafts.Get(name, kind);
        draft.Mentions.Add(mention.Span);
        if (!IsIndependent(type, name) && !_beneficiaryFunds.NamesBeneficiary(name, mention.Affiliation)) draft.Affiliation ??= mention.Affiliation;
        // A gazetteer outlet, or an unknown name its cue shows to be one ("told Devex").
        if (type == "news" || mention.Role == OrganizationRecognizer.NewsOutletRole) draft.Role ??= OrganizationRecognizer.NewsOutletRole;
        if (type is null && (GovernmentBody.Matches(name) || _nationalBodies.Matches(name) || (_committees.Matches(name) && !NamesOtherState(document, mention.Span, home)))
            && draft.Affiliation is null && home is not null)
        {
            draft.Affiliation = home;
            draft.AffiliationGuessed = true;
        }
    }

    /// <summary>A committee named in a sentence that names another state may be that state's legislature's: no guess.</summary>
    private static bool NamesOtherState(AnalysisDocument document, Span mention, string? home)
    {
        var index = document.SentenceIndexAt(mention.Start);
        if (index < 0) return false;
        var sentence = document.Sentences[index].Span;
        return document.Entities.Any(e => e.Type == MentionType.Country && sentence.Contains(e.Span) && e.Canonical != home);
    }

    private static void AddPerson(DraftsByName drafts, EntityMention mention)
    {
        var draft = drafts.Get(mention.Canonical, ActorKind.Person);
        draft.Mentions.Add(mention.Span);
        draft.Role ??= mention.Role;
        draft.Affiliation ??= mention.Affiliation;
        draft.IsByline |= mention.Type == MentionType.Byline;
    }

    /// <summary>"Lammy" (from "Secretary Lammy") joins "David Lammy"; "Foreign Ministry" joins "South Korean Foreign Ministry".</summary>
    /// <summary>The headline's span, when the article has one (its first paragraph, in title case).</summary>
    private static Span? Headline(AnalysisDocument document) =>
        document.Paragraphs.Count > 1 && document.Article.Metadata.Title is not null ? document.Paragraphs[0] : null;

    /// <summary>Whether one of the space-separated words of <paramref name="name"/> is <paramref name="word"/>.</summary>
    internal static bool HasWord(string name, string word)
    {
        foreach (var range in name.AsSpan().Split(' '))
            if (name.AsSpan(range).SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="words"/> stands in <paramref name="name"/> as whole words ("Red Cross" in "Vietnam Red Cross Society").</summary>
    internal static bool HasWords(string name, string words) =>
        (" " + name + " ").Contains(" " + words + " ", StringComparison.Ordinal);

    /// <summary>"Belgium-based", "the Chad-Sudan border": a name inside a compound modifier is not an actor.</summary>
    private static bool IsModifier(TokenLayer tokens, Span span) => tokens.HyphenatedOnward(span.End);

    /// <summary>"against the US dollar": a state's name that opens a currency's name is no actor.</summary>
    private bool NamesCurrency(string text, Span span) =>
        _currencyNamesByFirst.TryGetValue(text[span.Start], out var forms)
        && forms.Any(form => form.Length > span.Length && text.AsSpan(span.Start).StartsWith(form, StringComparison.Ordinal));

    private static bool InsideMoney(AnalysisDocument document, Span span) =>
        document.MoneyOverlapping(span).Any();

    /// <summary>A party, company, news outlet or foundation is based in a state but belongs to none: it has no affiliation.</summary>
    private static bool IsIndependent(string? type, string name) =>
        type is "party" or "company" or "news" or "ngo"
        || name.EndsWith(" Party", StringComparison.Ordinal) || name.EndsWith(" Foundation", StringComparison.Ordinal)
        || name.EndsWith(" Company", StringComparison.Ordinal) || name.EndsWith(" Corporation", StringComparison.Ordinal);

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(name[4]) ? name[4..] : name;
}
