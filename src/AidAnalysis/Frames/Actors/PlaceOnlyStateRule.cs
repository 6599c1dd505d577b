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
        // Where a known state, body or person ends: the name before ", X" is then a list member, not a city. The ends are few
        // beside the text's characters, so they are kept in a set, not as a flag per character.
        var actorEnds = new HashSet<int>();
        foreach (var entity in document.Entities)
            if (entity.Type is not MentionType.Seat) actorEnds.Add(entity.Span.End);
        var locative = StateSalience.Locatives(lexicon.StatePrepositions.Location, lexicon.ClauseOpeners);
        drafts.RemoveAll(d => d.Kind == ActorKind.Country
            && d.Mentions.All(m => locative.Holds(document.Tokens, m)
                || AfterCityName(document.Tokens, m, actorEnds) || InPlaceList(document.Tokens, m) || _flightDestinations.IsDestination(document.Tokens, m)));
    }

    /// <summary>A state deep in a list that a location preposition opens: every member is a place. The words are read on
    /// the token layer back from the state, across spaces, commas and brackets; a word is a run of tokens written together
    /// of letters, apostrophes, full stops and hyphens ("St.", "Guinea-Bissau", "d’Ivoire").</summary>
    internal bool InPlaceList(TokenLayer tokens, Span mention)
    {
        var text = tokens.Text;
        var floor = Math.Max(0, mention.Start - PlaceListReach);
        var position = mention.Start;
        bool comma = false, fullStop = false;
        while (position > floor)
        {
            var last = tokens.LastEndingBy(position);
            for (; last >= 0 && tokens[last].Start >= floor && tokens.SpacesOnly(tokens[last].End, position) && IsListMark(tokens, last); last--)
            {
                comma |= tokens.IsMark(last, ',');
                position = tokens[last].Start;
            }
            if (last < 0 || tokens[last].End <= floor || !tokens.SpacesOnly(tokens[last].End, position) || !IsWordPart(tokens, last)) return false;
            var first = last;
            while (first > 0 && tokens[first - 1].End == tokens[first].Start && tokens[first - 1].End > floor && IsWordPart(tokens, first - 1)) first--;
            // A word cut by the reach is read from the reach on.
            var start = Math.Max(floor, tokens[first].Start);
            var word = text[start..tokens[last].End];
            if (lexicon.ClauseOpeners.Contains(word) || fullStop) return false;
            if (lexicon.StatePrepositions.Location.Contains(word)) return comma;
            if (!(char.IsUpper(word[0]) || word is "the" or "and" or "of")) return false;
            // A full stop inside a word read ends the list for the words before it ("in St. Lucia" is no list).
            for (var i = first; i <= last && !fullStop; i++) fullStop = tokens.IsMark(i, '.');
            position = start;
        }
        return false;
    }

    private static bool IsListMark(TokenLayer tokens, int i) => tokens.IsMark(i, ',') || tokens.IsMark(i, '(') || tokens.IsMark(i, ')');

    /// <summary>Whether every character of token <paramref name="i"/> is a letter, apostrophe, full stop or hyphen.</summary>
    private static bool IsWordPart(TokenLayer tokens, int i)
    {
        foreach (var c in tokens.TextOf(i))
            if (!(char.IsLetter(c) || c is '.' or '-' or '’' or '\'')) return false;
        return true;
    }

    /// <summary>"Warsaw, Poland": the state after a city names where the city is ("the World Bank, Japan and
    /// others" is a list: the name before the comma is a known actor, not a city).</summary>
    private bool AfterCityName(TokenLayer tokens, Span mention, HashSet<int> actorEnds)
    {
        var position = mention.Start;
        var comma = tokens.LastEndingBy(position);
        if (!tokens.IsMark(comma, ',') || tokens[comma].End != position - 1 || actorEnds.Contains(tokens[comma].Start)) return false;
        var word = tokens.WordBeforeAcrossCommas(ref comma, ref position);
        return word.Length > 0 && char.IsUpper(word[0]) && !lexicon.ClauseOpeners.Contains(word.ToString());
    }
}
