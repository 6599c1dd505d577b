using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"Refugees fled the fighting to (neighbouring) X": a state people flee to is named as a place.</summary>
internal sealed class FlightDestinationRule(Lexicon lexicon)
{
    /// <summary>How far back in its clause the flight verb is looked for.</summary>
    private const int Reach = 90;

    public bool IsDestination(TokenLayer tokens, Span mention)
    {
        var text = tokens.Text;
        var position = mention.Start;
        var word = tokens.WordBeforeAcrossCommas(ref position);
        if (word is "neighbouring" or "neighboring" or "nearby") word = tokens.WordBeforeAcrossCommas(ref position);
        if (word is not ("to" or "into")) return false;
        var from = Math.Max(0, position - Reach);
        var clause = text.AsSpan(from, position - from);
        var stop = clause.LastIndexOfAny(".;:\n!?");
        if (stop >= 0) clause = clause[(stop + 1)..];
        var words = clause.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
            if (lexicon.FlightVerbs.Contains(words[i]) || (i + 1 < words.Length && lexicon.FlightVerbs.Contains(words[i] + " " + words[i + 1])))
                return true;
        return false;
    }
}
