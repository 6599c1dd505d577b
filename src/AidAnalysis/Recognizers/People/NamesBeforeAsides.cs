using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// "X Y, a UN spokesperson, said", "X Y, 54, said", "X Y, who leads the team, told": the name that opens a clause and is closed
/// off by an aside right before its reporting verb, whatever its given name. The caller checks that it is a clean name.
/// </summary>
internal sealed partial class NamesBeforeAsides(Lexicon lexicon)
{
    /// <summary>Auxiliaries and adverbs that may stand between an aside's closing comma and its verb ("X, a nurse, also said").</summary>
    [GeneratedRegex(@",\s(?:(?:has|had|have|also|later|then|earlier|separately)\s){0,2}\z", TextPatterns.WindowOptions)]
    private static partial Regex BeforeVerb { get; }

    /// <summary>An aside is at most this long: a role, an age, a short relative clause.</summary>
    private const int LongestAside = 150;

    /// <summary>The name that opens a clause and is closed off by an aside right before the reporting verb at <paramref name="verb"/>.</summary>
    public Span? BeforeAside(TokenLayer tokens, int verb)
    {
        var text = tokens.Text;
        var from = Math.Max(0, verb - 40);
        if (TextPatterns.FirstMatch(BeforeVerb, text.AsSpan(from, verb - from)) is not { } gap || text[from + gap.Index] != ',') return null;
        var close = from + gap.Index;
        var open = OpeningComma(text, close);
        // An aside opens with a lower-case word ("a", "the", "who", "speaking") or an age, never a name of a list.
        if (open < 0 || open + 2 >= close || text[open + 1] != ' ' || !(char.IsLower(text[open + 2]) || char.IsDigit(text[open + 2]))) return null;
        var start = NameBeforeEnd.NameTokens(text, Math.Max(0, open - 60), open, minTokens: 2, maxTokens: 3);
        if (start < 0 || !OpensClause(tokens, start)) return null;
        return new Span(NameBeforeEnd.AfterPossessor(text, start, open), open);
    }

    /// <summary>How long a fronted adverbial before a name may be ("Outside a clinic on the edge of the valley town, ").</summary>
    private const int LongestAdverbial = 80;

    /// <summary>Whether a name opens its clause: at a sentence start, after a fronted adverbial that a clause opener begins
    /// ("In Lakeport, X Y, 24, said"), or after a role noun standing there ("fisherman X Y, 46, said").</summary>
    private bool OpensClause(TokenLayer tokens, int start)
    {
        var text = tokens.Text;
        var wordEnd = start - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetterLower(text[wordStart - 1])) wordStart--;
        if (wordEnd > 0 && text[wordEnd] == ' ' && wordStart < wordEnd && lexicon.PersonRoles.Contains(text[wordStart..wordEnd])) start = wordStart;
        if (tokens.OpensClauseAt(start)) return true;
        var comma = start - 1;
        while (comma >= 0 && text[comma] == ' ') comma--;
        if (comma < 1 || text[comma] != ',') return false;
        var floor = Math.Max(0, comma - LongestAdverbial);
        var opening = comma - 1;
        while (opening >= floor && text[opening] is not (',' or ';' or '\n' or '"' or '“' or '”' or '(' or ')')
               && !(text[opening] == '.' && opening + 1 < text.Length && text[opening + 1] == ' ')) opening--;
        if (opening >= floor && text[opening] == ',') return false;
        if (opening < floor && floor > 0) return false;
        var phrase = text.AsSpan(opening + 1, comma - opening - 1).TrimStart();
        var space = phrase.IndexOf(' ');
        return space > 0 && lexicon.ClauseOpeners.Contains(phrase[..space].ToString());
    }

    /// <summary>The comma that opens the aside closed at <paramref name="close"/>, within its sentence; -1 if none.</summary>
    private static int OpeningComma(string text, int close)
    {
        var floor = Math.Max(0, close - LongestAside);
        for (var i = close - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c == ',') return i;
            if (c is '\n' or ';' or '"' or '“' or '”' or '(' or ')') return -1;
            // A full stop ends the sentence unless it closes an abbreviation ("a U.N. spokesperson").
            if (c == '.' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) return -1;
        }
        return -1;
    }
}
