using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Tests.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>"in Peru, Bolivia and Kenya", "to Kenya": the words before a state, read back on the token layer, tell what the
/// character walks they replaced told, on texts made of the pieces those walks cared about. The walks read the letters after a
/// digit or underscore inside a word ("2in") as a word of their own; the tokens do not, so those pieces are left out.</summary>
public class PlaceListTokenTests
{
    private static readonly string[] Pieces =
        [
            "in", "to", "In", "from", "the", "and", "or", "of", "Mali", "Peru", "St.", "Port-au-Prince", "O’Brien", "’s", "x", " 16 ",
            ",", ", ", " ", " ", " ", "(", ")", "\n", ".", "-", "March", "Meanwhile", "\t", "aid",
        ];

    private static readonly Gen<string> Before = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    [Fact]
    public void A_state_after_a_preposition_is_found_as_the_character_walk_found_it()
    {
        var lexicon = Lexicon.Default;
        Before.Sample(before =>
        {
            var (tokens, mention) = Text(before);
            foreach (var prepositions in new[] { lexicon.StatePrepositions.Location, lexicon.StatePrepositions.Destination })
                Assert.Equal(WalkedLocative(tokens.Text, mention, prepositions, lexicon.ClauseOpeners),
                    StateSalience.Locatives(prepositions, lexicon.ClauseOpeners).Holds(tokens, mention));
        }, iter: 20_000);
    }

    [Fact]
    public void A_state_deep_in_a_list_of_places_is_found_as_the_character_walk_found_it()
    {
        var lexicon = Lexicon.Default;
        var rule = new PlaceOnlyStateRule(lexicon);
        // Long texts too, for the reach.
        Before.Array[1, 6].Select(string.Concat).Sample(before =>
        {
            var (tokens, mention) = Text(before);
            Assert.Equal(WalkedPlaceList(lexicon, tokens.Text, mention), rule.InPlaceList(tokens, mention));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Floods hit villages in Mali, Peru (PE), the Niger and Kenya.", true)]
    [InlineData("Floods hit villages in Mali and Kenya.", false)]
    [InlineData("Floods hit villages in St. Lucia, and Kenya.", false)]
    public void Only_a_list_with_a_comma_after_a_location_preposition_is_a_place_list(string text, bool placeList)
    {
        var tokens = OneSentenceTokens.Of(text);
        var start = text.IndexOf("Kenya", StringComparison.Ordinal);
        Assert.Equal(placeList, new PlaceOnlyStateRule(Lexicon.Default).InPlaceList(tokens, new Span(start, start + 5)));
    }

    /// <summary>The pieces, then a state's name as a word of its own.</summary>
    private static (TokenLayer Tokens, Span Mention) Text(string before)
    {
        var text = before + " Kenya";
        return (OneSentenceTokens.Of(text), new Span(text.Length - 5, text.Length));
    }

    /// <summary>StateSalience.IsLocative as it walked characters.</summary>
    private static bool WalkedLocative(string text, Span mention, IReadOnlySet<string> prepositions, IReadOnlySet<string> clauseOpeners)
    {
        var i = mention.Start;
        for (var hops = 0; hops < 6; hops++)
        {
            var word = PreviousWordSpan(text, ref i).ToString();
            if (word.Length == 0) return false;
            if (prepositions.Contains(word)) return true;
            if (word is "the" or "and" or "or") continue;
            if (char.IsUpper(word[0]) && !clauseOpeners.Contains(word)) continue;
            return false;
        }
        return false;
    }

    /// <summary>The word before <paramref name="position"/> (letters, full stops, hyphens), across spaces and commas, as
    /// StateSalience read it before the token layer; empty if none.</summary>
    private static ReadOnlySpan<char> PreviousWordSpan(string text, ref int position)
    {
        var end = position;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) end--;
        if (end == 0 || !char.IsLetter(text[end - 1])) return [];
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '.' or '-')) start--;
        position = start;
        return text.AsSpan(start, end - start);
    }

    /// <summary>PlaceOnlyStateRule's list walk as it read characters.</summary>
    private static bool WalkedPlaceList(Lexicon lexicon, string text, Span mention)
    {
        var i = mention.Start;
        var floor = Math.Max(0, mention.Start - 400);
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
}
