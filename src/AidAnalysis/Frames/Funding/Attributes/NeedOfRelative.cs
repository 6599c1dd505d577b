using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"only part of the $4 billion the UN is seeking", "short of the $600 million the agency says it needs": a definite
/// amount ("the", "The", "its") whose contact relative clause ends in a verb of needing is the sum asked for (SCHEMA.md:
/// requested), whatever background or share word stands before it ("part of", "so far"). The clause has a subject of its
/// own right after the amount (a name, a determiner and its noun, a pronoun: not "the $X loan requires"), and only
/// auxiliaries or a reporting verb stand between it and the need verb; any other word ends the reading ("the $X Ruritania
/// gave last month is needed"). At most <see cref="Between"/> tokens, words or an abbreviation's periods, stand between the
/// amount and the verb.</summary>
internal sealed class NeedOfRelative(AttributeWords words)
{
    private const int Between = 6;
    /// <summary>Words of a common-noun subject after its determiner ("the aid agency").</summary>
    private const int NounWords = 2;

    public bool Holds(TokenLayer tokens, Span sentence, Span amount)
    {
        var determiner = tokens.WordRightBefore(amount.Start, sentence.Start, WordSpacing.OneWhitespace);
        if (determiner < 0 || !words.NeedDeterminers.Contains(tokens.TextOf(determiner).ToString().ToLowerInvariant())) return false;
        var (first, end) = tokens.Within(new Span(amount.End, sentence.End));
        var i = SubjectEnd(tokens, first, end);
        for (; i >= 0 && i < end && i - first <= Between && InClause(tokens, i); i++)
        {
            if (words.RelativeNeedVerbs.IsWord(tokens, i)) return true;
            if (words.RelativeLinks.IsWord(tokens, i)) continue;
            // A reporting verb's own clause has its subject: "the $X the UN estimates the mission needs".
            if (!words.RelativeLinks.IsWord(tokens, i - 1) || SubjectEnd(tokens, i, end) is not (> 0 and var next)) return false;
            i = next - 1;
        }
        return false;
    }

    /// <summary>The token after the relative clause's subject starting at <paramref name="first"/>, or -1 when none starts there.</summary>
    private int SubjectEnd(TokenLayer tokens, int first, int end)
    {
        if (first >= end || tokens[first].Kind != TokenKind.Word) return -1;
        if (words.RelativeSubjectPronouns.IsWord(tokens, first)) return first + 1;
        if (Capitalised(tokens, first)) return NameEnd(tokens, first, end);
        if (!words.NeedDeterminers.IsWord(tokens, first)) return -1;
        var j = first + 1;
        if (j < end && Capitalised(tokens, j)) return NameEnd(tokens, j, end);
        while (j < end && j - first <= NounWords && tokens[j].Kind == TokenKind.Word && !words.RelativeLinks.IsWord(tokens, j)
               && !words.RelativeNeedVerbs.IsWord(tokens, j))
            j++;
        return j > first + 1 ? j : -1;
    }

    /// <summary>The token after a run of capitalised words and an abbreviation's periods ("the U.N.", "Ruritania").</summary>
    private static int NameEnd(TokenLayer tokens, int first, int end)
    {
        var j = first;
        while (j < end && (tokens[j].Kind == TokenKind.Word && Capitalised(tokens, j) || tokens.IsMark(j, '.') && j > first)) j++;
        return j;
    }

    private static bool Capitalised(TokenLayer tokens, int i) => char.IsUpper(tokens.Text[tokens[i].Start]);

    /// <summary>A word or an abbreviation's period: a period inside the sentence does not end the clause.</summary>
    private static bool InClause(TokenLayer tokens, int i) => tokens[i].Kind == TokenKind.Word || tokens.IsMark(i, '.');
}
