using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// "Anna Berg MP": the person's names (<see cref="PersonNameAt"/>) that one whitespace character and a whole "MP" follow, read
/// from each token that opens with "MP", in text order and not overlapping, the leftmost start first, as a scan of the whole text
/// for the pattern <c>PersonName\sMP\b</c> finds them.
/// </summary>
internal static class NamesBeforeMP
{
    /// <summary>The most whitespace characters a name holds: one after each of two initials, and one before each of three more
    /// tokens and after each of their particles.</summary>
    private const int MostSpaces = 2 + 3 * (1 + TextPatterns.ParticlesInARow);

    public static IEnumerable<Span> Find(TokenLayer tokens)
    {
        var text = tokens.Text;
        // Names start at or after the end of the last one found and after every start already tried.
        var next = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var space = tokens[i].Start - 1;
            if (space <= next || !IsMP(text, space)) continue;
            var from = Math.Max(next, Floor(text, space));
            for (var (start, index) = (from, tokens.IndexAt(from)); start < space; start++)
            {
                // The first token that ends after the start, walked forward with it.
                while (tokens[index].End <= start) index++;
                if (PersonNameAt.FirstEnd(tokens, start, index, text.Length, static (t, end) => IsMP(t, end)) is not (>= 0 and var end, _)) continue;
                yield return new Span(start, end);
                next = end + 3;
                break;
            }
            next = Math.Max(next, space);
        }
    }

    /// <summary>Whether one whitespace character at <paramref name="at"/> and a whole "MP" follow.</summary>
    private static bool IsMP(string text, int at) => at + 2 < text.Length && char.IsWhiteSpace(text[at]) && text.AsSpan(at + 1).StartsWith("MP", StringComparison.Ordinal)
        && (at + 3 == text.Length || !TextPatterns.IsBoundaryWordChar(text[at + 3]));

    /// <summary>The first position a name ending at <paramref name="end"/> could start from: none holds a character other than
    /// letters, marks, hyphens, apostrophes, full stops and whitespace, nor more than <see cref="MostSpaces"/> whitespace characters.</summary>
    private static int Floor(string text, int end)
    {
        var floor = end;
        for (var spaces = 0; floor > 0; floor--)
        {
            var c = text[floor - 1];
            if (char.IsWhiteSpace(c) ? ++spaces > MostSpaces : !(TextPatterns.IsLetterOrMark(c) || c is '-' or '’' or '\'' or '.')) break;
        }
        return floor;
    }
}
