using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"gives each family $12 a month", "rations of $7 per person": a small sum followed by a period or a head is a rate,
/// an allowance or a price, not money given (SCHEMA.md: amounts that are not aid have no status). Grants, loans and packages
/// are never told in units below <see cref="MaxRate"/>; a monthly budget line ("€1.5 billion a month") stays a figure.</summary>
internal sealed class UnitRate(AttributeWords words)
{
    private const double MaxRate = 1000;

    public bool Holds(TokenLayer tokens, MoneyMention money, Span sentence)
    {
        if (money.Value is not (< MaxRate)) return false;
        var next = tokens.WordRightAfter(money.Span.End, sentence.End, WordSpacing.OneWhitespace);
        return next >= 0 && words.RateUnits.EndStartingAt(tokens, next, sentence.End) >= 0;
    }
}
