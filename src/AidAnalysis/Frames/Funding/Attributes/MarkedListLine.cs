using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"- EUR 20 million to a food agency", "2. $5 million for schools": an amount on a bulleted or numbered list line,
/// whose first token is a list mark (relation-words.tsv) or one to three digits glued to "." or ")", and a space after it.</summary>
internal sealed class MarkedListLine(Lexicon lexicon)
{
    /// <summary>A list line's marker stands within this many characters before its amount; the walk back stops there, so dense
    /// text stays linear.</summary>
    private const int Reach = 120;

    private readonly char[] _marks = Relations.RelationVocabulary.ListMarksOf(lexicon);

    public bool Holds(TokenLayer tokens, Span amount)
    {
        var first = tokens.IndexAt(amount.Start);
        if (first >= tokens.Count) return false;
        for (; first > 0 && !tokens.BreaksLineBefore(first); first--)
            if (tokens[first - 1].Start < amount.Start - Reach) return false;
        var lineBreak = tokens.LineBreakBefore(first);
        if (lineBreak >= 0 ? lineBreak < amount.Start - Reach : amount.Start > Reach) return false;
        // Spaces and tabs may indent the marker; any other whitespace before it makes the line no list line.
        if (tokens.Text.AsSpan(lineBreak + 1, tokens[first].Start - lineBreak - 1).ContainsAnyExcept(' ', '\t')) return false;
        var marker = IsNumber(tokens, first) && (tokens.IsMark(first + 1, '.') || tokens.IsMark(first + 1, ')')) && tokens[first + 1].Start == tokens[first].End
            ? first + 1
            : tokens[first].Length == 1 && _marks.Contains(tokens.Text[tokens[first].Start]) ? first : -1;
        return marker >= 0 && tokens[marker].End < amount.Start && tokens.Text[tokens[marker].End] == ' ';
    }

    /// <summary>A list number: one to three ASCII digits.</summary>
    private static bool IsNumber(TokenLayer tokens, int i) =>
        tokens[i].Length <= 3 && !tokens.TextOf(i).ContainsAnyExceptInRange('0', '9');
}
