using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"$5 million to the X Agency's cash programme", "for the Y Fund's operations": money marked for what an
/// organisation runs is transferred to that organisation, the recipient SCHEMA.md names ("the organisation the money is
/// transferred to"). Only the prepositions mark it (organisation-owner-preposition of party-words.tsv): "to bolster the Y
/// Alliance's flank" helps what the owner defends, it pays the owner nothing. A state's own body is left to the state readers:
/// its state, not the body, is charted.</summary>
internal sealed class OrganisationsOwn(Lexicon lexicon)
{
    private readonly IReadOnlyList<string> _prepositions = lexicon.PartyWords["organisation-owner-preposition"];

    /// <summary>Whether the possessive mention of <paramref name="actor"/>, with <paramref name="marker"/> the token right before
    /// it, names an organisation that receives: one of the prepositions, perhaps with "the", right before it.</summary>
    public bool Receives(TokenLayer tokens, Actor actor, int marker)
    {
        if (actor.Kind != ActorKind.Organization || actor.Affiliation is { } state && lexicon.CountryByForm.ContainsKey(state)) return false;
        var preposition = marker > 0 && tokens.IsExactly(marker, "the") ? marker - 1 : marker;
        return preposition >= 0 && tokens.IsExactlyAny(preposition, _prepositions);
    }
}
