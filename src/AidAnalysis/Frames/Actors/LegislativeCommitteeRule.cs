using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Actors;

/// <summary>"House Armed Services Committee", "Finance Committee", "International Development Committee": a committee whose
/// name opens with a chamber or a legislature's portfolio (organisation-name-words.tsv: committee-opener) is a parliament's,
/// so its state's body, as a ministry is; "Flood Committee" or "Famine Review Committee" may be anyone's.</summary>
internal sealed class LegislativeCommitteeRule(Lexicon lexicon)
{
    private readonly string[] _heads = [.. lexicon.OrganisationNameWords.GetValueOrDefault("committee-head") ?? []];
    private readonly string[] _openers = [.. lexicon.OrganisationNameWords.GetValueOrDefault("committee-opener") ?? []];

    public bool Matches(string name)
    {
        var last = name.LastIndexOf(' ');
        if (last < 0 || !_heads.Contains(name[(last + 1)..], StringComparer.Ordinal)) return false;
        var opening = name[..last];
        return _openers.Any(o => opening == o || opening.StartsWith(o + " ", StringComparison.Ordinal));
    }
}
