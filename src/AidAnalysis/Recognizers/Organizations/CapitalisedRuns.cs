using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Runs of capitalised words joined by connectors, where organisation names are looked for.</summary>
internal static class CapitalisedRuns
{
    /// <summary>
    /// The runs of capitalised words, starting at a word boundary ("$30M Aid for ..." starts no name at "M"), in text order, joined
    /// by at most two <paramref name="connectors"/> in a row ("Institute for Water Studies"):
    /// what <c>\b NameToken (?:\s (?:(?:of|for|...)\s){0,2} NameToken)*</c> matches, read by hand in one pass,
    /// since the pattern is deterministic (each token and the loop are greedy, and a connector is never a name token)
    /// and the regular-expression engine spent most of this stage's time on it.
    /// </summary>
    public static IEnumerable<(int Index, int Length)> Find(string text, IReadOnlyList<string> connectors)
    {
        var at = 0;
        while (at < text.Length)
        {
            // A run can start only at an ASCII capital or a character beyond ASCII ('A' again names no further character).
            var offset = CapitalSearch.IndexOfCapitalOrNonAscii(text.AsSpan(at), 'A');
            if (offset < 0) yield break;
            var start = at + offset;
            var end = start > 0 && TextPatterns.IsBoundaryWordChar(text[start - 1]) ? -1 : TextPatterns.NameTokenEnd(text, start, text.Length);
            if (end < 0)
            {
                at = start + 1;
                continue;
            }
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                var next = end + 1;
                for (var joined = 0; joined < 2 && ConnectorEnd(text, next, connectors) is > 0 and var after; joined++) next = after;
                var tokenEnd = TextPatterns.NameTokenEnd(text, next, text.Length);
                if (tokenEnd < 0) break;
                end = tokenEnd;
            }
            yield return (start, end - start);
            at = end;
        }
    }

    /// <summary>Where a connector and the whitespace after it, starting at <paramref name="start"/>, end; -1 if none starts there.</summary>
    private static int ConnectorEnd(string text, int start, IReadOnlyList<string> connectors)
    {
        // Indexed: a foreach over the interface would allocate an enumerator at every capitalised word.
        for (var i = 0; i < connectors.Count; i++)
        {
            var connector = connectors[i];
            var end = start + connector.Length;
            if (end < text.Length && char.IsWhiteSpace(text[end]) && text.AsSpan(start).StartsWith(connector, StringComparison.Ordinal)) return end + 1;
        }
        return -1;
    }
}
