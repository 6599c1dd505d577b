using System.Buffers;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "By May, donors had provided $X", "allies have committed $X", "Donors meeting in Geneva pledged $X", "and donors at the
/// conference pledged $X": a group of givers named by a common noun as the subject of the verb of giving gives, even where a
/// named state stands elsewhere in the sentence (SCHEMA.md: several givers together are written as the text groups them).
/// The subject opens the verb's clause (after a conjunction and at most two modifiers), or stands right before the verb.
/// </summary>
internal sealed class GroupOfGiversSubject(PartyWords partyWords)
{
    /// <summary>How many words may stand between the group opening the clause and its verb ("meeting in Geneva on Monday").</summary>
    private const int MaxWordsToVerb = 8;

    /// <summary>The marks that open a clause: the subject is read after the last of them before the verb.</summary>
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:—(\"“”");

    /// <summary>The group phrase as written ("donors", "30 donors", "International donors"), or null.</summary>
    public string? Find(TokenLayer tokens, Span sentence, Span verb)
    {
        var clauseStart = ClauseStart(tokens, sentence, verb.Start);
        var words = Words(tokens, clauseStart, verb.Start);
        if (words.Count == 0) return null;
        // Right before the verb: "in September partners committed", "30 donors have pledged".
        if (partyWords.GiverGroups.Contains(words[^1]) && char.IsLower(words[^1][0]) && (words.Count == 1 || !partyWords.GroupCoordinators.Contains(words[^2])))
            return words.Count > 1 && words[^2].All(char.IsAsciiDigit) ? $"{words[^2]} {words[^1]}" : words[^1];
        // Opening the clause: "Donors meeting in Geneva on Monday pledged", "and international donors at the conference pledged".
        var first = 0;
        while (first < words.Count && partyWords.ClauseOpeners.Contains(words[first])) first++;
        for (var i = first; i < Math.Min(words.Count, first + 3); i++)
            if (partyWords.GiverGroups.Contains(words[i]) && words.Count - 1 - i <= MaxWordsToVerb && words[first..i].All(w => IsModifier(w, sentenceInitial: clauseStart == sentence.Start && w == words[0])))
                return string.Join(' ', words[first..(i + 1)]);
        return null;
    }

    /// <summary>Right after the last clause mark between the sentence start and the verb (one inside a number too, "1,500"),
    /// else the sentence start.</summary>
    private static int ClauseStart(TokenLayer tokens, Span sentence, int verbStart)
    {
        for (var i = tokens.LastEndingBy(verbStart); i >= 0 && tokens[i].End > sentence.Start; i--)
        {
            var from = Math.Max(tokens[i].Start, sentence.Start);
            var at = tokens.Text.AsSpan(from, tokens[i].End - from).LastIndexOfAny(ClauseMarks);
            if (at >= 0) return from + at + 1;
        }
        return sentence.Start;
    }

    /// <summary>The words from <paramref name="from"/> to <paramref name="to"/> as a reader splits them at whitespace: runs of
    /// tokens written together ("donors", "G7", "1,500"), a token the start cuts read from there.</summary>
    private static List<string> Words(TokenLayer tokens, int from, int to)
    {
        var words = new List<string>();
        int start = -1, end = -1;
        for (var i = tokens.IndexAt(from); i < tokens.Count && tokens[i].End <= to; i++)
        {
            var tokenStart = Math.Max(tokens[i].Start, from);
            if (start >= 0 && tokenStart > end)
            {
                words.Add(tokens.Text[start..end]);
                start = -1;
            }
            if (start < 0) start = tokenStart;
            end = tokens[i].End;
        }
        if (start >= 0) words.Add(tokens.Text[start..end]);
        return words;
    }

    /// <summary>"international", "30", a capitalised "Western" opening the sentence: not a preposition ("In 2022 donors"),
    /// and not a name ("G7 leaders", "NATO allies", whose named body is the giver).</summary>
    private bool IsModifier(string word, bool sentenceInitial) =>
        word.All(c => char.IsLetterOrDigit(c) || c == '-') && !partyWords.NonAgentPrepositions.Contains(word)
        && (word.All(char.IsAsciiDigit) || char.IsLower(word[0]) || sentenceInitial && word.Skip(1).All(char.IsLower));
}
