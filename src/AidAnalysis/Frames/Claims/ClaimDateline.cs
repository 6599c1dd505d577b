using AidAnalysis.Context;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>A dateline opens an article's first paragraph, not a statement: a statement that opens where the document's
/// dateline does, in the wire form (<see cref="Dateline.Wire"/>), starts after it. The form ending in a colon ("KARACHI: ")
/// stays part of the statement, as the claims have always read it.</summary>
internal static class ClaimDateline
{
    /// <summary>Where the dateline opening <paramref name="span"/> ends (past the whitespace after its dash), or
    /// <paramref name="span"/>'s start when it opens with none.</summary>
    public static int End(Dateline dateline, Span span) =>
        dateline.Wire.Length > 0 && dateline.Wire.Start == span.Start && dateline.Wire.End <= span.End ? dateline.Wire.End : span.Start;
}
