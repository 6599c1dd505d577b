using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"Donor nations pledged ...": an unnamed group of givers opening the verb's clause, a short noun phrase from a
/// capitalised word to a plural of states or donors, gives.</summary>
internal sealed class GiverGroupPhrase(PartyWords words)
{
    /// <summary>The phrase as written, or null.</summary>
    public string? Find(string text, Span sentence, Span verb)
    {
        var clauseStart = Math.Max(sentence.Start, text.LastIndexOfAny([',', ';', ':'], Math.Max(sentence.Start, verb.Start - 1), Math.Max(0, verb.Start - sentence.Start)) + 1);
        var phrase = text[clauseStart..verb.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (phrase.Length is 0 or > 4 || !words.GiverGroups.Contains(phrase[^1])) return null;
        var start = Array.FindLastIndex(phrase, w => char.IsUpper(w[0]) && w.All(c => c is not ('.' or '’')));
        return start < 0 ? null : string.Join(' ', phrase[start..]);
    }
}
