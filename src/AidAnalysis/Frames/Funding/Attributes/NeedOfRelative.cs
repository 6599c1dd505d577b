using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"only part of the $4 billion the UN is seeking", "short of the $600 million the agency says it needs": a definite
/// amount whose contact relative clause ends in a verb of needing is the sum asked for (SCHEMA.md: requested), whatever
/// background or share word stands before it ("part of", "so far"). At most <see cref="Between"/> tokens, words or an abbreviation's periods, stand
/// between the amount and the verb.</summary>
internal sealed class NeedOfRelative(AttributeWords words)
{
    private const int Between = 6;

    public bool Holds(TokenLayer tokens, Span sentence, Span amount)
    {
        if (!words.NeedDeterminers.IsWord(tokens, tokens.WordRightBefore(amount.Start, sentence.Start, WordSpacing.OneWhitespace))) return false;
        var (first, end) = tokens.Within(new Span(amount.End, sentence.End));
        // A period inside the sentence is an abbreviation's ("the U.N."), not a mark that ends the clause.
        for (var i = first; i < end && i - first <= Between && (tokens[i].Kind == TokenKind.Word || tokens.IsMark(i, '.')); i++)
            if (words.RelativeNeedVerbs.IsWord(tokens, i)) return i > first;
        return false;
    }
}
