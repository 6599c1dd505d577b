using AidAnalysis.Model;
using AidAnalysis.Recognizers;

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

    /// <summary>The group phrase as written ("donors", "30 donors", "International donors"), or null.</summary>
    public string? Find(string text, Span sentence, Span verb)
    {
        var clauseStart = Math.Max(sentence.Start, text.LastIndexOfAny([',', ';', ':', '—', '(', '"', '“', '”'], Math.Max(sentence.Start, verb.Start - 1), Math.Max(0, verb.Start - sentence.Start)) + 1);
        var words = text[clauseStart..verb.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        // Right before the verb: "in September partners committed", "30 donors have pledged".
        if (partyWords.GiverGroups.Contains(words[^1]) && char.IsLower(words[^1][0]) && (words.Length == 1 || !partyWords.GroupCoordinators.Contains(words[^2])))
            return words.Length > 1 && words[^2].All(char.IsAsciiDigit) ? $"{words[^2]} {words[^1]}" : words[^1];
        // Opening the clause: "Donors meeting in Geneva on Monday pledged", "and international donors at the conference pledged".
        var first = 0;
        while (first < words.Length && partyWords.ClauseOpeners.Contains(words[first])) first++;
        for (var i = first; i < Math.Min(words.Length, first + 3); i++)
            if (partyWords.GiverGroups.Contains(words[i]) && words.Length - 1 - i <= MaxWordsToVerb && words[first..i].All(w => IsModifier(w, sentenceInitial: clauseStart == sentence.Start && w == words[0])))
                return string.Join(' ', words[first..(i + 1)]);
        return null;
    }

    /// <summary>"international", "30", a capitalised "Western" opening the sentence: not a preposition ("In 2022 donors"),
    /// and not a name ("G7 leaders", "NATO allies", whose named body is the giver).</summary>
    private bool IsModifier(string word, bool sentenceInitial) =>
        word.All(c => char.IsLetterOrDigit(c) || c == '-') && !partyWords.NonAgentPrepositions.Contains(word)
        && (word.All(char.IsAsciiDigit) || char.IsLower(word[0]) || sentenceInitial && word.Skip(1).All(char.IsLower));
}
