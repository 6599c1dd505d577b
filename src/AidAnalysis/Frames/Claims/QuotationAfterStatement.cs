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
        var claimed = new ClaimedStretches(claims);
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
                || claimed.Overlap(quote.Content)) continue;
            claims.Add(previous with { Kind = ClaimKind.Quote, Span = quote.Content });
        }
    }

    /// <summary>The stretches the claims given cover (not those added later), asked whether any overlaps a span by binary
    /// search: claims sorted by start, with the furthest end reached so far, instead of a flag per character of the text.</summary>
    private sealed class ClaimedStretches
    {
        private readonly int[] _starts;
        private readonly int[] _furthestEnds;

        public ClaimedStretches(List<Attribution> claims)
        {
            var spans = claims.Select(c => c.Span).Where(s => s.Length > 0).OrderBy(s => s.Start).ToArray();
            _starts = new int[spans.Length];
            _furthestEnds = new int[spans.Length];
            for (var i = 0; i < spans.Length; i++)
            {
                _starts[i] = spans[i].Start;
                _furthestEnds[i] = Math.Max(spans[i].End, i > 0 ? _furthestEnds[i - 1] : int.MinValue);
            }
        }

        /// <summary>Whether a claimed stretch shares a character with <paramref name="span"/>.</summary>
        public bool Overlap(Span span)
        {
            if (span.Length <= 0) return false;
            // The claims starting before the span ends; one of them overlaps it when the furthest of their ends passes its start.
            int lo = 0, hi = _starts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_starts[mid] < span.End) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && _furthestEnds[lo - 1] > span.Start;
        }
    }
}
