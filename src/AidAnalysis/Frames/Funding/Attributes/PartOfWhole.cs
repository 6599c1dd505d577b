using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"part of the £100m commitment", "part of its earlier $5m grant": the whole the news comes under was announced
/// before (SCHEMA.md: previous). One lower-case word may stand between the determiner and the amount; the words of
/// "part of" and the determiner each follow the one before, inside the sentence, and that chain is the whole reach.</summary>
internal sealed class PartOfWhole(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span sentence, Span amount)
    {
        var floor = sentence.Start;
        var last = tokens.WordRightBefore(amount.Start, floor, WordSpacing.OneWhitespace);
        return last >= 0 && (AfterDeterminer(tokens, last, floor)
            || IsAsciiLower(tokens, last) && AfterDeterminer(tokens, tokens.WordRightBefore(tokens[last].Start, floor, WordSpacing.OneWhitespace), floor));
    }

    private bool AfterDeterminer(TokenLayer tokens, int determiner, int floor)
    {
        if (!words.PartDeterminers.IsWord(tokens, determiner)) return false;
        var of = tokens.WordRightBefore(tokens[determiner].Start, floor, WordSpacing.OneWhitespace);
        return tokens.IsExactly(of, "of") && tokens.IsExactly(tokens.WordRightBefore(tokens[of].Start, floor, WordSpacing.OneWhitespace), "part");
    }

    private static bool IsAsciiLower(TokenLayer tokens, int index)
    {
        if (tokens[index].Kind != TokenKind.Word) return false;
        foreach (var c in tokens.TextOf(index))
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }
}
