using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$300 million to help Kenya's arid counties cope", "to support Syria's public sector salaries", "for Chad's eastern
/// provinces": whatever a state owns that the money goes to or helps, the state receives it, at the level SCHEMA.md charts
/// recipients (a state or its people). Not after "from", "by" or "against", where the state owns the giver or the foe.
/// </summary>
internal sealed class RecipientStatesOwn(PartyWords words)
{
    /// <summary>"to" of a complex preposition ("in response to Russia's invasion", "due to", "in addition to") names no destination.</summary>
    private readonly Regex _markerRightBefore = new(
        @"\b(?:(?<!\b(?:" + TextPatterns.Alternation(words.ComplexPrepositions) + @")\s)to|" + TextPatterns.Alternation(words.OwnerMarkers) + @")\s$",
        TextPatterns.WindowOptions);

    /// <summary>Whether the possessive mention of <paramref name="actor"/> (ending before "'s") names the receiving state.</summary>
    public bool Receives(string text, Actor actor, Span mention, int sentenceStart) =>
        actor.Kind == ActorKind.Country
        && _markerRightBefore.IsMatch(text.AsSpan(Math.Max(sentenceStart, mention.Start - 20), mention.Start - Math.Max(sentenceStart, mention.Start - 20)));
}
