using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Whether a mention stands where a reporting cue's speaker stands though it does not open its sentence: right
/// before the cue ("MERCY president Dr X said", "the envoy, X, welcomed") or right after it ("..., said X of Y", "according
/// to X, the agency's deputy head"), or named in apposition to the title opening the sentence ("The envoy, X, who ..."). Such a person is the subject of their clause as much as one opening a sentence is, so
/// a later "he said" points to them rather than to a sentence subject further back (Halliday and Hasan 1976, §2.4: the
/// most recent subject is the preferred antecedent).</summary>
internal sealed class SpeakingPosition(ClaimVocabulary vocabulary)
{
    private readonly ReportingCues _cues = vocabulary.Cues;
    private readonly WordSet _hearerCues = vocabulary.HearerObjectCues;
    private readonly IReadOnlySet<string> _sayingVerbs = vocabulary.Lexicon.SayingVerbs;

    /// <summary>How many characters a cue read before a mention may span ("acknowledged" and the like fit easily).</summary>
    private const int CueChars = 30;

    /// <summary>How many words a title opening a sentence before its holder's name in apposition may hold.</summary>
    private const int TitleWords = 8;

    public bool Speaks(AnalysisDocument doc, SpeakerIndex index, Span mention) =>
        CueFollows(doc, mention) || CuePrecedes(doc, mention) || NamesOpeningTitle(doc, index, mention);

    /// <summary>"The ministry's joint secretary, X, who signed the deal, said": the mention, between commas, names the title that
    /// opens its sentence (a few words, no comma), so it is the sentence's subject, unless the rest of the sentence names
    /// another person ("The governor, X, represented by his deputy, Y, said": Y speaks).</summary>
    private static bool NamesOpeningTitle(AnalysisDocument doc, SpeakerIndex index, Span mention)
    {
        var tokens = doc.Tokens;
        var previous = tokens.LastEndingBy(mention.Start);
        var next = tokens.FirstStartingFrom(mention.End);
        if (previous < 0 || next >= tokens.Count || !tokens.IsMark(previous, ',') || !tokens.IsMark(next, ',') || tokens[next].Start != mention.End
            || doc.SentenceIndexAt(mention.Start) is not (>= 0 and var sentence)) return false;
        var title = new Span(doc.Sentences[sentence].Span.Start, tokens[previous].Start);
        return title.Length > 0 && !tokens.AnyHolds(title, ',') && tokens.ClaimWordCount(title, TitleWords + 1) <= TitleWords
            && !index.Within(new Span(mention.End, doc.Sentences[sentence].Span.End)).Any(m => m.Actor.Kind == ActorKind.Person);
    }

    /// <summary>"X said": the next token opens a reporting cue; or "the envoy, X, welcomed": the mention is an apposition between
    /// commas, the cue right after the second. A name before a comma that no comma opens ("X, speaking alongside Y, said") is
    /// inside an aside about the subject, not the subject.</summary>
    private bool CueFollows(AnalysisDocument doc, Span mention)
    {
        var tokens = doc.Tokens;
        var next = tokens.FirstStartingFrom(mention.End);
        var at = mention.End;
        if (next < tokens.Count && tokens.IsMark(next, ',') && tokens[next].Start == at)
        {
            var previous = tokens.LastEndingBy(mention.Start);
            if (previous < 0 || !tokens.IsMark(previous, ',') || !tokens.SpacesOnly(tokens[previous].End, mention.Start)) return false;
            at = tokens[next++].End;
        }
        if (next >= tokens.Count || tokens[next].Start == at || !tokens.SpacesOnly(at, tokens[next].Start)) return false;
        var start = tokens[next].Start;
        return _cues.First(doc, new Span(start, Math.Min(doc.Text.Length, start + CueChars))) is { } cue && cue.Span.Start == start;
    }

    /// <summary>'..., said X', '"...," said X', "according to X": a cue that opens its clause after a comma or a closing
    /// quotation mark (the inverted order of an attribution after its statement), or "according to", ends at the word right
    /// before the mention. The inverted cue is a plain verb of saying (saying-verbs.txt): after "..., thanking X" or "urging X"
    /// the person is the one addressed, not the speaker. Not "told X", whose object is the hearer, nor "..., noting X's
    /// funding", whose object is spoken of.</summary>
    private bool CuePrecedes(AnalysisDocument doc, Span mention)
    {
        var tokens = doc.Tokens;
        var previous = tokens.LastEndingBy(mention.Start);
        if (previous < 0 || tokens[previous].End == mention.Start || !tokens.SpacesOnly(tokens[previous].End, mention.Start)
            || tokens.IsLowerWordIn(previous, _hearerCues) || tokens.PossessiveAt(mention.End)) return false;
        var cues = _cues.VerbsAndAccordingTo(doc, new Span(Math.Max(0, tokens[previous].End - CueChars), tokens[previous].End));
        if (cues.Count == 0 || cues[^1].Span.End != tokens[previous].End) return false;
        if (cues[^1].Entry == ReportingCues.AccordingTo) return true;
        if (!_sayingVerbs.Contains(cues[^1].Entry)) return false;
        var before = tokens.LastEndingBy(cues[^1].Span.Start);
        return before >= 0 && tokens.SpacesOnly(tokens[before].End, cues[^1].Span.Start)
            && (tokens.IsMark(before, ',') || tokens.IsMark(before, '"') || tokens.IsMark(before, '”'));
    }
}
