using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>A well-known office holder acts for the state or body the lexicon gives, not for a state the text
/// names nearby ("President X called ..." in a story about the country X helps), where the text gives no state of its own.</summary>
internal sealed class KnownOfficeHolderRule
{
    private readonly IReadOnlyDictionary<string, string> _byName;
    // Surnames shared by holders of different states are left out: "President X" must name one state.
    private readonly Dictionary<string, string> _bySurname;

    public KnownOfficeHolderRule(Lexicon lexicon)
    {
        _byName = lexicon.OfficeHolders;
        _bySurname = lexicon.OfficeHolders
            .GroupBy(h => Surname(h.Key), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(h => h.Value).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
    }

    public void Apply(IEnumerable<ActorDraft> drafts)
    {
        // The text's own word wins ("the agency's head X" for a holder the lexicon lists under the agency's parent).
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Person && (d.Affiliation is null || d.AffiliationGuessed)))
        {
            if (AffiliationOf(draft.Name, draft.Role is not null) is not { } affiliation) continue;
            draft.Affiliation = affiliation;
            draft.AffiliationGuessed = false;
        }
    }

    /// <summary>The holder's state or body by full name, or by surname alone when a title comes with it ("President X").</summary>
    public string? AffiliationOf(string name, bool titled) =>
        _byName.TryGetValue(name, out var affiliation) ? affiliation
        : titled && !name.Contains(' ') && _bySurname.TryGetValue(name, out affiliation) ? affiliation
        : null;

    /// <summary>The state of a leader named by surname ("the X administration").</summary>
    public string? AffiliationOfSurname(string surname) => _bySurname.GetValueOrDefault(surname);

    private static string Surname(string name)
    {
        var tokens = name.Split(' ');
        return tokens.Length > 1 && tokens[^1] is "Jr." or "Sr." ? tokens[^2] : tokens[^1];
    }
}
