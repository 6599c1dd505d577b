using System.Text.RegularExpressions;
using AidAnalysis.Context;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>
/// The funding frame's reading of the article as a whole, for the context stage (<see cref="DocumentContextStage"/>): the
/// headline, the giver its subject names ("Freedonia commits ...", "Sylvania relief aid ..."), the receiver it names
/// ("... for Ukraine"), the state of a dateline at the top of the body ("MANILA, Philippines -"), the aid type the headline
/// names and the one the article is clearly about. Figures whose own sentences leave a gap fall back on these, never on a
/// rule of their own.
/// </summary>
public sealed partial class FundingBuilder
{
    /// <summary>How many paragraphs after the headline a dateline may open (a byline and a date line may come first).</summary>
    private const int DatelineParagraphs = 4;

    /// <summary>"MANILA, Philippines - ", "DOHA, Oct 14 (QNA) -- ", "KARACHI: ", "GENEVA/NAIROBI, 3 May - ": a place in
    /// capitals opening a paragraph.</summary>
    [GeneratedRegex(@"^\p{Lu}{2}[\p{Lu} .'’/-]{0,30}(?:,\s[^,\n]{1,30})?(?:\s\([^()\n]{1,20}\))?\s?(?:--|—|–|-|:)\s", TextPatterns.WindowOptions)]
    private static partial Regex DatelineOpening { get; }

    internal DocumentContext ReadArticle(AnalysisDocument doc)
    {
        var headline = doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null ? doc.Paragraphs[0] : default;
        var index = headline.Length > 0 ? doc.ActorMentions : null;
        return DocumentContext.None with
        {
            Headline = headline,
            HeadlineDonor = index is not null ? HeadlineDonor(doc, index, headline) : null,
            HeadlineRecipient = index is not null ? HeadlineRecipient(doc, index, headline) : null,
            DatelineState = DatelineState(doc),
            HeadlineType = _rules.AidTypeWords.OfHeadline(doc),
            DominantType = _rules.AidTypeWords.Dominant(doc.Words),
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

    /// <summary>The state a dateline names ("MANILA, Philippines -" → Philippines), when the body names it again.</summary>
    private string? DatelineState(AnalysisDocument doc)
    {
        for (var p = 1; p < Math.Min(doc.Paragraphs.Count, DatelineParagraphs + 1); p++)
        {
            var paragraph = doc.Paragraphs[p];
            if (TextPatterns.FirstMatch(DatelineOpening, doc.Text.AsSpan(paragraph.Start, Math.Min(80, paragraph.Length))) is not { } m) continue;
            var dateline = new Span(paragraph.Start, paragraph.Start + m.Index + m.Length);
            var state = doc.EntitiesIn(dateline).LastOrDefault(e => e.Type is MentionType.Country or MentionType.Seat)?.Canonical
                ?? SeatInCapitals(doc.Text.AsSpan(dateline.Start, dateline.Length));
            return state is not null && doc.Entities.Any(e => e.Canonical == state && e.Span.Start >= dateline.End) ? state : null;
        }
        return null;
    }

    /// <summary>"HONIARA, 4 June 2025 –", "SUVA/WELLINGTON, 22 August –": a seat of government written in capitals, which
    /// the entity layer (reading names as written) does not know, opens the dateline.</summary>
    private string? SeatInCapitals(ReadOnlySpan<char> dateline)
    {
        var end = dateline.IndexOfAny(",/:(");
        var place = (end < 0 ? dateline : dateline[..end]).Trim(" -–—").ToString();
        var titled = string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] + w[1..].ToLowerInvariant()));
        return titled.Length > 0 && lexicon.CountryByForm.TryGetValue(titled, out var state) ? state : null;
    }
}
