using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Frames.Speakers;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Direct quotations with their speaker: after the quote, before it, named by a verb of naming, or carried over from
/// the previous quote.</summary>
internal sealed class QuoteClaims(ClaimVocabulary vocabulary, SpeakerFinder speakers)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly ClaimVocabulary _words = vocabulary;
    private readonly SpeakerFinder _speakers = speakers;
    private readonly NamingVerbRule _naming = new(vocabulary, speakers);
    private readonly ConjunctionBeforeCue _conjunction = new(vocabulary.Lexicon);

    /// <summary>How long the speaker phrase of an attribution ending an unclosed quotation may be, in characters.</summary>
    private const int MinTrailingSpeaker = 2, MaxTrailingSpeaker = 80;

    /// <summary>"..., said Prime Minister X.": where (at its comma) an attribution ends <paramref name="content"/>, with no
    /// other comma after it; -1 if none.</summary>
    private int TrailingAttribution(TokenLayer tokens, Span content)
    {
        var comma = tokens.LastMarkIn(content, ',');
        var verb = comma + 1;
        if (comma < 0 || !tokens.OneSpaceApart(comma, verb) || !tokens.IsLowerWordIn(verb, _words.TrailingAttributionVerbs)
            || !tokens.SpaceFollows(verb, content)) return -1;
        var speaker = new Span(tokens[verb].End + 1, content.End);
        return speaker.Length is >= MinTrailingSpeaker and <= MaxTrailingSpeaker && !tokens.AnyHolds(speaker, ',') ? tokens[comma].Start : -1;
    }

    public void FindQuotes(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, List<Attribution> claims, List<Quotation> unattributed)
    {
        var text = doc.Text;
        Attribution? previous = null;
        Quotation? claimedQuote = null;
        foreach (var quote in doc.Quotations)
        {
            if (claimedQuote is not null && previous is not null && InterruptedQuotation.Resumes(doc, claimedQuote, quote))
            {
                // One statement: its claim runs on to the end of the resumed part, so that either part is found in it.
                previous = previous with { Span = previous.Span with { End = quote.Content.End } };
                claims[^1] = previous;
                claimedQuote = quote;
                continue;
            }
            claimedQuote = null;
            var content = quote.Content;
            var paragraph = doc.Paragraphs[quote.Paragraph];
            var speakerWindow = new Span(quote.Outer.End, Math.Min(paragraph.End, quote.Outer.End + 90));
            // An unclosed quote ends where its attribution begins: "..., said Prime Minister X."
            if (quote.Outer.End == paragraph.End && TrailingAttribution(doc.Tokens, content) is var trailing and >= 0)
            {
                speakerWindow = new Span(trailing, content.End);
                content = new Span(content.Start, trailing);
            }
            // Counted only as far as the thresholds below read: six words.
            var words = doc.Tokens.ClaimWordCount(content, 6);
            var sentenceIndex = doc.SentenceIndexAt(quote.Outer.Start);
            var sentence = sentenceIndex >= 0 ? doc.Sentences[sentenceIndex].Span : paragraph;
            var midSentence = quote.Outer.Start > sentence.Start + 2;
            var isPartial = midSentence && words < 6;

            var (speaker, cue) = _speakers.SpeakerAfter(doc, index, actors, speakerWindow);
            if (cue is not null && _conjunction.OpensClause(doc.Tokens, speakerWindow, cue)) (speaker, cue) = (null, null);
            if (speaker is null)
                (speaker, cue) = _speakers.SpeakerBefore(doc, index, actors, new Span(Math.Max(sentence.Start, quote.Outer.Start - 300), quote.Outer.Start));
            var named = false;
            if (speaker is null && isPartial)
            {
                (speaker, cue) = _naming.NamingSpeaker(doc, index, actors, new Span(sentence.Start, quote.Outer.Start));
                named = speaker is not null;
            }
            // A quotation inside a sentence ('the port office said it was "clearing ..."') has that sentence's subject for a
            // speaker, not the previous quotation's.
            if (speaker is null && !midSentence && previous is not null
                && Math.Abs(SpeakerBuilder.ParagraphOf(doc, previous.Span.Start) - quote.Paragraph) <= 1)
                (speaker, cue) = (previous.Speaker, previous.Cue);
            if (speaker is null && !isPartial && words >= 6) unattributed.Add(quote);
            if (speaker is null || (isPartial && words < 3 && !named)) continue;
            var draft = new Attribution(speaker, ClaimKind.Quote, cue ?? "said", content, _lexicon.ReportingVerbs.GetValueOrDefault(cue ?? "", false));
            claims.Add(draft);
            previous = draft;
            claimedQuote = quote;
        }
    }
}
