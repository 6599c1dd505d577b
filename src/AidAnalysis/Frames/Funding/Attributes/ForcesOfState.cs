using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"to equip Freedonia’s army": money for a state's armed forces is military aid. Read at each possessive "’s" of
/// the clause: the word it hangs on ends in a capitalised run of letters, and a forces word follows.</summary>
internal sealed class ForcesOfState(AttributeWords words)
{
    public bool In(TokenLayer tokens, Span clause)
    {
        for (var i = tokens.FirstStartingFrom(clause.Start) + 1; i < tokens.Count && tokens[i].End <= clause.End; i++)
            if (tokens[i].Kind == TokenKind.Clitic && tokens.TextOf(i) is "’s" or "'s" && tokens[i - 1].End == tokens[i].Start
                && EndsCapitalised(tokens, i - 1, clause.Start)
                && words.ForcesWords.EndStartingAt(tokens, tokens.WordRightAfter(tokens[i].End, clause.End, WordSpacing.OneWhitespace), clause.End) >= 0)
                return true;
        return false;
    }

    /// <summary>Whether the run of letters that ends token <paramref name="index"/>, within the clause, holds a capital
    /// ("Freedonia", "O’Brien").</summary>
    private static bool EndsCapitalised(TokenLayer tokens, int index, int floor)
    {
        var text = tokens.TextOf(index);
        for (var c = text.Length - 1; c >= 0 && tokens[index].Start + c >= floor && char.IsLetter(text[c]); c--)
            if (char.IsUpper(text[c])) return true;
        return false;
    }
}
