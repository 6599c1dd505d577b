using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>Questions the person rules ask of where words begin that the word and token layers do not answer yet.</summary>
internal static class PeopleTokenQueries
{
    /// <summary>Where each of <paramref name="words"/> occurs whole, starting at a word start, in text order: one list per word,
    /// in the order given. Meant for a few words (a text's candidate surnames): one walk over the word starts, each ruled out by
    /// its first character unless one of the words opens with it.</summary>
    public static List<int>[] WholeWordOccurrences(this WordStarts starts, IReadOnlyList<string> words)
    {
        var text = starts.Text;
        var found = new List<int>[words.Count];
        var byFirst = new Dictionary<char, List<int>>();
        for (var i = 0; i < words.Count; i++)
        {
            found[i] = [];
            if (!byFirst.TryGetValue(words[i][0], out var sharing)) byFirst[words[i][0]] = sharing = [];
            sharing.Add(i);
        }
        for (var w = 0; w < starts.Count; w++)
        {
            var start = starts[w];
            if (!byFirst.TryGetValue(text[start], out var sharing)) continue;
            foreach (var i in sharing)
            {
                var word = words[i];
                if (text.AsSpan(start).StartsWith(word, StringComparison.Ordinal) && WordCharacters.IsWholeWord(text, start, start + word.Length))
                    found[i].Add(start);
            }
        }
        return found;
    }

    /// <summary>Whether token <paramref name="index"/> opens the text or a line, or follows "(", ";" or ",", with only spaces and
    /// tabs between: where a byline's "By" stands.</summary>
    public static bool OpensLineOrList(this TokenLayer tokens, int index)
    {
        var text = tokens.Text;
        var gapStart = index > 0 ? tokens[index - 1].End : 0;
        var i = tokens[index].Start - 1;
        while (i >= gapStart && text[i] is ' ' or '\t') i--;
        if (i >= gapStart) return text[i] == '\n';
        return index == 0 || tokens.TextOf(index - 1) is "(" or ";" or ",";
    }

    /// <summary>Whether token <paramref name="index"/> is a comma followed by one space and a lower-case letter: the opening of an
    /// aside or apposition ("…, a senior analyst").</summary>
    public static bool OpensLowerCaseAside(this TokenLayer tokens, int index)
    {
        var text = tokens.Text;
        if (!tokens.IsMark(index, ',') || index + 1 >= tokens.Count) return false;
        var next = tokens[index + 1].Start;
        return next == tokens[index].End + 1 && text[next - 1] == ' ' && char.IsLower(text[next]);
    }
}
