using AidAnalysis.Frames.Relations;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"a total of $5 million", "in all, $5 million", "the total aid budget is about $5 million": a total word shortly
/// before the amount, in its clause, marks it as a sum.</summary>
internal sealed class TotalAt(AttributeWords words)
{
    /// <summary>Among how many words before the amount the total word may start ("total support for Freedonia to").</summary>
    private const int WordsBefore = 5;
    /// <summary>The most words of an opening adverbial set off by a comma ("In total,"); "Of the total," is a part's whole.</summary>
    private const int OpeningWords = 2;

    public bool Holds(TokenLayer tokens, Span amount, Span sentence)
    {
        var last = tokens.LastEndingBy(amount.Start);
        for (int i = last, seen = 0; i >= 0 && tokens[i].Start >= sentence.Start && seen < WordsBefore; i--)
        {
            if (!tokens[i].IsWordLike)
            {
                // A mark between closes another clause ("the total, while others gave $1 million", "Of the total, half
                // went to schools"); a comma only sets the total word off, right before the amount ("in all, $5 million")
                // or after an opening adverbial ("In total, Freedonia received $5 million").
                if (IsClauseMark(tokens, i) && !(tokens.IsMark(i, ',') && (i == last || ClosesOpeningAdverbial(tokens, i, sentence))))
                    return false;
                continue;
            }
            if (words.TotalWords.EndStartingAt(tokens, i, amount.Start) is var end and >= 0 && !NamesTheWhole(tokens, i, end, sentence))
                return true;
            seen++;
        }
        return false;
    }

    /// <summary>Whether the comma <paramref name="comma"/> closes a sentence opening of at most <see cref="OpeningWords"/>
    /// words that holds a total word ("In total,", "Overall,").</summary>
    private bool ClosesOpeningAdverbial(TokenLayer tokens, int comma, Span sentence)
    {
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= comma || tokens.WordCount(first, comma) > OpeningWords) return false;
        for (var i = first; i < comma; i++)
            if (words.TotalWords.EndStartingAt(tokens, i, tokens[comma].Start) >= 0) return true;
        return false;
    }

    /// <summary>Whether the total word at <paramref name="first"/>..<paramref name="last"/> follows "of the"/"of its" ("Japan's
    /// share of the total was $5 million"): it names the whole the amount is a part of, unless an "of" follows ("out of a
    /// total of $5 million").</summary>
    private bool NamesTheWhole(TokenLayer tokens, int first, int last, Span sentence)
    {
        var determiner = tokens.WordRightBeforeToken(first, sentence.Start);
        if (determiner < 0 || !words.WholeDeterminers.IsWord(tokens, determiner)) return false;
        var preposition = tokens.WordRightBeforeToken(determiner, sentence.Start);
        if (preposition < 0 || !words.WholePrepositions.IsWord(tokens, preposition)) return false;
        var next = tokens.WordRightAfterToken(last, sentence.End);
        return next < 0 || !words.WholePrepositions.IsWord(tokens, next);
    }

    private static bool IsClauseMark(TokenLayer tokens, int i) =>
        tokens.IsMark(i, ',') || tokens.IsMark(i, ';') || tokens.IsMark(i, ':') || tokens.IsMark(i, '(') || tokens.IsMark(i, ')')
        || tokens.IsMark(i, '–') || tokens.IsMark(i, '—');
}
