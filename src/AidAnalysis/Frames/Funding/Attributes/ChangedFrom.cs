using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"lowered to €2 billion from about €5 billion": the amount a change starts from, after another amount of its
/// sentence, is the earlier one (SCHEMA.md: previous). "from" is the word right before the amount or before one
/// approximator that is; that chain of words, inside the sentence, is the whole reach.</summary>
internal sealed class ChangedFrom(AttributeWords words)
{
    public bool Holds(AnalysisDocument doc, Span sentence, Span amount)
    {
        var tokens = doc.Tokens;
        var word = tokens.WordRightBefore(amount.Start, sentence.Start, WordSpacing.OneWhitespace);
        if (words.ChangeApproximators.IsWord(tokens, word)) word = tokens.WordRightBefore(tokens[word].Start, sentence.Start, WordSpacing.OneWhitespace);
        return tokens.IsExactly(word, "from") && doc.MoneyOverlapping(new Span(sentence.Start, amount.Start)).Any();
    }
}
