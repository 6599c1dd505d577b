using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$300 million to help X's arid counties cope", "to pay X's teachers", "for X's eastern provinces": whatever a
/// state owns that the money goes to or helps, the state receives it, at the level SCHEMA.md charts recipients (a state or its
/// people). Not after "from", "by" or "against", where the state owns the giver or the foe.
/// </summary>
internal sealed class RecipientStatesOwn(PartyWords words)
{
    private const int MarkerWidth = 20;

    private readonly PhrasesBefore _ownerMarkers = new(words.OwnerMarkers);
    /// <summary>"to" of a complex preposition ("in response to X's invasion", "due to", "in addition to") names no destination.</summary>
    private readonly PhrasesBefore _complexPrepositions = new(words.ComplexPrepositions);

    /// <summary>Whether the possessive mention of <paramref name="actor"/> (ending before "'s") names the receiving state.</summary>
    public bool Receives(TokenLayer tokens, Actor actor, Span mention, int sentenceStart)
    {
        if (actor.Kind != ActorKind.Country) return false;
        var from = Math.Max(sentenceStart, mention.Start - MarkerWidth);
        var marker = tokens.RightBefore(mention.Start, from);
        return tokens.IsExactly(marker, "to") ? !_complexPrepositions.EndRightBefore(tokens, tokens[marker].Start, from)
            : _ownerMarkers.EndRightBefore(tokens, mention.Start, from);
    }
}
