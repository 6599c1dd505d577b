using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>A capital or seat stands for its government when it acts ("Seoul will", "Moscow’s warnings"), not when it is
/// only a place ("met in Helsinki", a dateline in capitals): the words next to it (seat-place-words.txt) tell.</summary>
internal sealed class SeatRule(Lexicon lexicon)
{
    public bool ActsForGovernment(string text, Span span)
    {
        var word = text[span.Start..span.End];
        if (word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Length > 3) return false;
        var after = text[span.End..Math.Min(text.Length, span.End + 30)];
        if (after.StartsWith("’s", StringComparison.Ordinal) || after.StartsWith("'s", StringComparison.Ordinal)) return true;
        if (after.StartsWith(',') || after.Length == 0) return false;
        var before = text[Math.Max(0, span.Start - 20)..span.Start].TrimEnd();
        var previousWord = before.Split(' ', '\n').LastOrDefault() ?? "";
        if (lexicon.SeatPlaceWords.Contains(previousWord)) return false;
        var nextWord = after.TrimStart().Split(' ', ',', '.').FirstOrDefault() ?? "";
        return nextWord.Length > 0 && char.IsLower(nextWord[0]) && !lexicon.SeatPlaceWords.Contains(nextWord);
    }
}
