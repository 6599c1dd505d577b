using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// "X Y, a UN spokesperson, said", "X Y, 54, said", "X Y, who leads the team, told": the name that opens a clause and is closed
/// off by an aside right before its reporting verb, whatever its given name. The caller checks that it is a clean name.
/// </summary>
internal sealed class NamesBeforeAsides(Lexicon lexicon)
{
    /// <summary>Auxiliaries and adverbs that may stand between an aside's closing comma and its verb ("X, a nurse, also said"),
    /// as written (claim-words.tsv).</summary>
    private readonly WordSet _beforeVerb =
        TextPatterns.SpanWordSet(lexicon.ClaimWordClasses["aside-verb-filler"]);

    /// <summary>The name that opens a clause and is closed off by an aside right before the reporting verb at <paramref name="verb"/>.</summary>
    public Span? BeforeAside(TokenLayer tokens, int verb)
    {
        var text = tokens.Text;
        var close = ClosingComma(tokens, verb);
        if (close < 0) return null;
        var open = OpeningComma(tokens, close);
        // An aside opens with a lower-case word ("a", "the", "who", "speaking") or an age, never a name of a list.
        if (open < 0 || open + 2 >= close || text[open + 1] != ' ' || !(char.IsLower(text[open + 2]) || char.IsDigit(text[open + 2]))) return null;
        var start = NameBeforeEnd.NameTokens(tokens, open, minTokens: 2, maxTokens: 3);
        if (start < 0 || !OpensClause(tokens, start)) return null;
        return new Span(NameBeforeEnd.AfterPossessor(tokens, start, open), open);
    }

    /// <summary>The comma that closes an aside right before the verb at <paramref name="verb"/>, one whitespace character after it
    /// and after each of up to two auxiliaries or adverbs between ("X, a nurse, has also said"); -1 if none.</summary>
    private int ClosingComma(TokenLayer tokens, int verb)
    {
        var next = tokens.IndexAt(verb);
        if (next >= tokens.Count || tokens[next].Start != verb) return -1;
        for (var words = 0; tokens.SpacedFromPrevious(next, WordSpacing.OneWhitespace); words++, next--)
        {
            if (tokens.IsMark(next - 1, ',')) return tokens[next - 1].Start;
            if (words == 2 || !_beforeVerb.Contains(tokens.TextOf(next - 1))) return -1;
        }
        return -1;
    }

    /// <summary>How long a fronted adverbial before a name may be ("Outside a clinic on the edge of the valley town, ").</summary>
    private const int LongestAdverbial = 80;

    /// <summary>Whether a name opens its clause: at a sentence start, after a fronted adverbial that a clause opener begins
    /// ("In Lakeport, X Y, 24, said"), or after a role noun standing there, its lower-case modifiers with it ("fisherman X Y,
    /// 46, said", "rice farmer X Y, 58, said").</summary>
    private bool OpensClause(TokenLayer tokens, int start)
    {
        var text = tokens.Text;
        if (tokens.FollowsOneSpace(start) && RoleNounStart(tokens, start - 1) is var role && role < start - 1
            && lexicon.PersonRoles.Contains(text[role..(start - 1)]))
        {
            start = role;
            // "rice farmer X Y, 58, said": up to two lower-case words before the role noun describe it.
            for (var words = 0; words < MostRoleModifiers && tokens.FollowsOneSpace(start) && WholeLowerWordStart(tokens, start - 1) is var modifier and >= 0; words++)
                start = modifier;
        }
        if (tokens.OpensClauseAt(start)) return true;
        var before = tokens.LastEndingBy(start);
        if (!tokens.IsMark(before, ',') || text.AsSpan(tokens[before].End, start - tokens[before].End).IndexOfAnyExcept(' ') >= 0) return false;
        var comma = tokens[before].Start;
        if (comma < 1) return false;
        var floor = Math.Max(0, comma - LongestAdverbial);
        var opening = tokens.LastStopBefore(comma, floor, static (t, at) => t[at] is ',' or ';' or '"' or '“' or '”' or '(' or ')'
            || (t[at] == '.' && at + 1 < t.Length && t[at + 1] == ' '));
        if (opening >= 0 ? text[opening] == ',' : floor > 0) return false;
        // The adverbial's first word, up to the first space ("In Lakeport" → "In").
        var first = tokens.FirstStartingFrom(opening + 1);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && tokens[last + 1].Start < comma) last++;
        return first < tokens.Count && tokens[last].End < comma && text[tokens[last].End] == ' '
            && lexicon.ClauseOpeners.Contains(text[tokens[first].Start..tokens[last].End]);
    }

    /// <summary>Where the lower-case ASCII letters that end at <paramref name="end"/> begin, inside the token that ends there.</summary>
    private static int RoleNounStart(TokenLayer tokens, int end)
    {
        var word = tokens.TextOf(tokens.LastEndingBy(end));
        var letters = word.Length - word.LastIndexOfAnyExceptInRange('a', 'z') - 1;
        return end - letters;
    }

    /// <summary>How many lower-case words may describe a role noun before a name ("subsistence farmer", "young rice farmer").</summary>
    private const int MostRoleModifiers = 2;

    /// <summary>Where the token that ends at <paramref name="end"/> begins when it is one word of lower-case ASCII letters; -1 otherwise.</summary>
    private static int WholeLowerWordStart(TokenLayer tokens, int end)
    {
        var word = tokens.LastEndingBy(end);
        return word >= 0 && tokens[word].End == end && RoleNounStart(tokens, end) == tokens[word].Start && tokens[word].Start < end ? tokens[word].Start : -1;
    }

    /// <summary>The comma that opens the aside closed at <paramref name="close"/>, within its sentence; -1 if none.</summary>
    private static int OpeningComma(TokenLayer tokens, int close)
    {
        // A full stop ends the sentence unless it closes an abbreviation ("a U.N. spokesperson").
        var stop = tokens.LastStopBefore(close, 0, static (t, at) => t[at] is ',' or ';' or '"' or '“' or '”' or '(' or ')'
            || (t[at] == '.' && at + 2 < t.Length && t[at + 1] == ' ' && char.IsUpper(t[at + 2])));
        return stop >= 0 && tokens.Text[stop] == ',' ? stop : -1;
    }
}
