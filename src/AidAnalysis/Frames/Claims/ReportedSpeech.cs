using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Reported speech, sentence by sentence: each reporting cue outside a quotation is read by its rule (a reporting
/// verb, "according to", a statement inside another), then nouns of saying and data sources; the statements it finds do not
/// overlap one another or the quotations already claimed.</summary>
internal sealed class ReportedSpeech
{
    private readonly ReportingCues _cues;
    private readonly AttributionShapes _shapes;
    private readonly PurposeInfinitive _purpose;
    private readonly ReportingVerbRule _verbRule;
    private readonly AccordingToRule _accordingTo;
    private readonly NestedStatementRule _nested;
    private readonly AllegationRule _allegations;
    private readonly DataSourceRule _dataSources;
    private readonly RejectedChargeRule _denials;
    private readonly EmbeddedAttributionRule _embedded;
    private readonly CoordinatedThatClauses _coordinated;
    private readonly ValuationRule _valuations;

    public ReportedSpeech(ClaimVocabulary vocabulary, SpeakerFinder speakers)
    {
        var hearers = new Hearers(vocabulary);
        _cues = vocabulary.Cues;
        _dataSources = new DataSourceRule(vocabulary.Lexicon);
        _shapes = new AttributionShapes(hearers, vocabulary);
        _purpose = new PurposeInfinitive(vocabulary.Lexicon);
        _verbRule = new ReportingVerbRule(vocabulary, speakers, _shapes, hearers, _purpose);
        _accordingTo = new AccordingToRule(vocabulary, speakers, _shapes);
        _nested = new NestedStatementRule(_verbRule);
        _allegations = new AllegationRule(vocabulary);
        _denials = new RejectedChargeRule(vocabulary.Lexicon, speakers);
        _embedded = new EmbeddedAttributionRule(vocabulary.Lexicon, speakers);
        _coordinated = new CoordinatedThatClauses(vocabulary.Lexicon, vocabulary.FiniteAuxiliaries);
        _valuations = new ValuationRule(vocabulary, speakers);
    }

    public void FindReported(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, List<Attribution> claims)
    {
        var text = doc.Text;
        var quoted = doc.Quotations.Select(q => q.Outer).OrderBy(q => q.Start).ToArray();
        // One bit a character, not a bool: the set spans the whole text.
        var claimed = new CoveredPositions(text.Length + 1);
        foreach (var c in claims) claimed.Cover(c.Span.Start, c.Span.Length);
        // The quotations a quote claim already has: only these can be the quotation a following cue attributes.
        var attributed = Array.ConvertAll(quoted, q => claimed.AnyIn(q.Start, q.Length));
        bool Free(Span span) => !claimed.AnyIn(span.Start, span.Length);
        void Claim(Attribution draft)
        {
            claims.Add(draft);
            claimed.Cover(draft.Span.Start, draft.Span.Length);
        }

        var embeddedFound = new List<Attribution>();
        var denialsFound = new List<(Attribution Denial, int Joint)>();
        foreach (var sentence in doc.Sentences)
        {
            if (IsHeadline(doc, sentence)) continue;
            var whole = sentence.Span;
            // Each cue reads a bounded stretch of its sentence, so a megabyte-long "sentence" costs linear time.
            // A sentence-final cue ("..., she said.") is read first; the cues start at distinct places, so the order is total.
            var found = _cues.VerbsAndAccordingTo(doc, whole);
            var cues = new List<(string Entry, Span Span, Span Local, int Rank)>(found.Count);
            for (var i = 0; i < found.Count; i++)
            {
                var (entry, at) = found[i];
                var around = whole.Around(at, ContextReach);
                // '"...," X said, adding that ...': the participle after the attribution is the speaker's next statement.
                if (InsideQuote(quoted, at) || (AttributesAQuote(doc.Tokens, quoted, attributed, around, at) && !AttributionShapes.IsParticipleAfterComma(doc.Tokens, at, around)) || (AttributionShapes.IsInfinitiveOrPassive(doc.Tokens, at) && !_purpose.IsPurposeInfinitive(doc.Tokens, entry, at))
                    || AccordingToRule.InsideAccordingToSource(doc.Tokens, found, i)) continue;
                cues.Add((entry, at, around, _shapes.IsPostpositionCue(entry) && _shapes.IsSentenceFinal(doc.Tokens, at, around) ? 0 : 1));
            }
            if (cues.Count > 1) cues.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Span.Start.CompareTo(b.Span.Start));
            foreach (var (cue, span, local, _) in cues)
            {
                if (!Free(span))
                {
                    if (_nested.NestedStatement(doc, index, actors, claims, cue, span) is { } nested) claims.Add(nested);
                    continue;
                }
                var draft = cue.Equals("according to", StringComparison.OrdinalIgnoreCase)
                    ? _accordingTo.AccordingTo(doc, index, actors, local, span)
                    : _verbRule.Reported(doc, index, actors, local, cue, span, (claims, whole));
                if (draft is null || draft.Span.Length == 0) continue;
                if (!Free(draft.Span))
                {
                    // "Officials told Congress that ..., according to sources": the source reports the inner attribution too.
                    if (cue.Equals("according to", StringComparison.OrdinalIgnoreCase) && draft.Span.Start < span.Start && _cues.Any(doc, draft.Span))
                    {
                        _accordingTo.DropReportedActs(doc.Tokens, claims, draft, span);
                        claims.Add(draft);
                        claimed.Cover(span.Start, span.Length);
                    }
                    continue;
                }
                if (StatementBlocks.IntroducesBlock(text, span, whole))
                {
                    foreach (var statement in StatementBlocks.StatementBlock(doc, draft, span)) if (Free(statement.Span)) Claim(statement);
                    continue;
                }
                // "X said A, and that B": each coordinated that-clause is a statement of its own.
                foreach (var part in _coordinated.Split(doc.Tokens, draft, span, at => InsideQuote(quoted, new Span(at, at + 1)))) Claim(part);
            }
            if (_allegations.Allegation(doc, index, actors, whole.Around(new Span(whole.Start, whole.Start), 2 * ContextReach)) is { } allegation && Free(allegation.Span)) Claim(allegation);
            if (_dataSources.DataSource(doc, index, actors, whole) is { } data && Free(data.Span)) Claim(data);
            if (_valuations.Valuation(doc, index, whole, at => InsideQuote(quoted, new Span(at, at + 1)), Free) is { } valuation) Claim(valuation);
            embeddedFound.Clear();
            _embedded.Statements(doc, index, actors, whole, embeddedFound);
            foreach (var embedded in embeddedFound)
            {
                if (InsideQuote(quoted, embedded.Span)) continue;
                // Inside another claim ("asked for $12 million to stop what doctors describe as ...") it is a second
                // statement of its own, as a nested one is.
                if (Free(embedded.Span)) Claim(embedded);
                else if (claims.Any(c => c.Span.Contains(embedded.Span))) claims.Add(embedded);
            }
            denialsFound.Clear();
            _denials.Denials(doc, index, actors, whole, denialsFound);
            foreach (var (denial, joint) in denialsFound)
            {
                if (InsideQuote(quoted, denial.Span)) continue;
                if (Free(denial.Span))
                {
                    Claim(denial);
                    continue;
                }
                // "X accuses Y of ..., a charge Y rejects": the accusation's statement ends where the denial is joined to it.
                var host = claims.FindLastIndex(c => c.Kind == ClaimKind.Reported && c.Span.Start < joint && c.Span.Contains(denial.Span));
                if (host < 0) continue;
                claims[host] = claims[host] with { Span = claims[host].Span with { End = joint } };
                claims.Add(denial);
            }
        }
    }

    /// <summary>How far either side of a cue its sentence is read; real sentences are shorter.</summary>
    public const int ContextReach = 600;

    private static bool InsideQuote(Span[] quoted, Span cue) =>
        LastQuoteStartingBefore(quoted, cue.Start) is { } q && q.Contains(cue);

    /// <summary>The last quotation (sorted by start, not overlapping) that starts at or before <paramref name="position"/>.</summary>
    private static Span? LastQuoteStartingBefore(Span[] quoted, int position) =>
        LastQuoteIndexStartingBefore(quoted, position) is var i and >= 0 ? quoted[i] : null;

    private static int LastQuoteIndexStartingBefore(Span[] quoted, int position)
    {
        int lo = 0, hi = quoted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quoted[mid].Start <= position) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    /// <summary>The headline is the outlet's summary, not someone's statement.</summary>
    private static bool IsHeadline(AnalysisDocument doc, Sentence sentence) =>
        sentence.Paragraph == 0 && doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null;

    /// <summary>'"...," X said on Wednesday': a cue just after a quotation attributes that quotation, which is already a claim.
    /// A quotation inside a reported clause that no quote claim took ('said the grant was "overdue", but warned that ...')
    /// leaves the cue after it free to report a statement of its own.</summary>
    private static bool AttributesAQuote(TokenLayer tokens, Span[] quoted, bool[] attributed, Span sentence, Span cue)
    {
        var text = tokens.Text;
        var i = LastQuoteIndexStartingBefore(quoted, cue.Start);
        if (i < 0) return false;
        var q = quoted[i];
        return q.End <= cue.Start && q.End >= sentence.Start
            && tokens.ClaimWordCount(new Span(q.End, cue.Start), 9) <= 8 && !SentenceStop.HasStop(tokens, new Span(q.End, cue.Start))
            && (attributed[i] || q.Start <= sentence.Start || tokens.ClaimWordCount(new Span(sentence.Start, q.Start), 1) == 0);
    }

    /// <summary>The speaker of the last claim made earlier in the same sentence, which a coordinated verb or participle continues.</summary>
    /// Only the most recent claims are read, so a document with thousands of claims stays linear.
    internal static Speaker? SpeakerBefore(List<Attribution> claims, Span sentence, Span cue) =>
        claims.Skip(Math.Max(0, claims.Count - RecentClaims))
            .Where(c => c.Span.Start >= sentence.Start && c.Span.Start < cue.Start).MaxBy(c => c.Span.Start)?.Speaker;

    /// <summary>How many of the latest claims are searched for a sentence's earlier speaker.</summary>
    public const int RecentClaims = 64;
}
