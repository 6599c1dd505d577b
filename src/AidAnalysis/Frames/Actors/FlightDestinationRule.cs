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
        var position = mention.Start;
        var last = tokens.LastEndingBy(position);
        var word = tokens.WordBeforeAcrossCommas(ref last, ref position);
        if (word is "neighbouring" or "neighboring" or "nearby") word = tokens.WordBeforeAcrossCommas(ref last, ref position);
        if (word is not ("to" or "into")) return false;
        var begin = Math.Max(0, position - Reach);
        var end = last + 1;
        var first = end;
        while (first > 0 && tokens[first - 1].Start >= begin && !EndsClause(tokens, first - 1)) first--;
        // The words of the clause as written between spaces and commas ("fled", "sought refuge"), not parts of longer runs.
        for (var w = first; w < end; w++)
        {
            if (!StandsAlone(tokens, w, begin, first, position)) continue;
            var verb = tokens.TextOf(w).ToString();
            if (lexicon.FlightVerbs.Contains(verb)) return true;
            var next = w + 1;
            while (next < end && tokens.IsMark(next, ',')) next++;
            if (next < end && StandsAlone(tokens, next, begin, first, position)
                && lexicon.FlightVerbs.Contains(verb + " " + tokens.TextOf(next).ToString()))
                return true;
        }
        return false;
    }

    /// <summary>Whether a clause ends after token <paramref name="i"/>: a stop inside it, or a line break after it.</summary>
    private static bool EndsClause(TokenLayer tokens, int i) =>
        tokens.TextOf(i).IndexOfAny(".;:!?") >= 0
        || (i + 1 < tokens.Count && tokens.Text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n'));

    /// <summary>Whether token <paramref name="w"/> is a whole word between spaces, commas and the clause's bounds.</summary>
    private static bool StandsAlone(TokenLayer tokens, int w, int begin, int first, int end)
    {
        var start = tokens[w].Start;
        var left = start == begin || w == 0 || tokens[w - 1].End < start || tokens.IsMark(w - 1, ',') || w == first;
        var right = tokens[w].End == end || w + 1 == tokens.Count || tokens[w + 1].Start > tokens[w].End || tokens.IsMark(w + 1, ',');
        return left && right;
    }
}
