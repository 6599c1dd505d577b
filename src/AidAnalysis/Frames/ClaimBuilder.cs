using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that finds attributed statements: direct quotes with their speaker (after the
/// quote, before it, or carried over from the previous quote) and reported speech ("X said that",
/// "..., X said", "according to X", "analysts anticipate that", "declined to comment"). Unnamed
/// speakers ("the source", "Analysts") and people the actor layer missed are the stage's own Speakers layer; the actor
/// layer is only read. Each attribution pattern is a class of its own under Frames/Claims.
/// </summary>
public sealed class ClaimBuilder : IPipelineStage
{
    private readonly Lexicon _lexicon;
    private readonly QuoteClaims _quotes;
    private readonly ReportedSpeech _reported;
    private readonly ClaimTexts _texts;

    public ClaimBuilder(Lexicon lexicon)
    {
        var vocabulary = new ClaimVocabulary(lexicon);
        var speakers = new SpeakerFinder(vocabulary);
        _lexicon = lexicon;
        _quotes = new QuoteClaims(vocabulary, speakers);
        _reported = new ReportedSpeech(vocabulary, speakers);
        _texts = new ClaimTexts(lexicon);
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var speakers = new SpeakerRoster(document.Actors);
        var index = new SpeakerIndex(document.ActorMentions, new SpeakerGenders(_lexicon.GenderWords, document.Text));
        var claims = new List<ClaimDraft>();
        var unattributed = new List<Quotation>();
        _quotes.FindQuotes(document, index, speakers, claims, unattributed);
        _reported.FindReported(document, index, speakers, claims);
        QuotationAfterStatement.AttributeToPreviousClaim(document, unattributed, claims);

        var result = claims
            .OrderBy(c => c.Span.Start)
            .Select((c, i) => _texts.ToClaim(document, c, $"C{i + 1}"))
            .ToArray();
        return document with { Claims = result, Speakers = [.. speakers.Added] };
    }

    internal static int ParagraphOf(AnalysisDocument doc, int offset) =>
        doc.SentenceIndexAt(offset) is var i and >= 0 ? doc.Sentences[i].Paragraph : -1;
}
