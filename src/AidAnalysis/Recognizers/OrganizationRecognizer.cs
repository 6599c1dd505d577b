using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds organisations the gazetteer does not know: capitalised names built on an organisation
/// noun ("Lakeland Institute for Water Studies", "Foreign Ministry", "National Assembly"),
/// lower-case government bodies owned by a state ("Chile’s housing ministry"), and acronyms
/// defined in parentheses ("Coastal Recovery Authority (CRA)").
/// </summary>
public sealed class OrganizationRecognizer
{
    private readonly Lexicon _lexicon;
    private readonly NamesAfterOrganisationNouns _namesAfterNouns;
    private readonly LowerCaseBodies _lowerCaseBodies;
    private readonly ListMembers _listMembers;
    private readonly CapitalisedOrganisationNames _capitalisedNames;
    /// <summary>The role of an outlet a statement was told to or that saw a document, read by its cue ("told Devex").</summary>
    public const string NewsOutletRole = "news outlet";

    private readonly OutletsAfterCues _outlets;
    private readonly LeaderAdministrations _administrations;

    public OrganizationRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _lowerCaseBodies = new LowerCaseBodies(lexicon.GovernmentBodyWords);
        _namesAfterNouns = new NamesAfterOrganisationNouns(lexicon);
        _listMembers = new ListMembers(lexicon);
        _capitalisedNames = new CapitalisedOrganisationNames(lexicon);
        _outlets = new OutletsAfterCues(lexicon, new OutletForm(lexicon));
        _administrations = new LeaderAdministrations(lexicon);
    }

    /// <param name="words">Where words begin, as the tokenizer noted them beside <paramref name="tokens"/>: the whole-word lookups of
    /// many names at once read them.</param>
    public List<EntityMention> Find(TokenLayer tokens, WordStarts words, IReadOnlyList<EntityMention> known)
    {
        var text = tokens.Text;
        var found = new List<EntityMention>();
        var knownByEnd = new MentionsByEnd(known);
        found.AddRange(NationalBranches.Find(tokens, _lexicon, known, knownByEnd));
        found.AddRange(_capitalisedNames.Find(tokens, knownByEnd));
        // "the Syrian army", "Egypt's central bank" (lower-case head): a state's own army or bank ("military" is
        // mostly an adjective: "a Dutch military grant").
        foreach (var (owner, bodyEnd) in _lowerCaseBodies.StateForces(tokens))
        {
            var state = knownByEnd.First(owner.End, owner.End, k => k.Span.Start == owner.Start && k.Type is MentionType.Demonym or MentionType.Country);
            if (state is null) continue;
            var span = new Span(owner.Start, bodyEnd);
            found.Add(new EntityMention(span, MentionType.Organization, text[span.Start..span.End], Affiliation: state.Canonical));
        }
        foreach (var span in _lowerCaseBodies.OwnedBodies(tokens))
            found.Add(new EntityMention(span, MentionType.Organization, text[span.Start..span.End], Affiliation: OrganisationOwner.Of(span, knownByEnd)));
        // Each rule below reads the names known so far: the gazetteer's and those the rules before it found (one list, grown
        // by what each rule finds once it has read it).
        var knownSoFar = new List<EntityMention>(known.Count + 2 * found.Count);
        knownSoFar.AddRange(known);
        knownSoFar.AddRange(found);
        void Add(List<EntityMention> names)
        {
            found.AddRange(names);
            knownSoFar.AddRange(names);
        }
        Add(_listMembers.Find(tokens, knownSoFar));
        Add(_namesAfterNouns.Find(tokens, words, knownSoFar));
        Add(_outlets.Find(tokens, knownSoFar));
        Add(_administrations.Find(tokens, knownSoFar));
        // "Baltic Energy Fund (BEF) ... BEF said": the acronym, where defined and wherever it recurs.
        var definitions = DefinedAcronyms.Definitions(tokens);
        found.AddRange(NamesBeforeTheirInitials.Find(tokens, definitions, new MentionsByEnd(knownSoFar), _lexicon.NameConnectors));
        var organisationList = new List<EntityMention>(known.Count + found.Count);
        foreach (var mention in known)
            if (mention.Type == MentionType.Organization) organisationList.Add(mention);
        organisationList.AddRange(found);
        found.AddRange(Initialisms.Find(words, organisationList));
        found.AddRange(DefinedAcronyms.Find(words, tokens, definitions, organisationList));
        return found;
    }
}
