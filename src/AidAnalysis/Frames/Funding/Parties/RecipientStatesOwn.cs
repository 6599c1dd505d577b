using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$300 million to help Kenya's arid counties cope", "to support Syria's public sector salaries", "for Chad's eastern
/// provinces": whatever a state owns that the money goes to or helps, the state receives it, at the level SCHEMA.md charts
/// recipients (a state or its people). Not after "from", "by" or "against", where the state owns the giver or the foe.
/// </summary>
internal static partial class RecipientStatesOwn
{
    /// <summary>"to" of a complex preposition ("in response to Russia's invasion", "due to", "in addition to") names no destination.</summary>
    [GeneratedRegex(@"\b(?:(?<!\b(?:response|reply|reaction|due|owing|thanks|addition|prior|compared|similar|contrary|according|opposed|regard|respect|relation)\s)to|for|towards|help|helping|assist|assisting|support|supporting|bolster|strengthen|rebuild)\s$", TextPatterns.WindowOptions)]
    private static partial Regex MarkerRightBefore { get; }

    /// <summary>Whether the possessive mention of <paramref name="actor"/> (ending before "'s") names the receiving state.</summary>
    public static bool Receives(string text, Actor actor, Span mention, int sentenceStart) =>
        actor.Kind == ActorKind.Country
        && MarkerRightBefore.IsMatch(text.AsSpan(Math.Max(sentenceStart, mention.Start - 20), mention.Start - Math.Max(sentenceStart, mention.Start - 20)));
}
