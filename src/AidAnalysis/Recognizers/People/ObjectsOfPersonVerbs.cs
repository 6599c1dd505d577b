using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>"met X Y in Hanoi", "thanked X Y": two or three capitalised words right after a verb that takes a person.</summary>
internal static class ObjectsOfPersonVerbs
{
    /// <summary>Two or three capitalised words right after a verb that takes a person ("met X Y", "thanked X Y").</summary>
    public static IEnumerable<Span> AfterPersonVerbs(TokenLayer tokens, List<Span> personVerbs)
    {
        foreach (var verb in personVerbs)
            if (NameAfter(tokens, verb.End) is > 0 and var end)
                yield return new Span(verb.End + 1, end);
    }

    /// <summary>Where the name of two or three tokens after one whitespace character at <paramref name="verb"/> ends, the longest
    /// that does not run on into more of a word or into a further capitalised word (an organisation's name); -1 if none.</summary>
    internal static int NameAfter(TokenLayer tokens, int verb)
    {
        var limit = tokens.Text.Length;
        Span<(int End, int Next)> ends = stackalloc (int, int)[3];
        for (var count = NameTokensAfter.Read(tokens, verb, limit, particlesFirst: false, ends); count >= 2; count--)
            if (!RunsOn(tokens.Text, ends[count - 1].End, limit)) return ends[count - 1].End;
        return -1;
    }

    /// <summary>Whether a letter, mark, hyphen or apostrophe, or a whitespace character and a capital, follows <paramref name="end"/>.</summary>
    private static bool RunsOn(string text, int end, int limit) =>
        end < limit && (TextPatterns.IsLetterOrMark(text[end]) || text[end] is '-' or '’' or '\''
            || (char.IsWhiteSpace(text[end]) && end + 1 < limit && TextPatterns.IsUpperLetter(text[end + 1])));
}
