using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"$15 million for partners providing health care", "$2 million to groups delivering food": an "-ing" participle
/// right after the noun of an amount's receiver or purpose phrase is a reduced relative clause describing that noun (who
/// the partners are), not a verb of any amount of the clause, so it says nothing of the money's status. The phrase opens
/// with "for" or "to" right after an amount and holds only words up to the participle, the last of them no auxiliary or
/// conjunction that would make the participle a verb of its own clause ("... and providing").</summary>
internal sealed class ReducedRelativeParticiple(AttributeWords words)
{
    private const int PhraseReach = 6;

    /// <summary>Removes such participles from <paramref name="cues"/> and returns the list.</summary>
    public List<(FundingCue Entry, Span Span)> Removed(AnalysisDocument doc, List<(FundingCue Entry, Span Span)> cues)
    {
        cues.RemoveAll(c => IsParticiple(c.Entry.Phrase) && Describes(doc, c.Span.Start));
        return cues;
    }

    private static bool IsParticiple(string phrase) =>
        phrase.EndsWith("ing", StringComparison.Ordinal) && !phrase.Contains(' ', StringComparison.Ordinal);

    private bool Describes(AnalysisDocument doc, int participleStart)
    {
        var tokens = doc.Tokens;
        var word = tokens.WordRightBefore(participleStart, 0, WordSpacing.OneWhitespace);
        if (word < 0 || words.NonNounsBeforeParticiple.IsWord(tokens, word)) return false;
        for (var nouns = 0; word >= 0 && tokens.IsLetters(word); nouns++)
        {
            if (words.ReducedRelativePrepositions.IsWord(tokens, word))
                return nouns > 0 && tokens[word].Start > 0 && doc.MoneyOverlapping(new Span(tokens[word].Start - 2, tokens[word].Start - 1)).Any();
            if (nouns == PhraseReach) return false;
            word = tokens.WordRightBefore(tokens[word].Start, 0, WordSpacing.OneWhitespace);
        }
        return false;
    }
}
