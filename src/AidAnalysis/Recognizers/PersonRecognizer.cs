using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds people: names after titles ("Defence Minister X"), appositions ("X, a senior lecturer at Y"),
/// bylines and credits ("By X", "writing by X", a name alone on its line under the headline), known given names ("Donald X"), "X MP", and
/// capitalised names as subjects or objects of reporting verbs ("X said", "said X"). Each rule is a class of its own
/// (Recognizers/People); this one runs them in the order whose earlier readings win, and drops a looser reading a title's overlaps.
/// </summary>
public sealed class PersonRecognizer
{
    /// <summary>The role of a name a byline gives ("By Jane Doe"), as opposed to a credit ("Photo by ...").</summary>
    public const string BylineRole = "author";

    private readonly Lexicon _lexicon;
    private readonly PersonWordFinder _personWords;
    private readonly OrganizationApposition _organizationAppositions;
    private readonly UntitledNames _untitledNames;
    private readonly NamesBeforeAsides _namesBeforeAsides;
    private readonly Bylines _bylines;
    private readonly UnmarkedBylines _unmarkedBylines;
    private readonly NameCleaner _names;
    private readonly RoleAppositions _roleAppositions;
    private readonly TitledNames _titledNames;
    private readonly LooseNames _looseNames;

    public PersonRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _personWords = new PersonWordFinder(lexicon);
        _organizationAppositions = new OrganizationApposition(lexicon);
        _untitledNames = new UntitledNames(lexicon);
        _namesBeforeAsides = new NamesBeforeAsides(lexicon);
        _bylines = new Bylines(lexicon);
        _names = new NameCleaner(lexicon);
        _roleAppositions = new RoleAppositions(lexicon, _names);
        _titledNames = new TitledNames(lexicon, _names);
        _looseNames = new LooseNames(lexicon);
        _unmarkedBylines = new UnmarkedBylines(lexicon, _names, _untitledNames, new OutletForm(lexicon));
    }

    public IEnumerable<EntityMention> Find(WordStarts words, TokenLayer tokens, IReadOnlyList<EntityMention> gazetteer)
    {
        // Rented: a table of the text's length for every text, returned once the rules have read it.
        var named = NamedElsewhere(words.Text.Length, gazetteer);
        try
        {
            foreach (var mention in Find(words, tokens, gazetteer, named)) yield return mention;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(named);
        }
    }

    private IEnumerable<EntityMention> Find(WordStarts words, TokenLayer tokens, IReadOnlyList<EntityMention> gazetteer, bool[] named)
    {
        var text = words.Text;
        var sorted = ByStart(gazetteer);
        var byEnd = new MentionsByEnd(gazetteer);
        // Titles, given names and the verbs are found in one walk of the lexicon's trie; the regular expressions only read the name
        // right after one.
        var lexiconWords = _personWords.Find(words);
        var (titledMentions, titled) = _titledNames.Find(words, tokens, lexiconWords.Titles, named, sorted, byEnd);
        var appositions = _roleAppositions.Find(tokens, named, sorted, byEnd);
        // "Mr Anna Berg, the finance minister,": the role in apposition, not the courtesy title, says who she is and whom she serves.
        foreach (var mention in titledMentions)
            if (!(mention.Role is { } role && _lexicon.CourtesyTitles.Contains(role) && appositions.Exists(a => a.Span == mention.Span))) yield return mention;
        foreach (var person in appositions) yield return person;
        foreach (var byline in _bylines.Find(tokens, named)) yield return byline;
        foreach (var byline in _unmarkedBylines.Find(tokens, named)) yield return byline;
        // "Norvale, a fertiliser maker, said": read here, so that the name is not taken for a person's.
        var describedOrganisations = _organizationAppositions.Find(words, tokens, named);
        foreach (var organisation in describedOrganisations) yield return organisation;
        // "Putin’s war", "sanctions on Putin": a well-known holder's surname alone is a person
        // (a longer name over the same word, "Anna Putin", is found by the rules above and wins).
        foreach (var surname in lexiconWords.HolderSurnames)
            if (!NameCleaner.Overlaps(surname, named) && !JoinedToAnotherWord(tokens, surname))
                yield return new EntityMention(surname, MentionType.Person, text[surname.Start..surname.End]);
        // Sorted by start alone: the overlap test below asks only whether one overlaps, not which.
        var titledByStart = titled.ToArray();
        Array.Sort(titledByStart, static (a, b) => a.Start.CompareTo(b.Start));
        var longestTitled = titled.Count == 0 ? 0 : titled.Max(t => t.Length);
        var speechVerbs = lexiconWords.ReportingVerbs;
        // "X Y of the Red Crescent said", "according to X Y of UNICEF": a speaker named with their organisation (first, so that the
        // looser reading of the same name below does not take its place without the affiliation).
        foreach (var (candidate, organisation) in NamesBeforeTheirOrganisation.BeforeTheirOrganisation(tokens, sorted, _lexicon.ReportingVerbs))
        {
            if (_names.CleanName(tokens, candidate, named) != candidate || !_untitledNames.IsPersonLike(text.AsSpan(candidate.Start, candidate.Length))
                || OverlapsAnotherName(titledByStart, longestTitled, candidate)) continue;
            yield return new EntityMention(candidate, MentionType.Person, text[candidate.Start..candidate.End], Affiliation: organisation);
        }
        foreach (var (candidate, role) in _looseNames.Find(tokens, lexiconWords))
        {
            var name = _names.CleanName(tokens, candidate, named);
            if (name is null || !text.AsSpan(name.Value.Start, name.Value.Length).Contains(' ')) continue;
            // "Minister of Finance Aino Lehto told": the title's reading of the name wins over a looser one.
            if (OverlapsAnotherName(titledByStart, longestTitled, name.Value) || OpensTitle(tokens, name.Value, _lexicon.Titles)) continue;
            yield return new EntityMention(name.Value, MentionType.Person, text[name.Value.Start..name.Value.End], role, Possessor(tokens, name.Value, byEnd));
        }
        // "X Y, a UN spokesperson, said", "X Y, 54, told", "met X Y in Hanoi": names known by their place in the clause, whatever
        // their given name. Each must be a clean name as it stands, of no known place or people, and not an organisation described.
        EntityMention? PlacedName(Span candidate) =>
            _names.CleanName(tokens, candidate, named) != candidate || !_untitledNames.IsPersonLike(text.AsSpan(candidate.Start, candidate.Length))
            || OverlapsAnotherName(titledByStart, longestTitled, candidate) || AnyOverlaps(describedOrganisations, candidate)
                ? null
                : new EntityMention(candidate, MentionType.Person, text[candidate.Start..candidate.End], Affiliation: Possessor(tokens, candidate, byEnd));
        foreach (var verb in speechVerbs)
            if (_namesBeforeAsides.BeforeAside(tokens, verb.Span.Start) is { } aside && PlacedName(aside) is { } person) yield return person;
        foreach (var candidate in ObjectsOfPersonVerbs.AfterPersonVerbs(tokens, lexiconWords.PersonVerbs))
            if (PlacedName(candidate) is { } person) yield return person;
        foreach (var candidate in SpeakingSurnames.FullNamesOfSpeakingSurnames(words, tokens, speechVerbs, w => !_names.IsStopWord(w) && _untitledNames.IsPersonLike(w)))
            if (PlacedName(candidate) is { } person) yield return person;
        foreach (var (candidate, organisation) in ContactLines.Find(tokens, sorted))
        {
            if (_names.CleanName(tokens, candidate, named) == candidate && _untitledNames.IsPersonLike(text.AsSpan(candidate.Start, candidate.Length))
                && !OverlapsAnotherName(titledByStart, longestTitled, candidate))
                yield return new EntityMention(candidate, MentionType.Person, text[candidate.Start..candidate.End], Affiliation: organisation);
        }
    }

    /// <summary>"said Deputy Regional Director X Y", "Under Secretary of State X": capitalised words followed by a title word and
    /// then a name or the title's complement open that title; they are no name of their own. A title after a name and before
    /// another title ("X Y MP Minister for ...") follows the name.</summary>
    internal static bool OpensTitle(TokenLayer tokens, Span name, IReadOnlySet<string> titles)
    {
        if (tokens.WordRunTokensAfterSpace(name.End) is not (>= 0 and var title, var titleEnd) || !IsTitle(tokens, title, titleEnd, titles)) return false;
        if (tokens.WordRunTokensAfterSpace(tokens[titleEnd].End) is not (>= 0 and var next, var nextEnd)) return false;
        if (next == nextEnd && (tokens.IsExactly(next, "of") || tokens.IsExactly(next, "for"))) return true;
        return tokens.OpensWithCapital(next) && !IsTitle(tokens, next, nextEnd, titles);
    }

    /// <summary>Whether the word run of tokens [<paramref name="first"/>, <paramref name="last"/>] is a title as written.</summary>
    private static bool IsTitle(TokenLayer tokens, int first, int last, IReadOnlySet<string> titles) =>
        titles.Contains(tokens.Text[tokens[first].Start..tokens[last].End]);

    /// <summary>True when one of <paramref name="names"/> (sorted by start, none longer than <paramref name="longest"/>)
    /// overlaps <paramref name="name"/> without being it; only the names that can reach it are read.</summary>
    private static bool OverlapsAnotherName(Span[] names, int longest, Span name)
    {
        int lo = 0, hi = names.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (names[mid].Start <= name.Start - longest) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < names.Length && names[i].Start < name.End; i++)
            if (names[i].Overlaps(name) && names[i] != name) return true;
        return false;
    }

    /// <summary>Whether one of <paramref name="mentions"/> overlaps <paramref name="span"/>.</summary>
    private static bool AnyOverlaps(List<EntityMention> mentions, Span span)
    {
        foreach (var mention in mentions)
            if (mention.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>The mentions sorted by start, those of one start in list order: one key per mention (its start above its
    /// position) makes a plain sort of numbers the stable sort.</summary>
    private static EntityMention[] ByStart(IReadOnlyList<EntityMention> mentions)
    {
        var keys = new long[mentions.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)mentions[i].Span.Start << 32) | (uint)i;
        Array.Sort(keys);
        var sorted = new EntityMention[keys.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = mentions[(int)(keys[i] & uint.MaxValue)];
        return sorted;
    }

    /// <summary>Characters covered by a known name other than a demonym: a person's name stops there. The first
    /// <paramref name="length"/> slots of an array from the shared pool (readers index only inside the text), for the caller to return.</summary>
    private static bool[] NamedElsewhere(int length, IReadOnlyList<EntityMention> known)
    {
        var named = ArrayPool<bool>.Shared.Rent(length);
        named.AsSpan(0, length).Clear();
        foreach (var mention in known)
            if (mention.Type != MentionType.Demonym) named.AsSpan(mention.Span.Start, mention.Span.Length).Fill(true);
        return named;
    }

    /// <summary>"Biden-Harris", "Trumpism": the word runs on into another.</summary>
    internal static bool JoinedToAnotherWord(TokenLayer tokens, Span span) =>
        tokens.JoinsWordAt(span.End) || span.Start > 0 && tokens.JoinsWordAt(span.Start - 1);

    /// <summary>"Somalia’s X Y": the state or body named right before a name, in the possessive, is its own.</summary>
    private static string? Possessor(TokenLayer tokens, Span name, MentionsByEnd gazetteer) =>
        tokens.PossessiveOwnerEnd(name.Start) is >= 0 and var owner
            ? gazetteer.Last(owner, owner, g => g.Span.End == owner && g.Type is MentionType.Country or MentionType.Organization or MentionType.Seat)?.Canonical
            : null;
}
