using System.Text.RegularExpressions;
using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that turns entity mentions into actors: one row per real-world person,
/// organisation or state, with role, affiliation and every mention (surnames, "the ministry",
/// capitals acting for their government) linked to it.
/// </summary>
public sealed class ActorBuilder : IPipelineStage
{
    /// <summary>The role given to a news outlet, which reports statements rather than making them.</summary>
    internal const string NewsOutletRole = "news outlet";

    private readonly Lexicon _lexicon;
    private readonly KnownOfficeHolderRule _officeHolders;
    private readonly LeaderAdministrationRule _administrations;
    private readonly SuperiorRule _superiors;
    private readonly PlaceOnlyStateRule _placeOnlyStates;
    private readonly StateNewsAgencyRule _stateNewsAgencies;
    /// <summary>The lexicon's titles, in any case ("minister", "First Lady").</summary>
    private readonly HashSet<string> _titleWords;
    /// <summary>Currency names that open with a state's name ("US dollar", "Australian dollars").</summary>
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
        _titleWords = lexicon.Titles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _currencyNamesByFirst = lexicon.Currencies.Where(c => c.Kind == CurrencyFormKind.Word && c.Form.Contains(' ')).Select(c => c.Form)
            .GroupBy(form => form[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var home = document.HomeState;
        var drafts = new List<ActorDraft>();
        var byName = new DraftsByName(drafts);
        // Organisation names recur: the state each stands for is read once per name.
        var governed = new Dictionary<string, string?>(StringComparer.Ordinal);

        foreach (var mention in document.Entities)
        {
            switch (mention.Type)
            {
                case MentionType.Country when !IsModifier(text, mention.Span) && !InsideMoney(document, mention.Span) && !NamesCurrency(text, mention.Span):
                    byName.Get(mention.Canonical, ActorKind.Country).Mentions.Add(mention.Span);
                    break;
                case MentionType.Seat when ActsForGovernment(text, mention.Span, _lexicon.SeatPlaceWords):
                    byName.Get(mention.Canonical, ActorKind.Country).Mentions.Add(mention.Span);
                    break;
                case MentionType.Organization:
                    AddOrganization(byName, mention, home, governed);
                    break;
                case MentionType.Person or MentionType.Byline:
                    AddPerson(byName, mention);
                    break;
            }
        }

        _placeOnlyStates.Apply(document, drafts);
        MergeShortNames(drafts, Headline(document));
        LinkSurnames(document.Words, drafts, document.Entities);
        AnaphoricBodyRule.Apply(text, drafts, _lexicon.AnaphoricBodyNouns);
        FillAffiliations(drafts, document, home);
        _officeHolders.Apply(drafts);
        _stateNewsAgencies.Apply(text, document.Article.Metadata.Source, drafts);
        _administrations.Apply(drafts);
        _superiors.Apply(text, drafts);

        var actors = drafts
            .Where(d => d.Mentions.Count > 0)
            .OrderBy(d => d.Mentions.Min(m => m.Start))
            .Select((d, i) => new Actor($"A{i + 1}", d.Name, d.Kind, d.Role, d.Affiliation,
                d.Mentions.Distinct().OrderBy(m => m.Start).ToArray()))
            .ToArray();
        return document with { Actors = actors };
    }

    private void AddOrganization(DraftsByName drafts, EntityMention mention, string? home, Dictionary<string, string?> governed)
    {
        var name = StripArticle(mention.Canonical);
        if (!governed.TryGetValue(name, out var governedState)) governed[name] = governedState = GovernedState(name);
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
        if (!IsIndependent(type, name)) draft.Affiliation ??= mention.Affiliation;
        if (type == "news") draft.Role ??= NewsOutletRole;
        if (type is null && GovernmentBody.Matches(name) && draft.Affiliation is null && home is not null)
        {
            draft.Affiliation = home;
            draft.AffiliationGuessed = true;
        }
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

    private static void MergeShortNames(List<ActorDraft> drafts, Span? headline)
    {
        // A title-case headline runs words into a name ("Kamala Harris Announces"): the name seen elsewhere wins.
        foreach (var longer in drafts.Where(d => d.Kind == ActorKind.Person).OrderByDescending(d => d.Name.Length).ToList())
        {
            var shorter = drafts.FirstOrDefault(d => d != longer && d.Kind == ActorKind.Person && d.Name.Contains(' ')
                && StartsWithWords(longer.Name, d.Name));
            shorter?.Absorb(longer);
        }
        drafts.RemoveAll(d => d.Mentions.Count == 0);
        foreach (var shorter in drafts.OrderBy(d => d.Name.Length).ToList())
        {
            var longer = drafts.FirstOrDefault(d => d != shorter && d.Kind == shorter.Kind && d.Name.Length > shorter.Name.Length
                && (shorter.Kind == ActorKind.Person
                    ? HasWord(d.Name, shorter.Name)
                    : EndsWithWords(d.Name, shorter.Name)));
            if (longer is null) continue;
            // "$30M Aid for Gaza Relief Foundation" in a title-case headline: the body's name wins over words the headline ran into it.
            if (headline is { } h && longer.Kind != ActorKind.Person && longer.Mentions.All(h.Contains) && !shorter.Mentions.All(h.Contains))
                shorter.Absorb(longer);
            else
                longer.Absorb(shorter);
        }
        drafts.RemoveAll(d => d.Mentions.Count == 0);
    }

    // The name tests below compare in place: they run for every pair of drafts.

    /// <summary>Whether <paramref name="name"/> is <paramref name="words"/> and then a space and more ("Anna Berg" of "Anna Berg Said").</summary>
    private static bool StartsWithWords(string name, string words) =>
        name.Length > words.Length && name[words.Length] == ' ' && name.StartsWith(words, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="name"/> ends in a space and <paramref name="words"/>, ignoring case ("South Korean Foreign Ministry").</summary>
    private static bool EndsWithWords(string name, string words) =>
        name.Length > words.Length && name[name.Length - words.Length - 1] == ' ' && name.EndsWith(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether one of the space-separated words of <paramref name="name"/> is <paramref name="word"/>.</summary>
    internal static bool HasWord(string name, string word)
    {
        foreach (var range in name.AsSpan().Split(' '))
            if (name.AsSpan(range).SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>A person's surname (or, for East Asian order, family name) used alone later in the text.</summary>
    private void LinkSurnames(WordStarts words, List<ActorDraft> drafts, IReadOnlyList<EntityMention> entities)
    {
        var text = words.Text;
        var named = new bool[text.Length + 1];
        foreach (var e in entities) Array.Fill(named, true, e.Span.Start, e.Span.Length);
        var people = drafts.Where(d => d.Kind == ActorKind.Person && d.Name.Contains(' ')).ToList();
        // One walk over the text finds every name's tokens, instead of one search of the whole text per token.
        var occurrences = new WordOccurrences(words, people.SelectMany(p => p.Name.Split(' ')));
        foreach (var person in people)
        {
            var tokens = person.Name.Split(' ');
            // East Asian order ("Lee Min-seo", "Doo Jin-ho"): the first token is the family name.
            var familyFirst = tokens[^1].Contains('-');
            foreach (var token in new[] { tokens[^1], tokens[0] }.Distinct())
            {
                if (token.Length < 3 || token.EndsWith('.')) continue;
                if (_lexicon.GivenNames.Contains(token) && !(familyFirst && token == tokens[0])) continue;
                foreach (var index in occurrences.Of(token))
                {
                    var span = new Span(index, index + token.Length);
                    if (Array.IndexOf(named, true, span.Start, span.Length) >= 0) continue;
                    Array.Fill(named, true, span.Start, span.Length);
                    person.Mentions.Add(span);
                }
            }
        }
    }

    private void FillAffiliations(List<ActorDraft> drafts, AnalysisDocument document, string? home)
    {
        var outlet = document.Article.Metadata.Source
            ?? drafts.FirstOrDefault(d => d.Role == NewsOutletRole)?.Name;
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Person))
        {
            // "an official at the Prime Minister's Office": a government body's people belong to its state.
            if (draft.Affiliation is { } body && (GovernmentBody.Matches(body) || body.EndsWith(" Office", StringComparison.Ordinal)) && !drafts.Any(d => d.Kind == ActorKind.Country && d.Name == body))
            {
                var owner = drafts.FirstOrDefault(d => d.Kind == ActorKind.Organization && d.Name == body);
                draft.Affiliation = owner?.Affiliation ?? home ?? body;
                draft.AffiliationGuessed = owner?.Affiliation is null ? home is not null : owner.AffiliationGuessed;
            }
            if (draft.IsByline) draft.Affiliation ??= outlet;
            else if (draft.Role is not null && draft.Affiliation is null && home is not null && IsOfficeTitle(draft.Role))
            {
                draft.Affiliation = home;
                draft.AffiliationGuessed = true;
            }
        }
    }

    /// <summary>A capital or seat stands for its government when it acts ("Seoul will", "Moscow’s
    /// warnings"), not when it is only a place ("met in Helsinki", a dateline in capitals).</summary>
    private static bool ActsForGovernment(string text, Span span, IReadOnlySet<string> placeWords)
    {
        var word = text[span.Start..span.End];
        if (word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Length > 3) return false;
        var after = text[span.End..Math.Min(text.Length, span.End + 30)];
        if (after.StartsWith("’s", StringComparison.Ordinal) || after.StartsWith("'s", StringComparison.Ordinal)) return true;
        if (after.StartsWith(',') || after.Length == 0) return false;
        var before = text[Math.Max(0, span.Start - 20)..span.Start].TrimEnd();
        var previousWord = before.Split(' ', '\n').LastOrDefault() ?? "";
        if (placeWords.Contains(previousWord)) return false;
        var nextWord = after.TrimStart().Split(' ', ',', '.').FirstOrDefault() ?? "";
        return nextWord.Length > 0 && char.IsLower(nextWord[0]) && !placeWords.Contains(nextWord);
    }

    /// <summary>"Belgium-based", "the Chad-Sudan border": a name inside a compound modifier is not an actor.</summary>
    private static bool IsModifier(string text, Span span) =>
        span.End < text.Length && text[span.End] == '-' && span.End + 1 < text.Length && char.IsLetter(text[span.End + 1]);

    /// <summary>"against the US dollar": a state's name that opens a currency's name is no actor.</summary>
    private bool NamesCurrency(string text, Span span) =>
        _currencyNamesByFirst.TryGetValue(text[span.Start], out var forms)
        && forms.Any(form => form.Length > span.Length && text.AsSpan(span.Start).StartsWith(form, StringComparison.Ordinal));

    private static bool InsideMoney(AnalysisDocument document, Span span) =>
        document.MoneyOverlapping(span).Any();

    private static readonly Regex StateGovernment = TextPatterns.Create(@"^(?:(?<owner>\p{Lu}[\p{L}.’' ]*?)\s)?Government(?:\sof\s(?:the\s)?(?<of>\p{Lu}[\p{L}.’' ]*))?$");

    /// <summary>The state a government body name stands for: a country named as such, "&lt;Country|Demonym&gt; Government",
    /// "Government of &lt;Country&gt;" ("the Federal Government" names no state, and stays an organisation).</summary>
    private string? GovernedState(string name)
    {
        if (_lexicon.CountryByForm.TryGetValue(name, out var country)) return country;
        // The pattern needs the word: most names are spared the matcher.
        if (!name.Contains("Government", StringComparison.Ordinal)) return null;
        var m = StateGovernment.Match(name);
        if (!m.Success) return null;
        var owner = m.Groups["of"].Success ? m.Groups["of"].Value : m.Groups["owner"].Value;
        if (owner.Length == 0) return null;
        if (_lexicon.CountryByForm.TryGetValue(owner, out country) || _lexicon.CountryByDemonym.TryGetValue(owner, out country)) return country;
        return null;
    }

    /// <summary>A party, company, news outlet or foundation is based in a state but belongs to none: it has no affiliation.</summary>
    private static bool IsIndependent(string? type, string name) =>
        type is "party" or "company" or "news" or "ngo"
        || name.EndsWith(" Party", StringComparison.Ordinal) || name.EndsWith(" Foundation", StringComparison.Ordinal)
        || name.EndsWith(" Company", StringComparison.Ordinal) || name.EndsWith(" Corporation", StringComparison.Ordinal);

    /// <summary>A role that holds an office title ("Foreign Minister", "spokesman"), whose holder serves the home state unless the
    /// text names another; a courtesy title or a job ("aid worker", "farmer") says nothing of whom its holder serves.</summary>
    private bool IsOfficeTitle(string role) =>
        !(role is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Dr" or "Dr." or "Professor" or "Prof." or "author")
        && (_titleWords.Contains(role) || role.Split(' ').Any(_titleWords.Contains));

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(name[4]) ? name[4..] : name;
}
