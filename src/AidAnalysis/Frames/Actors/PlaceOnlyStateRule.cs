using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>A state named only as a place ("met in Lisbon, Portugal", "in Chad, Niger and Mali", "fled to Chad")
/// is not an actor.</summary>
internal sealed class PlaceOnlyStateRule(Lexicon lexicon)
{
    /// <summary>How far back a list of places is walked ("in Mali, Peru, the United Republic of X (URX), Laos ... and Y").</summary>
    private const int PlaceListReach = 400;

    private readonly FlightDestinationRule _flightDestinations = new(lexicon);

    public void Apply(AnalysisDocument document, List<ActorDraft> drafts)
    {
        var text = document.Text;
        // Where a known state, body or person ends: the name before ", X" is then a list member, not a city.
        var actorEnds = new bool[text.Length + 1];
        foreach (var entity in document.Entities)
            if (entity.Type is not MentionType.Seat) actorEnds[entity.Span.End] = true;
        drafts.RemoveAll(d => d.Kind == ActorKind.Country
            && d.Mentions.All(m => StateSalience.IsLocative(document.Tokens, m, lexicon.StatePrepositions.Location, lexicon.ClauseOpeners)
                || AfterCityName(document.Tokens, m, actorEnds) || InPlaceList(text, m) || _flightDestinations.IsDestination(document.Tokens, m)));
    }

    /// <summary>A state deep in a list that a location preposition opens: every member is a place.</summary>
    private bool InPlaceList(string text, Span mention)
    {
        var i = mention.Start;
        var floor = Math.Max(0, mention.Start - PlaceListReach);
        while (i > floor)
        {
            while (i > floor && text[i - 1] is ' ' or ',' or '(' or ')') i--;
            var end = i;
            while (i > floor && (char.IsLetter(text[i - 1]) || text[i - 1] is '.' or '-' or '’' or '\'')) i--;
            if (end == i) return false;
            var word = text[i..end];
            if (lexicon.ClauseOpeners.Contains(word) || text.AsSpan(end, mention.Start - end).IndexOfAny('.', '\n') >= 0) return false;
            if (lexicon.StatePrepositions.Location.Contains(word)) return text.AsSpan(end, mention.Start - end).Contains(',');
            if (!(char.IsUpper(word[0]) || word is "the" or "and" or "of")) return false;
        }
        return false;
    }

    /// <summary>"Warsaw, Poland": the state after a city names where the city is ("the World Bank, Japan and
    /// others" is a list: the name before the comma is a known actor, not a city).</summary>
    private bool AfterCityName(TokenLayer tokens, Span mention, bool[] actorEnds)
    {
        var position = mention.Start;
        var comma = tokens.LastEndingBy(position);
        if (!tokens.IsMark(comma, ',') || tokens[comma].End != position - 1 || actorEnds[tokens[comma].Start]) return false;
        var word = tokens.WordBeforeAcrossCommas(ref position);
        return word.Length > 0 && char.IsUpper(word[0]) && !lexicon.ClauseOpeners.Contains(word.ToString());
    }
}
