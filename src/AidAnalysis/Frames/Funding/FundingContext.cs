using AidAnalysis.Context;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>
/// The funding frame's reading of the article as a whole, for the context stage (<see cref="DocumentContextStage"/>): the
/// headline, the giver its subject names ("Freedonia commits ...", "Sylvania relief aid ..."), the receiver it names
/// ("... for Ukraine"), the aid type the headline names and the one the article is clearly about (the dateline and the state
/// it names come from the dateline layer, <see cref="DatelineReader"/>). Figures whose own sentences leave a gap fall
/// back on these, never on a rule of their own.
/// </summary>
public sealed partial class FundingBuilder
{
    internal DocumentContext ReadArticle(AnalysisDocument doc)
    {
        var headline = doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null ? doc.Paragraphs[0] : default;
        var index = headline.Length > 0 ? doc.ActorMentions : null;
        return DocumentContext.None with
        {
            Headline = headline,
            HeadlineDonor = index is not null ? HeadlineDonor(doc, index, headline) : null,
            HeadlineRecipient = index is not null ? HeadlineRecipient(doc, index, headline) : null,
            HeadlineType = _rules.AidTypeWords.OfHeadline(doc),
            DominantType = _rules.AidTypeWords.Dominant(doc),
        };
    }

    /// <summary>"Freedonia commits $2 billion in loans", "UK to give ...", "Sylvania relief aid arrives ...": the headline's
    /// subject gives when a verb of giving or an aid noun follows it; "Freedonia to seek aid" or "Agency head praises EU grant"
    /// name no giver this way.</summary>
    private string? HeadlineDonor(AnalysisDocument doc, ActorMentionIndex index, Span headline)
    {
        var (actor, span) = index.Within(headline).FirstOrDefault();
        if (actor is null || !_parties.HeadlineSubject.Opens(doc.Tokens, headline, span.Start)) return null;
        var rest = doc.Text.AsSpan(span.End, headline.End - span.End);
        if (AidNounAfter.IsMatch(rest)) return DonorName(actor);
        var verb = _givingVerbs.Find(doc.Words, new Span(span.End, headline.End)).FirstOrDefault();
        return verb.Entry is not null && _parties.HeadlineSubject.VerbFollows(doc.Tokens, span.End, verb.Span.Start, headline.End) ? DonorName(actor) : null;
    }
}
