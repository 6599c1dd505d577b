using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Context;

/// <summary>
/// What a text prints about itself, for the metadata its file, sidecar and command line leave empty: the byline's authors
/// ("By Jane Doe"), the date printed near the top ("NEW DELHI, April 2, 2025"), the news agency credited in the dateline
/// ("KYIV (Reuters) -"). Pasted wire copy and saved pages carry these only in the text. A field already set always wins, so
/// a command-line date is never replaced by one the text prints.
/// </summary>
internal static class PrintedMetadata
{
    public static ArticleMetadata Fill(ArticleMetadata metadata, DocumentContext context, IReadOnlyList<Actor> actors) => metadata with
    {
        Author = metadata.Author ?? (context.Authors.Count > 0 ? string.Join(", ", context.Authors) : null),
        Published = metadata.Published ?? context.DatelineDate,
        Source = metadata.Source ?? CreditedOutlet(context.Dateline, actors),
    };

    /// <summary>The news outlet named inside the dateline ("(AP)", "(Reuters)"), as its actor is named.</summary>
    private static string? CreditedOutlet(Dateline dateline, IReadOnlyList<Actor> actors)
    {
        Span[] spans = [dateline.Wire, dateline.Capitals, dateline.Credit];
        return actors.FirstOrDefault(a => a.Role == OrganizationRecognizer.NewsOutletRole
            && a.Mentions.Any(m => spans.Any(s => s.Length > 0 && s.Contains(m))))?.Name;
    }
}
