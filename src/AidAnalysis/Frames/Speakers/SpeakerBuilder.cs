using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

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
    private readonly ReportingCues _cues;
    private readonly SpeakerFinder _speakers;
    private readonly QuoteClaims _quotes;
    private readonly ReportedSpeech _reported;
    private readonly WordSet _statementNouns;

    public SpeakerBuilder(Lexicon lexicon)
    {
        var vocabulary = new ClaimVocabulary(lexicon);
        _speakers = new SpeakerFinder(vocabulary);
        _cues = vocabulary.Cues;
        _genderWords = new GenderWordLookup(lexicon.GenderWords);
        _quotes = new QuoteClaims(vocabulary, _speakers);
        _reported = new ReportedSpeech(vocabulary, _speakers);
        _statementNouns = vocabulary.StatementNouns;
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var speakers = new SpeakerRoster(document.Actors);
        var genders = new SpeakerGenders(_genderWords, document.Tokens);
        var index = new SpeakerIndex(document.ActorMentions, genders);
        // People the actor layer missed are found before any statement is read, so that a quote or a pronoun before their
        // own reported statement can point to them as it points to the layer's people.
        if (BareNameSpeakers(document, index, speakers))
            index = new SpeakerIndex(new ActorMentionIndex([.. document.Actors, .. speakers.Added]), genders);
        var attributions = new List<Attribution>();
        var unattributed = new List<Quotation>();
        _quotes.FindQuotes(document, index, speakers, attributions, unattributed);
        _reported.FindReported(document, index, speakers, attributions);
        QuotationAfterStatement.AttributeToPreviousClaim(document, unattributed, attributions);
        var pointedBack = StatementAnaphors.Resolve(document, _statementNouns, attributions);
        return document with { Attributions = attributions, Speakers = [.. speakers.Added.Where(s => !pointedBack.Contains(s.Id))] };
    }

    /// <summary>Registers, with <paramref name="speakers"/>, each person a bare name opening a sentence names before the aside
    /// of a reporting verb outside quotations ("Rania Haddad, a UN spokesperson, said"); true when any was found.</summary>
    private bool BareNameSpeakers(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster speakers)
    {
        foreach (var sentence in doc.Sentences)
            foreach (var (_, cue) in _cues.Verbs(doc, sentence.Span))
                if (cue.Start - sentence.Span.Start <= SpeakerFinder.SubjectReach && !PronounResolver.InsideQuotation(doc, cue))
                    _speakers.BareNameBeforeAside(doc, index, speakers, new Span(sentence.Span.Start, cue.Start));
        return speakers.Added.Count > 0;
    }

    internal static int ParagraphOf(AnalysisDocument doc, int offset) =>
        doc.SentenceIndexAt(offset) is var i and >= 0 ? doc.Sentences[i].Paragraph : -1;
}
