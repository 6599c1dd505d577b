using System.Runtime.InteropServices;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>"another 6 billion is required": a large amount without a currency, read in the currency of most of the
/// article's amounts where it has one.</summary>
internal sealed class BareScaleAmounts(AmountReading reading, string number)
{
    private readonly OnDemandPattern _pattern = new($@"(?<n1>{number})\s(?<scale>[Bb]illion|[Tt]rillion|[Mm]illion)\s(?<next>is|are|was|were|will|would|has|have|had|in|for|to|from|by|and|or)\b", "illion");

    public List<(int Index, int Length)> Bounds(string text) => _pattern.Bounds(text);

    public IEnumerable<MoneyMention> Read(string text, IReadOnlyList<(int Index, int Length)> bounds, string currency)
    {
        foreach (var (index, length) in bounds)
        {
            var m = _pattern.Pattern.Read(text, index, length);
            if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || char.IsSymbol(text[m.Index - 1]))) continue;
            var end = m.Groups["scale"].Index + m.Groups["scale"].Length;
            var value = AmountReading.Scaled(reading.ParseNumber(m.Groups["n1"].Value), reading.Multiplier(m.Groups["scale"].Value));
            yield return new MoneyMention(new Span(m.Index, end), text[m.Index..end], value, null, currency, null);
        }
    }

    /// <summary>The currency of most amounts; at a tie, the one met first.</summary>
    public static string? DominantCurrency(List<MoneyMention> mentions)
    {
        var counts = new Dictionary<string, int>();
        var firstMet = new List<string>();
        foreach (var m in mentions)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, m.Currency, out var met);
            if (!met) firstMet.Add(m.Currency);
            count++;
        }
        string? dominant = null;
        var best = 0;
        foreach (var currency in firstMet)
            if (counts[currency] > best) (dominant, best) = (currency, counts[currency]);
        return dominant;
    }
}
