using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"lowered to €2 billion from about €5 billion": the amount a change starts from, after another amount of its
/// sentence, is the earlier one (SCHEMA.md: previous).</summary>
internal sealed class ChangedFrom(AttributeWords words)
{
    /// <summary>How far before the amount "from" may start.</summary>
    private const int Reach = 20;

    public bool Holds(AnalysisDocument doc, Span sentence, Span amount)
    {
        var tokens = doc.Tokens;
        var floor = Math.Max(sentence.Start, amount.Start - Reach);
        var word = tokens.WordRightBefore(amount.Start, floor, WordSpacing.OneWhitespace);
        if (words.ChangeApproximators.IsWord(tokens, word)) word = tokens.WordRightBefore(tokens[word].Start, floor, WordSpacing.OneWhitespace);
        return tokens.IsExactly(word, "from") && doc.MoneyOverlapping(new Span(sentence.Start, amount.Start)).Any();
    }
}
