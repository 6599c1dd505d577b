using AidAnalysis.Model;
using AidAnalysis.Frames.Speakers;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Claims;

/// <summary>A quotation standing alone as its paragraph after a reported statement continues that statement's speaker.</summary>
internal static class QuotationAfterStatement
{
    /// <summary>A quotation standing alone as its paragraph, right after a reported statement ("..., X has announced." then
    /// "“...”"), continues that statement's speaker.</summary>
    public static void AttributeToPreviousClaim(AnalysisDocument doc, List<Quotation> unattributed, List<Attribution> claims)
    {
        if (unattributed.Count == 0) return;
        var byEnd = claims.OrderBy(c => c.Span.End).ToArray();
        // A quotation already read as sentences of a statement block is not claimed twice.
        var claimed = new bool[doc.Text.Length + 1];
        foreach (var c in claims) Array.Fill(claimed, true, c.Span.Start, c.Span.Length);
        foreach (var quote in unattributed)
        {
            // The claim ending last before the quote, by binary search over claims sorted by end.
            int lo = 0, hi = byEnd.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (byEnd[mid].Span.End <= quote.Outer.Start) lo = mid + 1; else hi = mid;
            }
            var previous = lo > 0 ? byEnd[lo - 1] : null;
            if (previous is null || quote.Paragraph - SpeakerBuilder.ParagraphOf(doc, previous.Span.Start) is < 0 or > 1) continue;
            if (doc.Text.AsSpan(doc.Paragraphs[quote.Paragraph].Start..quote.Outer.Start).Trim().Length > 0
                || Array.IndexOf(claimed, true, quote.Content.Start, quote.Content.Length) >= 0) continue;
            claims.Add(previous with { Kind = ClaimKind.Quote, Span = quote.Content });
        }
    }
}
