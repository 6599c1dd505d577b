using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Speakers;

/// <summary>
/// Pipeline stage that reads who speaks at each quotation and reporting cue: a direct quote's speaker (after the quote, before
/// it, or carried over from the previous quote) and reported speech's ("X said that", "..., X said", "according to X",
/// "analysts anticipate that", "declined to comment"), each with the span of what was said (<see cref="Layer.Attributions"/>).
/// Speakers the actor layer lacks — unnamed groups ("officials said", "the source"), titles standing for a person nobody named,
/// people the actor layer missed — are its <see cref="Layer.Speakers"/>, numbered after the actors in the order met; the actor
/// layer is only read. Each attribution pattern is a class of its own under Frames/Claims.
/// </summary>
public sealed class SpeakerBuilder : IPipelineStage
{
    private readonly GenderWordLookup _genderWords;
    private readonly QuoteClaims _quotes;
    private readonly ReportedSpeech _reported;

    public SpeakerBuilder(Lexicon lexicon)
    {
        var vocabulary = new ClaimVocabulary(lexicon);
        var speakers = new SpeakerFinder(vocabulary);
        _genderWords = new GenderWordLookup(lexicon.GenderWords);
        _quotes = new QuoteClaims(vocabulary, speakers);
        _reported = new ReportedSpeech(vocabulary, speakers);
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var speakers = new SpeakerRoster(document.Actors);
        var index = new SpeakerIndex(document.ActorMentions, new SpeakerGenders(_genderWords, document.Tokens));
        var attributions = new List<Attribution>();
        var unattributed = new List<Quotation>();
        _quotes.FindQuotes(document, index, speakers, attributions, unattributed);
        _reported.FindReported(document, index, speakers, attributions);
        QuotationAfterStatement.AttributeToPreviousClaim(document, unattributed, attributions);
        return document with { Attributions = attributions, Speakers = [.. speakers.Added] };
    }

    internal static int ParagraphOf(AnalysisDocument doc, int offset) =>
        doc.SentenceIndexAt(offset) is var i and >= 0 ? doc.Sentences[i].Paragraph : -1;
}
