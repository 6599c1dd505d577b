using AidAnalysis.Context;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>A dateline opens an article's first paragraph, not a statement: a statement that opens where the document's
/// dateline does, in the wire form ("KYIV, May 26 (Reuters) - ", <see cref="Dateline.Wire"/>) or the capitals form ("KARACHI: ",
/// "BRUSSELS, 4 March 2026 (Eurowire) – ", <see cref="Dateline.Capitals"/>), starts after it: the place and date say where
/// the story was filed, which no speaker states.</summary>
internal static class ClaimDateline
{
    /// <summary>Where the dateline opening <paramref name="span"/> ends (past the whitespace after its dash or colon), or
    /// <paramref name="span"/>'s start when it opens with none.</summary>
    public static int End(Dateline dateline, Span span) => Math.Max(End(dateline.Wire, span), End(dateline.Capitals, span));

    private static int End(Span form, Span span) => form.Length > 0 && form.Start == span.Start && form.End <= span.End ? form.End : span.Start;
}
