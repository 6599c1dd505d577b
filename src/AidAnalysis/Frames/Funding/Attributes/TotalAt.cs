using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"a total of $5 million", "in all, $5 million": a total word shortly before the amount marks it as a sum.</summary>
internal sealed class TotalAt(AttributeWords words)
{
    /// <summary>How far before the amount the total word may start.</summary>
    private const int Reach = 30;

    public bool Holds(TokenLayer tokens, Span amount, Span sentence)
    {
        var floor = Math.Max(sentence.Start, amount.Start - Reach);
        var (first, end) = tokens.Within(new Span(floor, amount.Start));
        for (var i = first; i < end; i++)
            if (tokens[i].Start >= floor && words.TotalWords.EndStartingAt(tokens, i, amount.Start) >= 0) return true;
        return false;
    }
}
