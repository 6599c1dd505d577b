using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>
/// Appositions: a name, a comma, and a noun phrase opened by an article or an apposition opener ("a", "the", "former", "acting",
/// apposition-openers.txt), closed by a comma or the sentence's end: "Jane Roe, a former envoy, said", "met Jane Roe, the
/// minister." A stretch ending in a reporting verb (", the minister said,") is an attribution, not an apposition, and a comma
/// that separates list members opens none.
/// </summary>
internal sealed class AppositionFinder(PhraseVocabulary words)
{
    /// <summary>An appositive is a noun phrase with its modifiers ("a former envoy to the region"), not a clause.</summary>
    public const int MaxWords = 12;

    public void Find(TokenLayer tokens, int first, int end, IReadOnlyList<CoordinatedList> lists, ref int listIndex, List<Apposition> appositions)
    {
        for (var i = first + 1; i + 1 < end; i++)
        {
            if (!tokens.IsMark(i, ',') || !tokens.IsNameWord(i - 1) || !tokens.IsAny(i + 1, words.AppositionOpeners)) continue;
            while (listIndex < lists.Count && lists[listIndex].Span.End <= tokens[i].Start) listIndex++;
            if (listIndex < lists.Count && lists[listIndex].Span.Start <= tokens[i].Start) continue;
            if (Close(tokens, i + 1, end) is not (>= 0 and var last) || tokens.IsReportingVerb(last)) continue;
            var head = tokens.NameStart(i - 1, first, words.NameConnectors, words.Determiners);
            appositions.Add(new Apposition(new Span(tokens[head].Start, tokens[i - 1].End), new Span(tokens[i + 1].Start, tokens[last].End)));
            i = last;
        }
    }

    /// <summary>The last token of the appositive starting at <paramref name="start"/>: the one before a closing comma or the
    /// sentence's final mark; -1 when another mark or too many words come first, or no token follows.</summary>
    internal static int Close(TokenLayer tokens, int start, int end)
    {
        var count = 0;
        for (var j = start; j < end; j++)
        {
            if (tokens.IsMark(j, ',')) return j > start ? j - 1 : -1;
            if (tokens.IsBarrier(j)) return j == end - 1 && j > start && tokens.IsMark(j, '.') ? j - 1 : -1;
            if (tokens[j].IsWordLike && ++count > MaxWords) return -1;
        }
        // Nothing after a sentence's last comma is no appositive (a later caller steps back from what this returns).
        return end > start ? end - 1 : -1;
    }
}
