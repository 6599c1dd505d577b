using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>What the words between two amounts next to each other make of them.</summary>
internal static class AdjacentAmounts
{
    /// <summary>"between $5m and $10m" is one amount with a low and a high value.</summary>
    public static List<MoneyMention> MergeBetween(string text, List<MoneyMention> mentions)
    {
        var result = new List<MoneyMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count)
            {
                var b = mentions[i + 1];
                var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
                var before = text.AsSpan(Math.Max(0, a.Span.Start - 8)..a.Span.Start);
                if (gap is " and " && before.EndsWith("between ", StringComparison.OrdinalIgnoreCase) && a.Currency == b.Currency)
                {
                    var span = new Span(a.Span.Start, b.Span.End);
                    result.Add(new MoneyMention(span, text[span.Start..span.End], a.Value, b.Value, a.Currency, null));
                    i++;
                    continue;
                }
            }
            result.Add(a);
        }
        return result;
    }

    /// <summary>"SEK 4.1 billion (EUR 360 million)": the bracketed amount is a conversion of the first; so is one after a slash,
    /// a bare "or" or a comma and "or" with no other word (", or $Y"), linked here without comparing currency or value.
    /// <see cref="AidAnalysis.Frames.Relations.AppositiveConversion"/> owns the other comma and dash forms (", about $Y",
    /// ", or roughly $Y", "-- some $Y --"), with its value check. Moving ", or" there too changed a right aid type on the
    /// studied sets (a restated amount typed later), so it stays here.</summary>
    public static List<MoneyMention> LinkConversions(string text, List<MoneyMention> mentions)
    {
        var linked = new List<MoneyMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (i > 0)
            {
                var previous = mentions[i - 1];
                var gap = text.AsSpan(previous.Span.End, m.Span.Start - previous.Span.End).Trim();
                if (gap is "(" or "[" or "/" or "or" or ", or" or "(about" or "(around" or "(roughly" or "(approximately" or "(some")
                    m = m with { ConvertedFrom = i - 1 };
            }
            linked.Add(m);
        }
        return linked;
    }
}
