using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Runs of capitalised words joined by connectors, where organisation names are looked for.</summary>
internal static class CapitalisedRuns
{
    /// <summary>
    /// The runs of capitalised name words (<see cref="OrganizationTokenQueries.NameWordEnd"/>) one whitespace apart, starting at a
    /// word boundary, in text order, joined by at most two <paramref name="connectors"/> in a row ("Institute for Water Studies"):
    /// what <c>\b NameToken (?:\s (?:(?:of|for|...)\s){0,2} NameToken)*</c> matches, read on tokens in one pass; each run as the
    /// indexes [First, End) of its tokens. A connector before one of <paramref name="timeNames"/> (a weekday or month) joins
    /// nothing: "the Relief Office on Tuesday" is a name and a time adjunct, not one name.
    /// </summary>
    public static IEnumerable<(int First, int End)> Find(TokenLayer tokens, IReadOnlyList<string> connectors, WordSet timeNames)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var end = !tokens.GluedToWordCharacter(i) ? tokens.NameWordEnd(i) : -1;
            if (end < 0)
            {
                i++;
                continue;
            }
            while (end < tokens.Count && tokens.SpacedFromPrevious(end, WordSpacing.OneWhitespace))
            {
                var next = end;
                for (var joined = 0; joined < 2 && IsConnector(tokens, next, connectors) && tokens.SpacedFromPrevious(next + 1, WordSpacing.OneWhitespace); joined++)
                    next++;
                if (next > end && tokens.IsAny(next, timeNames)) break;
                var wordEnd = tokens.NameWordEnd(next);
                if (wordEnd < 0) break;
                end = wordEnd;
            }
            yield return (i, end);
            i = end;
        }
    }

    private static bool IsConnector(TokenLayer tokens, int index, IReadOnlyList<string> connectors)
    {
        // Indexed: a foreach over the interface would allocate an enumerator at every capitalised word.
        for (var c = 0; c < connectors.Count; c++)
            if (tokens.IsExactly(index, connectors[c])) return true;
        return false;
    }
}
