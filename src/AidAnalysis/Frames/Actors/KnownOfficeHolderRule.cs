using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>A well-known office holder acts for the state or body the lexicon gives, not for a state the text
/// names nearby ("President X called ..." in a story about the country X helps), where the text calls them an office
/// holder and gives no state of its own.</summary>
internal sealed class KnownOfficeHolderRule
{
    private readonly Dictionary<string, string> _byName;
    // Surnames shared by holders of different states are left out: "President X" must name one state.
    private readonly Dictionary<string, string> _bySurname;

    public KnownOfficeHolderRule(Lexicon lexicon)
    {
        _byName = lexicon.OfficeHolders.DistinctBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(h => h.Name, h => h.Affiliation, StringComparer.OrdinalIgnoreCase);
        _bySurname = lexicon.OfficeHolders
            .GroupBy(h => h.Surname, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(h => h.Affiliation).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Affiliation, StringComparer.OrdinalIgnoreCase);
    }

    public void Apply(IEnumerable<ActorDraft> drafts)
    {
        // The text's own word wins ("the agency's head X" for a holder the lexicon lists under the agency's parent).
        // Only a titled holder: the title says the person acts for a state, the lexicon says which one
        // (a leader named without one, "X’s war", is left as the text leaves them).
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Person && d.Role is not null && (d.Affiliation is null || d.AffiliationGuessed)))
        {
            if (AffiliationOf(draft.Name) is not { } affiliation) continue;
            draft.Affiliation = affiliation;
            draft.AffiliationGuessed = false;
        }
    }

    /// <summary>The holder's state or body by full name, or by surname ("President X").</summary>
    public string? AffiliationOf(string name) =>
        _byName.TryGetValue(name, out var affiliation) ? affiliation
        : !name.Contains(' ') && _bySurname.TryGetValue(name, out affiliation) ? affiliation
        : null;

    /// <summary>The state of a leader named by surname ("the X administration").</summary>
    public string? AffiliationOfSurname(string surname) => _bySurname.GetValueOrDefault(surname);
}
