using System.Buffers;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Text;

/// <summary>
/// Finds quoted passages in every common style: “ ”, " ", ‘ ’, ' ', « », „ “. A quote that is not
/// closed in its paragraph runs to the paragraph's end (the convention for quotes over several
/// paragraphs); single quotes inside a double-quoted passage belong to it.
/// </summary>
public sealed class QuotationFinder : IPipelineStage
{
    private static readonly (char Open, string Close)[] DoubleStyles =
        [('“', "”“"), ('„', "“”"), ('«', "»"), ('"', "\"")];

    private static readonly (char Open, string Close)[] SingleStyles = [('‘', "’"), ('\'', "'")];

    /// <summary>The opening marks of each set of styles, so a paragraph is searched for them rather than read character by character.</summary>
    private static readonly SearchValues<char> DoubleOpeners = SearchValues.Create(DoubleStyles.Select(s => s.Open).ToArray());
    private static readonly SearchValues<char> SingleOpeners = SearchValues.Create(SingleStyles.Select(s => s.Open).ToArray());

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        // One list for the whole text: each paragraph's double-quoted passages, then its single-quoted ones, are added to it in turn.
        var quotes = new List<Quotation>();
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            var doubleStart = quotes.Count;
            Find(text, paragraph, p, DoubleStyles, DoubleOpeners, quotes, doubleStart, doubleStart);
            Find(text, paragraph, p, SingleStyles, SingleOpeners, quotes, doubleStart, quotes.Count);
        }
        quotes.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        return document with { Quotations = quotes };
    }

    /// <summary>Adds the paragraph's passages of <paramref name="styles"/> to <paramref name="found"/>.</summary>
    /// <param name="takenStart">With <paramref name="takenEnd"/>, the paragraph's double-quoted passages in <paramref name="found"/>,
    /// in order: single quotes inside them belong to them.</param>
    private static void Find(string text, Span paragraph, int index, (char Open, string Close)[] styles, SearchValues<char> openers,
        List<Quotation> found, int takenStart, int takenEnd)
    {
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(openers);
            if (next < 0) break;
            i += next;
            var c = text[i];
            var style = StyleOf(styles, c);
            if (style < 0 || !IsOpening(text, paragraph, i) || Inside(found, takenStart, takenEnd, i))
            {
                i++;
                continue;
            }
            var close = FindClose(text, paragraph, i + 1, styles[style].Close);
            var outerEnd = close < 0 ? paragraph.End : close + 1;
            var content = SentenceSegmenter.Trim(text, new Span(i + 1, close < 0 ? paragraph.End : close));
            if (content.Length > 0) found.Add(new Quotation(content, new Span(i, outerEnd), index));
            i = outerEnd;
        }
    }

    private static int StyleOf((char Open, string Close)[] styles, char c)
    {
        for (var s = 0; s < styles.Length; s++)
            if (styles[s].Open == c) return s;
        return -1;
    }

    /// <summary>Whether <paramref name="position"/> lies inside one of the passages [<paramref name="start"/>, <paramref name="end"/>)
    /// of <paramref name="quotes"/>, which are in text order.</summary>
    private static bool Inside(List<Quotation> quotes, int start, int end, int position)
    {
        int lo = start, hi = end;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Outer.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo < end && quotes[lo].Outer.Start <= position;
    }

    private static bool IsOpening(string text, Span paragraph, int i) =>
        i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1])
        && (i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || "([—–-:".Contains(text[i - 1]));

    private static int FindClose(string text, Span paragraph, int from, string closers)
    {
        for (var j = from; j < paragraph.End; j++)
        {
            if (!closers.Contains(text[j])) continue;
            // A closing mark is not followed by a letter: "Russia’s" uses ’ as an apostrophe.
            if (j + 1 < paragraph.End && char.IsLetterOrDigit(text[j + 1])) continue;
            if (j > from && char.IsWhiteSpace(text[j - 1]) && closers != "»") continue;
            return j;
        }
        return -1;
    }
}
