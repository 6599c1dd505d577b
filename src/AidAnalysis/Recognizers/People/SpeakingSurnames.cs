using AidAnalysis.Model;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>"Osei added ... Mira Osei leads the team": a surname that speaks alone, completed by the word before it elsewhere.</summary>
internal static class SpeakingSurnames
{
    /// <summary>"Osei added ... Mira Osei leads the team": a lone capitalised word right before a reporting verb is a surname,
    /// and the capitalised word right before that surname elsewhere completes the name, whichever comes first in the text.
    /// <paramref name="isNameWord"/> says which words may be a surname.</summary>
    public static IEnumerable<Span> FullNamesOfSpeakingSurnames(WordStarts words, TokenLayer tokens, List<(string Value, Span Span)> speechVerbs, Func<string, bool> isNameWord)
    {
        var text = words.Text;
        // Few per text, so a list's linear test stands in for a set.
        List<string>? candidates = null;
        foreach (var (form, verb) in speechVerbs)
        {
            // "(Additional reporting by": a participle has no subject before it.
            if (form.EndsWith("ing", StringComparison.Ordinal)) continue;
            if (!tokens.FollowsOneSpace(verb.Start)) continue;
            var end = verb.Start - 1;
            var last = tokens.LastEndingBy(end);
            if (tokens.IsMark(last, ',')) end = tokens[last].Start;
            var start = NameBeforeEnd.NameTokens(tokens, end, minTokens: 1, maxTokens: 1);
            if (start < 0 || end - start < 3) continue;
            // A lone word: the word before it is not capitalised too ("Ms Haddad", "In Geneva, Haddad").
            if (tokens.WordRunBefore(start) is { } previous && char.IsUpper(text[previous.Start])) continue;
            var surname = text[start..end];
            if (isNameWord(surname) && !(candidates?.Contains(surname) ?? false)) (candidates ??= []).Add(surname);
        }
        if (candidates is null) yield break;
        // A word the text also writes in lower case is a common word opening a sentence, not a name.
        var occurrences = Occurrences(words, candidates, out var writtenLower);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (writtenLower[i] || occurrences[i] is not { } positions) continue;
            foreach (var at in positions)
            {
                if (!tokens.FollowsOneSpace(at)) continue;
                var start = NameBeforeEnd.NameTokens(tokens, at - 1, minTokens: 1, maxTokens: 1);
                if (start >= 0) yield return new Span(start, at + candidates[i].Length);
            }
        }
    }

    /// <summary>Where each candidate occurs whole at a word start, in text order (null where nowhere), and whether it is also
    /// written with its first letter in lower case, found in one walk over the word starts. Each word start is matched only
    /// against the candidates whose first character (as written, or lowered) it holds: keys of first character and
    /// candidate, sorted, are searched by the word's first character, so a long text's many candidates cost no more per word.</summary>
    private static List<int>?[] Occurrences(WordStarts words, List<string> candidates, out bool[] writtenLower)
    {
        var text = words.Text;
        var found = new List<int>?[candidates.Count];
        var lower = new bool[candidates.Count];
        // Key: first character above the candidate's index and a bit for the lowered form.
        var keys = new long[2 * candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            keys[2 * i] = (long)candidates[i][0] << 32 | (uint)(i << 1);
            keys[2 * i + 1] = (long)char.ToLowerInvariant(candidates[i][0]) << 32 | (uint)(i << 1 | 1);
        }
        Array.Sort(keys);
        for (var w = 0; w < words.Count; w++)
        {
            var start = words[w];
            var first = (long)text[start] << 32;
            int lo = 0, hi = keys.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (keys[mid] < first) lo = mid + 1; else hi = mid;
            }
            for (var k = lo; k < keys.Length && (keys[k] & ~0xFFFF_FFFFL) == first; k++)
            {
                var i = (int)(keys[k] & 0xFFFF_FFFFL) >> 1;
                var isLowered = (keys[k] & 1) != 0;
                var word = candidates[i];
                if (!text.AsSpan(start + 1).StartsWith(word.AsSpan(1), StringComparison.Ordinal)
                    || !WordCharacters.IsWholeWord(text, start, start + word.Length)) continue;
                if (isLowered) lower[i] = true;
                else (found[i] ??= []).Add(start);
            }
        }
        writtenLower = lower;
        return found;
    }
}
