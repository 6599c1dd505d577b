using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>Amounts without a figure: "billions of dollars", "a multi-million-euro programme", "several hundred million
/// pounds". They have no value; the currency is the one named, else the article's dollar.</summary>
internal sealed class VagueAmounts(AmountReading reading)
{
    /// <summary>What every vague amount holds, one of which a text must hold to be scanned for them.</summary>
    private static readonly string[] Literals = ["illions of dollars", "illions of euros", "illions of pounds", "illions of yen", "illions of won",
        "ulti-billion", "ultibillion", "ulti-million", "ultimillion", "everal million", "everal billion", "everal hundred million", "everal hundred billion", " few million", " few billion", " few hundred million", " few hundred billion"];

    private readonly OnDemandPattern _pattern = new(@"(?:(?:[Hh]undreds|[Tt]ens) of )?(?:[Bb]illions|[Mm]illions|[Tt]rillions) of (?<cur>dollars|euros|pounds|yen|won)|[Mm]ulti-?(?:billion|million)(?:-(?<cur>dollar|euro|pound))?"
        + @"|(?:[Ss]everal|[Aa] few) (?:hundred )?(?:billion|million) (?<cur>dollars|euros|pounds|yen|won)",
        // Scanned around the literals; "Hundreds of billions of dollars" holds four spaces.
        new MatchAnchors(Literals, 4, 4));

    public List<(int Index, int Length)> Bounds(string text) => _pattern.Bounds(text);

    public IEnumerable<MoneyMention> Read(string text, IReadOnlyList<(int Index, int Length)> bounds, string dollar)
    {
        foreach (var (index, length) in bounds)
        {
            var m = _pattern.Pattern.Read(text, index, length);
            if (!TextPatterns.IsWholeWord(text, m.Index, m.Index + m.Length)) continue;
            var currency = m.Groups["cur"].Success ? reading.Currency(m.Groups["cur"].Value, dollar) : dollar;
            yield return new MoneyMention(new Span(m.Index, m.Index + m.Length), m.Value, null, null, currency, null);
        }
    }
}
