using System.Text.RegularExpressions;
using AidAnalysis.Frames.Claims;
using static AidAnalysis.Frames.Claims.ClaimWords;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that finds attributed statements: direct quotes with their speaker (after the
/// quote, before it, or carried over from the previous quote) and reported speech ("X said that",
/// "..., X said", "according to X", "analysts anticipate that", "declined to comment"). Unnamed
/// speakers ("the source", "Analysts") become group actors of the speakers layer; the actor layer is only read.
/// </summary>
public sealed partial class ClaimBuilder : IPipelineStage
{
    /// <summary>"told the conference " / "told reporters " before a clause opened by a pronoun: the hearer, read on a short window.</summary>
    [GeneratedRegex(@"\G (?:(?:the|a|an|his|her|their) )?(?:[\p{L}.’'-]+ ){0,3}?(?=(?:he|she|they|it|we|I|there) )", TextPatterns.WindowOptions)]
    private static partial Regex ToldHearer { get; }

    private static readonly HashSet<string> PostpositionCues = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "added", "adds", "told", "noted", "stressed", "warned", "explained", "wrote", "insisted", "announced", "confirmed", "stated", "declared", "reported", "emphasised", "emphasized" };
    [GeneratedRegex(@",\s(?:said|added|says)\s[^,]{2,80}$", TextPatterns.WindowOptions)]
    private static partial Regex TrailingAttribution { get; }
    /// <summary>"KYIV, May 26 (Reuters) -": a dateline opens an article's first paragraph, not a statement.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]{1,40},\s(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\s?)?(?:\([^()\n]{1,40}\)\s?)?(?:--|—|–|-)\s", TextPatterns.WindowOptions)]
    private static partial Regex Dateline { get; }
    /// <summary>"said that", "told reporters that", "told a news conference on Monday that": a short object may stand before "that".</summary>
    [GeneratedRegex(@"^\s*(?:(?:in|on|at|during|to)\s[^.;“""]{0,60}?\s|(?:[^\s,.;]+\s){0,3}?)that\s", TextPatterns.WindowOptions)]
    private static partial Regex ThatClause { get; }
    /// <summary>"said this in a meeting", "said so at a briefing": the object points back to a statement made before.</summary>
    [GeneratedRegex(@"^(?:this|so|it)\s(?:in|at|on|during|after|while|to|when)\s", TextPatterns.WindowOptions)]
    private static partial Regex AnaphoricObject { get; }
    [GeneratedRegex(@"\s(?:seen|obtained|published|released)\s.*$", TextPatterns.WindowOptions)]
    private static partial Regex SourceQualifier { get; }
    /// <summary>"according to ministry data": figures stand for the body that compiled them.</summary>
    [GeneratedRegex(@"\s(?:data|figures|estimates|statistics)$", TextPatterns.WindowOptions)]
    private static partial Regex DataNoun { get; }

    private readonly Lexicon _lexicon;
    private readonly PhraseMatcher<string> _cues;
    private readonly PhraseMatcher<string> _verbs;
    private readonly IReadOnlySet<string> _titleHeads;
    private readonly SpeakerFinder _speakers;
    private readonly PronounResolver _pronouns;
    private readonly Dictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> _markers;
    private readonly int _longestMarker;

    public ClaimBuilder(Lexicon lexicon)
    {
        var vocabulary = new ClaimVocabulary(lexicon);
        (_lexicon, _cues, _verbs, _titleHeads) = (lexicon, vocabulary.Cues, vocabulary.Verbs, vocabulary.TitleHeads);
        _speakers = new SpeakerFinder(vocabulary);
        _pronouns = _speakers.Pronouns;
        _markers = MarkerLookup(lexicon);
        _longestMarker = lexicon.Hedges.Concat(lexicon.Negations).Max(w => w.Length);
    }

    /// <summary>What a word of a claim marks: hedging ("may", "reportedly"), negation ("not", "never").</summary>
    [Flags]
    private enum Marker { None = 0, Hedge = 1, Negation = 2 }

    private static Dictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup(Lexicon lexicon)
    {
        var markers = new Dictionary<string, Marker>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in lexicon.Hedges) markers[word] = markers.GetValueOrDefault(word) | Marker.Hedge;
        foreach (var word in lexicon.Negations) markers[word] = markers.GetValueOrDefault(word) | Marker.Negation;
        return markers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var actors = new SpeakerRoster(document.Actors);
        var index = new SpeakerIndex(document.ActorMentions, new SpeakerGenders(_lexicon.GenderWords, document.Text));
        var claims = new List<ClaimDraft>();
        var unattributed = new List<Quotation>();
        FindQuotes(document, index, actors, claims, unattributed);
        FindReported(document, index, actors, claims);
        AttributeToPreviousClaim(document, unattributed, claims);

        var result = claims
            .OrderBy(c => c.Span.Start)
            .Select((c, i) => ToClaim(document, c, $"C{i + 1}"))
            .ToArray();
        return document with { Claims = result, Speakers = [.. actors.Added] };
    }

    private void FindQuotes(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, List<ClaimDraft> claims, List<Quotation> unattributed)
    {
        var text = doc.Text;
        ClaimDraft? previous = null;
        Quotation? claimedQuote = null;
        foreach (var quote in doc.Quotations)
        {
            if (claimedQuote is not null && InterruptedQuotation.Resumes(doc, claimedQuote, quote))
            {
                claimedQuote = quote;
                continue;
            }
            claimedQuote = null;
            var content = quote.Content;
            var paragraph = doc.Paragraphs[quote.Paragraph];
            var speakerWindow = new Span(quote.Outer.End, Math.Min(paragraph.End, quote.Outer.End + 90));
            // An unclosed quote ends where its attribution begins: "..., said Prime Minister X."
            if (quote.Outer.End == paragraph.End && TextPatterns.FirstMatch(TrailingAttribution, text.AsSpan(content.Start..content.End)) is { } trailing)
            {
                speakerWindow = new Span(content.Start + trailing.Index, content.End);
                content = new Span(content.Start, content.Start + trailing.Index);
            }
            var words = WordCount(text.AsSpan(content.Start..content.End));
            var sentenceIndex = doc.SentenceIndexAt(quote.Outer.Start);
            var sentence = sentenceIndex >= 0 ? doc.Sentences[sentenceIndex].Span : paragraph;
            var isPartial = quote.Outer.Start > sentence.Start + 2 && words < 6;

            var (speaker, cue) = _speakers.SpeakerAfter(doc, index, actors, speakerWindow);
            if (speaker is null)
                (speaker, cue) = _speakers.SpeakerBefore(doc, index, actors, new Span(Math.Max(sentence.Start, quote.Outer.Start - 300), quote.Outer.Start));
            var named = false;
            if (speaker is null && isPartial)
            {
                (speaker, cue) = NamingSpeaker(doc, index, actors, new Span(sentence.Start, quote.Outer.Start));
                named = speaker is not null;
            }
            if (speaker is null && !isPartial && previous is not null
                && Math.Abs(ParagraphOf(doc, previous.Span.Start) - quote.Paragraph) <= 1)
                (speaker, cue) = (previous.Speaker, previous.Cue);
            if (speaker is null && !isPartial && words >= 6) unattributed.Add(quote);
            if (speaker is null || (isPartial && words < 3 && !named)) continue;
            var draft = new ClaimDraft(speaker, ClaimKind.Quote, cue ?? "said", content, _lexicon.ReportingVerbs.GetValueOrDefault(cue ?? "", false));
            claims.Add(draft);
            previous = draft;
            claimedQuote = quote;
        }
    }

    private void FindReported(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, List<ClaimDraft> claims)
    {
        var text = doc.Text;
        var quoted = doc.Quotations.Select(q => q.Outer).OrderBy(q => q.Start).ToArray();
        var claimed = new bool[text.Length + 1];
        foreach (var c in claims) Array.Fill(claimed, true, c.Span.Start, c.Span.Length);
        bool Free(Span span) => Array.IndexOf(claimed, true, span.Start, span.Length) < 0;
        void Claim(ClaimDraft draft)
        {
            claims.Add(draft);
            Array.Fill(claimed, true, draft.Span.Start, draft.Span.Length);
        }

        foreach (var whole in doc.Sentences.Where(s => !IsHeadline(doc, s)).Select(s => s.Span))
        {
            // Each cue reads a bounded stretch of its sentence, so a megabyte-long "sentence" costs linear time.
            // A sentence-final cue ("..., she said.") is read first; the cues start at distinct places, so the order is total.
            var found = _cues.Find(doc.Words, whole);
            var cues = new List<(string Entry, Span Span, Span Local, int Rank)>(found.Count);
            for (var i = 0; i < found.Count; i++)
            {
                var (entry, at) = found[i];
                var around = whole.Around(at, ContextReach);
                // '"...," X said, adding that ...': the participle after the attribution is the speaker's next statement.
                if (InsideQuote(quoted, at) || (AttributesAQuote(text, quoted, around, at) && !IsParticipleAfterComma(text, entry, at, around)) || (IsInfinitiveOrPassive(text, at) && !IsPurposeInfinitive(text, entry, at))
                    || InsideAccordingToSource(text, found, i)) continue;
                cues.Add((entry, at, around, PostpositionCues.Contains(entry) && IsSentenceFinal(text, at, around) ? 0 : 1));
            }
            if (cues.Count > 1) cues.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Span.Start.CompareTo(b.Span.Start));
            foreach (var (cue, span, local, _) in cues)
            {
                if (!Free(span))
                {
                    if (NestedStatement(doc, index, actors, claims, cue, span) is { } nested) claims.Add(nested);
                    continue;
                }
                var draft = cue.Equals("according to", StringComparison.OrdinalIgnoreCase)
                    ? AccordingTo(doc, index, actors, local, span)
                    : Reported(doc, index, actors, local, cue, span, () => SpeakerBefore(claims, whole, span), speaker => PointBack(doc, claims, whole, speaker));
                if (draft is null || draft.Span.Length == 0) continue;
                if (!Free(draft.Span))
                {
                    // "Officials told Congress that ..., according to sources": the source reports the inner attribution too.
                    if (cue.Equals("according to", StringComparison.OrdinalIgnoreCase) && draft.Span.Start < span.Start && _verbs.Find(doc.Words, draft.Span).Count > 0)
                    {
                        claims.Add(draft);
                        Array.Fill(claimed, true, span.Start, span.Length);
                    }
                    continue;
                }
                if (IntroducesBlock(text, span, whole))
                {
                    foreach (var statement in StatementBlock(doc, draft, span)) if (Free(statement.Span)) Claim(statement);
                    continue;
                }
                Claim(draft);
            }
            if (Allegation(doc, index, actors, whole.Around(new Span(whole.Start, whole.Start), 2 * ContextReach)) is { } allegation && Free(allegation.Span)) Claim(allegation);
            if (DataSource(doc, index, actors, whole) is { } data && Free(data.Span)) Claim(data);
        }
    }

    /// <summary>How many paragraphs a statement introduced by "X said:" may run; a release returns to its own voice after it.</summary>
    private const int StatementParagraphs = 3;

    /// <summary>Each sentence of the paragraphs after "X said:" is the speaker's, until a heading or another introduction.</summary>
    private static IEnumerable<ClaimDraft> StatementBlock(AnalysisDocument doc, ClaimDraft intro, Span cue)
    {
        var first = doc.SentenceIndexAt(cue.Start);
        if (first < 0) yield break;
        var paragraph = doc.Sentences[first].Paragraph;
        bool? quoted = null;
        for (var i = first + 1; i < doc.Sentences.Count && doc.Sentences[i].Paragraph - paragraph <= StatementParagraphs; i++)
        {
            var span = SentenceSegmenter.Trim(doc.Text, doc.Sentences[i].Span);
            if (span.Length == 0) continue;
            // A statement given as quoted paragraphs ends where a paragraph opens without a quotation mark: the release's
            // own voice resumes ("X, the minister, welcomed the announcement.").
            if (i == 0 || doc.Sentences[i - 1].Paragraph != doc.Sentences[i].Paragraph)
            {
                var opensQuoted = doc.Text[span.Start] is '"' or '“';
                quoted ??= opensQuoted;
                if (quoted == true && !opensQuoted) yield break;
            }
            // A heading (no closing stop) or another "...:" ends the statement.
            if (doc.Text[span.End - 1] is not ('.' or '!' or '?' or '"' or '”')) yield break;
            yield return intro with { Kind = ClaimKind.Reported, Span = span with { End = doc.Text[span.End - 1] == '.' ? span.End - 1 : span.End } };
        }
    }

    /// <summary>A quotation standing alone as its paragraph, right after a reported statement ("..., X has announced." then
    /// "“...”"), continues that statement's speaker.</summary>
    private static void AttributeToPreviousClaim(AnalysisDocument doc, List<Quotation> unattributed, List<ClaimDraft> claims)
    {
        if (unattributed.Count == 0) return;
        var byEnd = claims.OrderBy(c => c.Span.End).ToArray();
        // A quotation already read as sentences of a statement block is not claimed twice.
        var claimed = new bool[doc.Text.Length + 1];
        foreach (var c in claims) Array.Fill(claimed, true, c.Span.Start, c.Span.Length);
        foreach (var quote in unattributed)
        {
            // The claim ending last before the quote, by binary search over claims sorted by end.
            int lo = 0, hi = byEnd.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (byEnd[mid].Span.End <= quote.Outer.Start) lo = mid + 1; else hi = mid;
            }
            var previous = lo > 0 ? byEnd[lo - 1] : null;
            if (previous is null || quote.Paragraph - ParagraphOf(doc, previous.Span.Start) is < 0 or > 1) continue;
            if (doc.Text.AsSpan(doc.Paragraphs[quote.Paragraph].Start..quote.Outer.Start).Trim().Length > 0
                || Array.IndexOf(claimed, true, quote.Content.Start, quote.Content.Length) >= 0) continue;
            claims.Add(previous with { Kind = ClaimKind.Quote, Span = quote.Content });
        }
    }

    /// <summary>How far either side of a cue its sentence is read; real sentences are shorter.</summary>
    private const int ContextReach = 600;

    private static bool InsideQuote(Span[] quoted, Span cue) =>
        LastQuoteStartingBefore(quoted, cue.Start) is { } q && q.Contains(cue);

    /// <summary>The last quotation (sorted by start, not overlapping) that starts at or before <paramref name="position"/>.</summary>
    private static Span? LastQuoteStartingBefore(Span[] quoted, int position)
    {
        int lo = 0, hi = quoted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quoted[mid].Start <= position) lo = mid + 1; else hi = mid;
        }
        return lo > 0 ? quoted[lo - 1] : null;
    }

    /// <summary>The hedge and negation words a phrase holds, read in one pass.</summary>
    private Marker MarkersIn(ReadOnlySpan<char> phrase)
    {
        var found = Marker.None;
        for (var i = 0; i < phrase.Length && found != (Marker.Hedge | Marker.Negation);)
        {
            while (i < phrase.Length && !IsWordChar(phrase[i])) i++;
            var start = i;
            while (i < phrase.Length && IsWordChar(phrase[i])) i++;
            if (i > start && i - start <= _longestMarker && _markers.TryGetValue(phrase[start..i], out var marker)) found |= marker;
        }
        return found;
    }

    /// <summary>The headline is the outlet's summary, not someone's statement.</summary>
    private static bool IsHeadline(AnalysisDocument doc, Sentence sentence) =>
        sentence.Paragraph == 0 && doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null;

    /// <summary>'"...," X said on Wednesday': a cue just after a quotation attributes that quotation, which is already a claim.</summary>
    private static bool AttributesAQuote(string text, Span[] quoted, Span sentence, Span cue) =>
        LastQuoteStartingBefore(quoted, cue.Start) is { } q && q.End <= cue.Start && q.End >= sentence.Start
        && WordCount(text.AsSpan(q.End..cue.Start)) <= 8 && !SentenceStop.HasStop(text.AsSpan(q.End..cue.Start));

    /// <summary>The speaker of the last claim made earlier in the same sentence, which a coordinated verb or participle continues.</summary>
    /// Only the most recent claims are read, so a document with thousands of claims stays linear.
    private static Speaker? SpeakerBefore(List<ClaimDraft> claims, Span sentence, Span cue) =>
        claims.Skip(Math.Max(0, claims.Count - RecentClaims))
            .Where(c => c.Span.Start >= sentence.Start && c.Span.Start < cue.Start).MaxBy(c => c.Span.Start)?.Speaker;

    /// <summary>How many of the latest claims are searched for a sentence's earlier speaker.</summary>
    private const int RecentClaims = 64;

    private ClaimDraft? Reported(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence, string cue, Span cueSpan, Func<Speaker?> earlier, Action<Speaker> pointBack)
    {
        var text = doc.Text;
        var hedgedCue = _lexicon.ReportingVerbs.GetValueOrDefault(cue, false);
        var beforeCue = new Span(sentence.Start, cueSpan.Start);
        // "..., the source said" / "..., said X": the statement comes first.
        if (PostpositionCues.Contains(cue) && IsSentenceFinal(text, cueSpan, sentence))
        {
            var comma = StatementComma(text, cueSpan, sentence);
            if (comma > sentence.Start)
            {
                var (speaker, _) = _speakers.SpeakerAfter(doc, index, actors, new Span(comma + 1, sentence.End));
                if (speaker is not null)
                    return Continued(text, new ClaimDraft(speaker, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue), cueSpan.End, sentence);
            }
        }
        // "80 billion will be needed, as noted in the financial plan": the source follows the cue.
        if (cue.StartsWith("as ", StringComparison.OrdinalIgnoreCase))
        {
            var source = text[cueSpan.End..sentence.End].Trim().TrimEnd('.');
            var comma = text.LastIndexOf(',', cueSpan.Start, cueSpan.Start - sentence.Start);
            if (source.Length == 0 || comma <= sentence.Start) return null;
            var named = SpeakerFinder.ActorIn(doc, index, new Span(cueSpan.End, sentence.End), headOnly: true);
            var who = named is null ? GroupPhrases.GroupSpeaker(actors, source.Length > 60 ? source[..60] : source) : new Speaker(named.Name, named.Id, named.Kind);
            return new ClaimDraft(who, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue);
        }
        // "X pledged aid on Monday, saying ...": a participle after a comma takes its clause's subject.
        // "X urged restraint and stressed ...": a second verb of the same subject.
        var subject = IsPurposeInfinitive(text, cue, cueSpan) ? PurposeSubject(doc, index, sentence, cueSpan)
            : IsParticipleAfterComma(text, cue, cueSpan, sentence) || FollowsAnd(text, cueSpan) || FollowsAlso(text, cueSpan)
            ? earlier() ?? _speakers.ClauseSubject(doc, index, new Span(sentence.Start, cueSpan.Start)) ?? _speakers.Subject(doc, index, actors, beforeCue)
            : _speakers.Subject(doc, index, actors, beforeCue);
        if (subject is null) return null;
        var contentStart = cueSpan.End;
        var rest = text[contentStart..sentence.End];
        var that = ThatClause.Match(rest);
        var stance = _lexicon.StanceVerbs.Contains(cue);
        // "pushed for firm assurances that ...": a stance verb's object noun, not the cue, governs the that-clause.
        if (that.Success && !(stance && ObjectBeforeThat(that.Value))) contentStart += that.Index + that.Length;
        // "told the conference he had spoken ...": the hearer is not the statement.
        else if (cue is "told" or "tells" && ToldHearer.Match(text, cueSpan.End, Math.Min(120, sentence.End - cueSpan.End)) is { Success: true } hearer)
            contentStart += hearer.Length;
        else if (cue is "told" or "tells" && HearerLength(rest) is > 0 and var audience) contentStart += audience;
        // "condemned the attack", "called it a lifeline": the stance verb with its object is the statement.
        else if (stance || rest.StartsWith(" to ", StringComparison.Ordinal)) contentStart = cueSpan.Start;
        var objectStart = contentStart == cueSpan.Start ? cueSpan.End : contentStart;
        var contentEnd = ClauseBoundary.EndOfStatement(text, new Span(contentStart, sentence.End), at => _cues.Find(doc.Words, new Span(at, sentence.End)));
        // "hailed the pledges, saying ..." / "urged X and stressed Y": the next verb of the subject starts its own statement.
        var next = _verbs.Find(doc.Words, new Span(cueSpan.End, contentEnd))
            .FirstOrDefault(c => c.Span.Start > contentStart + 5 && (FollowsAnd(text, c.Span) || FollowsComma(text, c) || FollowsAlso(text, c.Span)));
        if (next.Entry is not null)
            contentEnd = FollowsAnd(text, next.Span) ? next.Span.Start - 5
                : FollowsAlso(text, next.Span) ? next.Span.Start - 6
                : text.LastIndexOf(',', next.Span.Start - 1, next.Span.Start - contentStart);
        var content = SentenceSegmenter.Trim(text, new Span(contentStart, Math.Max(contentStart, contentEnd)));
        if (content.Length > 0 && text[content.End - 1] == '.') content = content with { End = content.End - 1 };
        // "declined to comment on the report" / "declined to say whether ...": the refusal with what it concerns is the
        // statement, up to the clause end.
        if (IsRefusal(cue))
            return new ClaimDraft(subject, ClaimKind.Reported, cue, RefusalObject.IsMatch(rest) ? new Span(cueSpan.Start, Math.Max(cueSpan.End, content.End)) : cueSpan, hedgedCue);
        var objectText = text[Math.Min(objectStart, content.End)..content.End].Trim();
        // "declared a state of emergency": a declaration that changes a state (Searle's declaratives) is an act, not a statement.
        if (cue.StartsWith("declare", StringComparison.OrdinalIgnoreCase) && TextPatterns.FirstMatch(DeclaredState, objectText) is not null) return null;
        if (TextPatterns.FirstMatch(AnaphoricObject, objectText) is not null)
        {
            pointBack(subject);
            return null;
        }
        // "the commitment the minister announced in Kyiv in May": only an adjunct follows the cue; the statement is elsewhere.
        // A stance verb's object may follow a short adjunct ("expressed on Monday its deep concern"), so only a shorter one counts there.
        if (AdjunctObject.IsOnlyAdjunct(objectText, stance ? 5 : 8)) return null;
        // "the agency announced Thursday": a time word after the cue is no statement.
        if (WordCount(objectText) <= 2 && objectText.Length > 0
            && (stance ? _lexicon.ClauseOpeners.Contains(LastWords(objectText, 2)[0]) : char.IsUpper(objectText[0]))) return null;
        if (content.Length == 0) content = cueSpan;
        return new ClaimDraft(subject, ClaimKind.Reported, cue, content, hedgedCue);
    }

    /// <summary>What a declaration puts in force: "a state of emergency", "a national disaster", "a curfew".</summary>
    [GeneratedRegex(@"^(?:an?|the)\s(?:[\p{L}\p{N}-]+\s){0,2}?(?:state\sof|emergency|disaster|curfew)\b", TextPatterns.WindowOptions | RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredState { get; }

    /// <summary>"declined to comment", "refused to say", "did not respond to a request for comment".</summary>
    private static bool IsRefusal(string cue) =>
        cue.Contains("comment", StringComparison.Ordinal) || cue.StartsWith("decline", StringComparison.Ordinal) || cue.StartsWith("refuse", StringComparison.Ordinal);

    /// <summary>What a refusal concerns: "on the report", "about the talks", "whether the cranes were damaged".</summary>
    [GeneratedRegex(@"^\s(?:on|about|whether|if|how|why|what|who)\s", TextPatterns.WindowOptions)]
    private static partial Regex RefusalObject { get; }

    /// <summary>" firm assurances that ": words other than an adjunct ("on Monday", "today") stand between the cue and "that".</summary>
    private bool ObjectBeforeThat(string thatMatch)
    {
        var words = LastWords(thatMatch, 5);
        if (words.Count < 2) return false;
        var first = words[0];
        return first is not ("in" or "on" or "at" or "during" or "to")
            && !_lexicon.ClauseOpeners.Contains(char.ToUpperInvariant(first[0]) + first[1..]);
    }

    private ClaimDraft? AccordingTo(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence, Span cueSpan)
    {
        var text = doc.Text;
        // The sentence ends the source where no comma does; a period inside it closes an abbreviation ("U.N. estimates").
        var sourceEnd = text.IndexOfAny([',', ';'], cueSpan.End, sentence.End - cueSpan.End);
        if (sourceEnd < 0) sourceEnd = sentence.End;
        var source = new Span(cueSpan.End, sourceEnd);
        var phrase = WithoutFinalStop(text[source.Start..source.End].Trim());
        // "According to the release, the director said that ...": the inner speaker's statement, not the document's.
        if (cueSpan.Start - sentence.Start <= 3 && _verbs.Find(doc.Words, new Span(sourceEnd, Math.Min(sentence.End, sourceEnd + 80))).Count > 0) return null;
        // "According to him, ...": an object pronoun points back to a speaker named before, like "he said".
        var head = SourceHead(doc, index, source);
        var named = head is null && cueSpan.Start - sentence.Start <= 3 ? NamedAfterDescription(doc, index, phrase, sourceEnd, sentence) : null;
        var speaker = phrase is "him" or "her" or "them" ? _pronouns.ResolvePronoun(doc, index, phrase switch { "him" => "he", "her" => "she", _ => "they" }, cueSpan.Start)
            : (head ?? named?.Person) is { } actor ? new Speaker(actor.Name, actor.Id, actor.Kind)
            : GroupPhrases.GroupSpeaker(actors, DataNoun.Replace(SourceQualifier.Replace(phrase, ""), ""));
        if (speaker is null) return null;
        var content = cueSpan.Start - sentence.Start > 3
            ? SentenceSegmenter.Trim(text, new Span(sentence.Start, cueSpan.Start))
            : SentenceSegmenter.Trim(text, new Span(named?.After ?? AfterApposition(text, sourceEnd + 1, sentence.End), sentence.End));
        if (content.Length > 0 && text[content.End - 1] is ',' or '.') content = content with { End = content.End - 1 };
        if (content.Length == 0) return null;
        var draft = new ClaimDraft(speaker, ClaimKind.Reported, "according to", content, false);
        return cueSpan.Start - sentence.Start > 3 && cueSpan.Start > 1 && text[cueSpan.Start - 2] == ','
            ? Continued(text, draft, cueSpan.End, sentence)
            : draft;
    }

    /// <summary>"the ministry." without the stop that ends the sentence; "U.N." keeps the period of its abbreviation.</summary>
    private static string WithoutFinalStop(string phrase) =>
        phrase.EndsWith('.') && SentenceStop.HasStop(phrase.AsSpan(phrase.LastIndexOf(' ') + 1)) ? phrase[..^1] : phrase;

    /// <summary>"according to government estimates": a cue word in the source of a nearby "according to" is a noun of that source.
    /// Only the cues just before it are read (they are in text order), so a long sentence stays linear.</summary>
    private static bool InsideAccordingToSource(string text, List<(string Entry, Span Span)> cues, int cue)
    {
        var at = cues[cue].Span.Start;
        for (var i = cue - 1; i >= 0 && at - cues[i].Span.End <= AccordingToSourceReach; i--)
        {
            var (entry, span) = cues[i];
            if (span.End <= at && entry.Equals("according to", StringComparison.OrdinalIgnoreCase)
                && text.AsSpan(span.End..at).IndexOfAny(',', ';') < 0 && !SentenceStop.HasStop(text.AsSpan(span.End..at)))
                return true;
        }
        return false;
    }

    /// <summary>How far after "according to" a cue word may still be a noun of its source ("according to U.N. estimates").</summary>
    private const int AccordingToSourceReach = 40;

    /// <summary>"According to X, the agency's director, the convoy left": the apposition after the source is not the statement.</summary>
    private static int AfterApposition(string text, int start, int end)
    {
        if (start >= end) return start;
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        if (comma < 0) return start;
        var phrase = text[start..comma];
        var words = LastWords(phrase, 9);
        return words.Count is > 0 and <= 8 && words[0] is "the" or "a" or "an" or "its" or "his" or "her" or "their" && !FiniteVerb.In(phrase) ? comma + 1 : start;
    }

    private static int ParagraphOf(AnalysisDocument doc, int offset) =>
        doc.SentenceIndexAt(offset) is var i and >= 0 ? doc.Sentences[i].Paragraph : -1;

    /// <summary>The claim without the figures and items it mentions: <see cref="ClaimLinks"/> adds those when the analysis is
    /// read, so that this stage needs neither layer and runs beside the funding frame.</summary>
    private Claim ToClaim(AnalysisDocument doc, ClaimDraft initial, string id)
    {
        var draft = initial;
        while (draft.Span.Length > 1 && doc.Text[draft.Span.End - 1] is ',' or ';' or ':' or ' ')
            draft = draft with { Span = draft.Span with { End = draft.Span.End - 1 } };
        if (TextPatterns.FirstMatch(Dateline, doc.Text.AsSpan(draft.Span.Start..draft.Span.End)) is { } dateline)
            draft = draft with { Span = draft.Span with { Start = draft.Span.Start + dateline.Length } };
        var text = doc.Text[draft.Span.Start..draft.Span.End];
        var markers = MarkersIn(text);
        var hedged = draft.HedgedCue || markers.HasFlag(Marker.Hedge);
        var negated = markers.HasFlag(Marker.Negation) || text.Contains("n’t", StringComparison.Ordinal) || draft.Cue.Contains("declined", StringComparison.Ordinal);
        return new Claim(id, draft.Speaker.Name, draft.Speaker.ActorId, draft.Speaker.Kind, draft.Kind, draft.Cue, text, draft.Span, hedged, negated, [], []);
    }

}
