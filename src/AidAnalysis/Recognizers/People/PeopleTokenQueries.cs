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

    /// <summary>Whether the word at <paramref name="offset"/> opens a sentence, a quotation or the text after a dateline's dash: only
    /// spaces stand between it and the text's start, a line break, one of . ; " “ ” — –, or a hyphen with a space before and after.
    /// False inside a token ("O’Neil" read from its "N").</summary>
    public static bool OpensClauseAt(this TokenLayer tokens, int offset)
    {
        var next = tokens.IndexAt(offset);
        if (next < tokens.Count && tokens[next].Start < offset) return false;
        var previous = next - 1;
        var text = tokens.Text;
        var gapStart = previous >= 0 ? tokens[previous].End : 0;
        var i = offset - 1;
        while (i >= gapStart && text[i] == ' ') i--;
        if (i >= gapStart) return text[i] == '\n';
        if (previous < 0) return true;
        if (tokens[previous].Kind != TokenKind.Punctuation) return false;
        var mark = text[tokens[previous].Start];
        return mark is '.' or ';' or '"' or '“' or '”' or '—' or '–'
            || (mark == '-' && tokens[previous].Start > 0 && text[tokens[previous].Start - 1] == ' ' && gapStart < offset);
    }

    /// <summary>Whether a reporting verb ("said", "added") or "according to" comes right before the name at <paramref name="offset"/>,
    /// across spaces and commas.</summary>
    public static bool IsCitedAt(this TokenLayer tokens, int offset, IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        var word = tokens.WordBeforeOverCommas(offset);
        if (word < 0) return false;
        var value = tokens.TextOf(word);
        if (value is "to")
        {
            var before = tokens.WordBeforeOverCommas(tokens[word].Start);
            return before >= 0 && tokens.TextOf(before) is "according" or "According";
        }
        return char.IsLower(value[0]) && reportingVerbs.ContainsKey(value.ToString());
    }

    /// <summary>The word of letters only that ends before <paramref name="offset"/> with only spaces and commas between, not run on
    /// from a word, full stop or hyphen written against it ("pre-said" is no "said"); -1 otherwise.</summary>
    private static int WordBeforeOverCommas(this TokenLayer tokens, int offset)
    {
        var text = tokens.Text;
        var i = tokens.LastEndingBy(offset);
        var end = offset;
        while (i >= 0 && SpacesOnly(text, tokens[i].End, end) && tokens.IsMark(i, ','))
            end = tokens[i--].Start;
        if (i < 0 || !SpacesOnly(text, tokens[i].End, end) || !tokens.IsLetters(i)) return -1;
        var glued = i > 0 && tokens[i - 1].End == tokens[i].Start;
        return glued && (tokens.IsMark(i - 1, '.') || tokens.IsMark(i - 1, '-') || char.IsLetter(text[tokens[i - 1].End - 1])) ? -1 : i;
    }

    private static bool SpacesOnly(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAnyExcept(' ') < 0;
}
