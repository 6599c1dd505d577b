using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$40 million for refugees in X, bringing its total to $1 billion": a party named in the clause of an earlier amount of the
/// sentence, a comma closing that clause before this amount, belongs to that earlier amount, the mirror of
/// <see cref="LaterAmountsParty"/>. A comma between the earlier amount and the party opens a clause of its own ("$10 million
/// in 2022, and spending in X, the largest recipient, reached $30 million"): the party there is this amount's. A conversion
/// ("(about $43 million)") restates an amount and owns nothing.
/// </summary>
internal static class EarlierAmountsParty
{
    /// <summary>Whether the nearest amount other than a conversion before the party's mention in the sentence has the mention
    /// in its clause (no comma token between them), and a comma token closes that clause before <paramref name="amount"/>.</summary>
    public static bool BelongsToEarlierAmount(AnalysisDocument doc, Span sentence, Span amount, Span mention)
    {
        if (mention.End > amount.Start || mention.Start <= sentence.Start || !HasComma(doc.Tokens, mention.End, amount.Start))
            return false;
        var earlier = -1;
        foreach (var m in doc.MoneyOverlapping(new Span(sentence.Start, mention.Start)))
            if (m.Span.Start >= sentence.Start && m.Span.End <= mention.Start && m.ConvertedFrom is null) earlier = Math.Max(earlier, m.Span.End);
        return earlier >= 0 && !HasComma(doc.Tokens, earlier, mention.Start);
    }

    /// <summary>Whether a comma token stands between <paramref name="from"/> and <paramref name="to"/>; a comma inside a number
    /// ("1,500") is no token of its own.</summary>
    private static bool HasComma(TokenLayer tokens, int from, int to)
    {
        var (first, end) = tokens.Within(new Span(from, to));
        for (var i = first; i < end; i++)
            if (tokens.IsMark(i, ',')) return true;
        return false;
    }
}
