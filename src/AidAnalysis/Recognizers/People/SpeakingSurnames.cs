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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<string>();
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
            if (isNameWord(surname) && seen.Add(surname)) candidates.Add(surname);
        }
        if (candidates.Count == 0) yield break;
        // A word the text also writes in lower case is a common word opening a sentence, not a name. Both forms of every
        // candidate are found in one walk over the words.
        // (Not WordOccurrences: its first-character filter is a SearchValues built for each text, which costs more than this walk.)
        var occurrences = words.WholeWordOccurrences([.. candidates, .. candidates.Select(c => char.ToLowerInvariant(c[0]) + c[1..])]);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (occurrences[candidates.Count + i].Count > 0) continue;
            foreach (var at in occurrences[i])
            {
                if (!tokens.FollowsOneSpace(at)) continue;
                var start = NameBeforeEnd.NameTokens(tokens, at - 1, minTokens: 1, maxTokens: 1);
                if (start >= 0) yield return new Span(start, at + candidates[i].Length);
            }
        }
    }
}
