using AidAnalysis.Model;

namespace AidAnalysis.Context;

/// <summary>
/// The dateline at the top of the body, read once on the token layer by the dateline stage (<see cref="DatelineReader"/>) for
/// every reader of it: where it stands in each form it is written in, the state it names and the date printed near it. The
/// readers differ on what counts as one, so each asks for its own form: the statements drop only a wire dateline
/// ("KYIV, May 26 (Reuters) - "), while the funding frame and the actors read the state of any place in capitals, "KARACHI: "
/// included, or of a place credited to an agency ("Lilongwe (AFP) – ").
/// </summary>
/// <param name="Wire">"KYIV, May 26 (Reuters) - ", "Kyiv, Nov. 20, 2031 -- ": a place, a comma, a date, a credit in brackets
/// (both, either or neither) and a dash, with the one whitespace character after it (<see cref="WireDateline"/>); empty when
/// the dateline is not written so.</param>
/// <param name="Capitals">"MANILA, Philippines - ", "KARACHI: ", "GENEVA/NAIROBI, 3 May - ": a place in capitals, an optional
/// phrase after a comma, an optional credit and a dash or colon, with the whitespace character after it
/// (<see cref="CapitalsDateline"/>); empty when the dateline is not written so.</param>
/// <param name="State">The state the dateline names ("MANILA, Philippines -" → Philippines, else "Lilongwe (AFP) –" → Malawi),
/// when the body names it again.</param>
/// <param name="Date">The first date printed near the top of the text ("29 October 2008"), in the dateline or the lines
/// around it (<see cref="DocumentContextDateline"/>).</param>
/// <param name="Credit">"Lilongwe (AFP) – ": a seat of government or a state as the entity layer names it opening a paragraph, a
/// credit in brackets and a dash, up to the dash (<see cref="CreditDateline"/>); empty when the dateline is not written so.</param>
public sealed record Dateline(Span Wire, Span Capitals, string? State, DateOnly? Date, Span Credit = default)
{
    /// <summary>No dateline and no date near the top.</summary>
    public static Dateline None { get; } = new(default, default, null, null);
}
