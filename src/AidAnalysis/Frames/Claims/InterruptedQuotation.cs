using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Claims;

/// <summary>A quoted sentence the attribution interrupts ("“The roads are open,” she said, “but the bridges are not.”")
/// is one statement: its second part extends the first claim rather than starting another.</summary>
internal static class InterruptedQuotation
{
    /// <summary>True when <paramref name="next"/> resumes <paramref name="previous"/> in the same sentence: the first part
    /// ends on a comma inside its marks, and only a short attribution ending in a comma stands between them.</summary>
    public static bool Resumes(AnalysisDocument doc, Quotation previous, Quotation next)
    {
        var text = doc.Text;
        if (next.Paragraph != previous.Paragraph || doc.SentenceIndexAt(next.Outer.Start) != doc.SentenceIndexAt(previous.Outer.Start))
            return false;
        var first = text.AsSpan(previous.Content.Start, previous.Content.Length).TrimEnd();
        var between = text.AsSpan(previous.Outer.End, Math.Max(0, next.Outer.Start - previous.Outer.End)).Trim();
        return first.EndsWith(',') && between.Length is > 0 and <= 80 && between.EndsWith(',')
            && between.IndexOfAny('.', '!', '?') < 0;
    }
}
