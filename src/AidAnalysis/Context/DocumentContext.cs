using AidAnalysis.Model;

namespace AidAnalysis.Context;

/// <summary>
/// What the article says as a whole, read once by the context stage (<see cref="Pipeline.Layer.Context"/>) for every later
/// stage: the headline and what it names, the byline, the dateline, the date the text speaks from and the state it is about.
/// </summary>
/// <param name="Headline">The first paragraph when the article has a title and a body; empty otherwise.</param>
/// <param name="HeadlineDonor">The giver the headline's subject names ("Japan commits ...", "China humanitarian assistance ...").</param>
/// <param name="HeadlineRecipient">The state the headline sends aid to ("... to flood-hit Libya").</param>
/// <param name="HeadlineType">The aid type the headline names.</param>
/// <param name="DominantType">The only aid type the article's words name, more than once.</param>
/// <param name="Dateline">The dateline at the top of the body, in the forms it is written in, the state it names and the date
/// printed near the top ("29 October 2008", as opposed to metadata).</param>
/// <param name="ReferenceDate">The date the text speaks from, for relative years and the exchange-rate year: the publication date, else the dateline date.</param>
/// <param name="HomeState">The state named most often as an agent or owner rather than as a destination.</param>
/// <param name="Authors">The names a byline gives ("By Jane Doe and John Roe"), as the entity layer found them, in text order.</param>
public sealed record DocumentContext(
    Span Headline, string? HeadlineDonor, string? HeadlineRecipient, AidType HeadlineType, AidType DominantType,
    Dateline Dateline, DateOnly? ReferenceDate, string? HomeState, IReadOnlyList<string> Authors)
{
    /// <summary>The context of a document the context stage has not read.</summary>
    public static DocumentContext None { get; } = new(default, null, null, AidType.Unspecified, AidType.Unspecified, Dateline.None, null, null, []);

    /// <summary>The state the dateline names ("MANILA, Philippines -"), when the body names it again.</summary>
    public string? DatelineState => Dateline.State;

    /// <summary>A date printed in the text itself near the top ("29 October 2008"), as opposed to metadata.</summary>
    public DateOnly? DatelineDate => Dateline.Date;
}
