using System.Text.RegularExpressions;
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
/// speakers ("the source", "Analysts") become group actors.
/// </summary>
public sealed partial class ClaimBuilder(Lexicon lexicon) : IPipelineStage
{
    /// <summary>"told the conference " / "told reporters " before a clause opened by a pronoun: the hearer, read on a short window.</summary>
    [GeneratedRegex(@"\G (?:(?:the|a|an|his|her|their) )?(?:[\p{L}.’'-]+ ){0,3}?(?=(?:he|she|they|it|we|I|there) )", TextPatterns.WindowOptions)]
    private static partial Regex ToldHearer { get; }

    private static readonly HashSet<string> PostpositionCues = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "added", "adds", "told", "noted", "stressed", "warned", "explained", "wrote", "insisted", "announced", "confirmed", "stated", "declared", "reported", "emphasised", "emphasized" };
    private static readonly Regex TrailingAttribution = TextPatterns.Create(@",\s(?:said|added|says)\s[^,]{2,80}$");
    private static readonly Regex Pronoun = TextPatterns.Create(@"\b(?<p>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)$");
    private static readonly Regex RelativeWho = TextPatterns.Create(@",\s(?:who|which)\s[^,]{0,80}$");
    /// <summary>"X, a fellow at Y, pointed out" / "X, for its part, has vowed": an apposition or aside between subject and verb.</summary>
    private static readonly Regex Apposition = TextPatterns.Create(@",\s[^,]{3,120},\s?(?:(?:has|have|had|also|is|was|will|would)\s?){0,2}$");
    private static readonly Regex AllegationNoun = TextPatterns.Create(@"(?:’s\s|'s\s|\s)(?<noun>allegations|accusations|claims|assertions|warnings)\sthat\s");
    private static readonly Regex SpokesmanOf = TextPatterns.Create(@"\b(?<p>his|her)\s(?:chief\s|deputy\s)?(?:spokesman|spokeswoman|spokesperson)\b");
    /// <summary>"The Secretary added", "the UN aid chief said", "the prime minister also announced": a title
    /// (possibly after a few modifiers, and before an adverb) standing for the person who holds it.</summary>
    private static readonly Regex TitleAnaphor = TextPatterns.Create(@"\b[Tt]he\s(?<title>(?:[\p{L}.-]+\s){0,3}(?<head>[\p{L}-]+))\s*$");
    private static readonly Regex TrailingAdverb = TextPatterns.Create(@"\s(?:also|later|earlier|yesterday|today|then|further|again|however|previously)\s*$");
    /// <summary>"KYIV, May 26 (Reuters) -": a dateline opens an article's first paragraph, not a statement.</summary>
    private static readonly Regex Dateline = TextPatterns.Create(@"^\p{Lu}[\p{L} .'’-]{1,40},\s(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\s?)?(?:\([^()\n]{1,40}\)\s?)?(?:--|—|–|-)\s");
    /// <summary>"said that", "told reporters that", "told a news conference on Monday that": a short object may stand before "that".</summary>
    private static readonly Regex ThatClause = TextPatterns.Create(@"^\s*(?:(?:in|on|at|during|to)\s[^.;“""]{0,60}?\s|(?:[^\s,.;]+\s){0,3}?)that\s");
    /// <summary>"said this in a meeting", "said so at a briefing": the object points back to a statement made before.</summary>
    private static readonly Regex AnaphoricObject = TextPatterns.Create(@"^(?:this|so|it)\s(?:in|at|on|during|after|while|to|when)\s");
    /// <summary>", while Germany said ...": a contrasting clause with its own speaker ends the statement before it.</summary>
    private static readonly Regex ContrastClause = TextPatterns.Create(@"(?:,\s(?:while|whereas)\s|;\s)");
    private static readonly Regex SourceQualifier = TextPatterns.Create(@"\s(?:seen|obtained|published|released)\s.*$");

    private readonly PhraseMatcher<string> _cues = new(lexicon.ReportingVerbs.Keys.Append("according to"), v => v);
    private readonly PhraseMatcher<string> _verbs = new(lexicon.ReportingVerbs.Keys, v => v);
    private readonly Dictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> _markers = MarkerLookup(lexicon);
    private readonly int _longestMarker = lexicon.Hedges.Concat(lexicon.Negations).Max(w => w.Length);
    /// <summary>Last words of the lexicon's titles ("minister", "secretary", "chief"), case-insensitively.</summary>
    private readonly HashSet<string> _titleHeads = lexicon.Titles.Select(t => LastWords(t, 1)).Where(w => w.Count == 1 && w[0].Length > 3).Select(w => w[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

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
        var actors = document.Actors.ToList();
        var index = new ActorMentionIndex(document.Actors);
        var claims = new List<ClaimDraft>();
        var unattributed = new List<Quotation>();
        FindQuotes(document, index, actors, claims, unattributed);
        FindReported(document, index, actors, claims);
        AttributeToPreviousClaim(document, unattributed, claims);

        var result = claims
            .OrderBy(c => c.Span.Start)
            .Select((c, i) => ToClaim(document, c, $"C{i + 1}"))
            .ToArray();
        return document with { Actors = actors, Claims = result };
    }

    private void FindQuotes(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, List<ClaimDraft> claims, List<Quotation> unattributed)
    {
        var text = doc.Text;
        ClaimDraft? previous = null;
        foreach (var quote in doc.Quotations)
        {
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

            var (speaker, cue) = SpeakerAfter(doc, index, actors, speakerWindow);
            if (speaker is null)
                (speaker, cue) = SpeakerBefore(doc, index, actors, new Span(Math.Max(sentence.Start, quote.Outer.Start - 300), quote.Outer.Start));
            if (speaker is null && !isPartial && previous is not null
                && Math.Abs(ParagraphOf(doc, previous.Span.Start) - quote.Paragraph) <= 1)
                (speaker, cue) = (previous.Speaker, previous.Cue);
            if (speaker is null && !isPartial && words >= 6) unattributed.Add(quote);
            if (speaker is null || (isPartial && words < 3)) continue;
            var draft = new ClaimDraft(speaker, ClaimKind.Quote, cue ?? "said", content, lexicon.ReportingVerbs.GetValueOrDefault(cue ?? "", false));
            claims.Add(draft);
            previous = draft;
        }
    }

    private void FindReported(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, List<ClaimDraft> claims)
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
            var cues = _cues.Find(doc.Words, whole)
                .Select(c => (c.Entry, c.Span, Local: whole.Around(c.Span, ContextReach)))
                .Where(c => !InsideQuote(quoted, c.Span) && !AttributesAQuote(text, quoted, c.Local, c.Span) && !IsInfinitiveOrPassive(text, c.Span))
                .OrderBy(c => PostpositionCues.Contains(c.Entry) && IsSentenceFinal(text, c.Span, c.Local) ? 0 : 1)
                .ThenBy(c => c.Span.Start)
                .ToList();
            foreach (var (cue, span, local) in cues)
            {
                if (!Free(span)) continue;
                var draft = cue.Equals("according to", StringComparison.OrdinalIgnoreCase)
                    ? AccordingTo(doc, index, actors, local, span)
                    : Reported(doc, index, actors, local, cue, span, SpeakerBefore(claims, whole, span));
                if (draft is null || draft.Span.Length == 0 || !Free(draft.Span)) continue;
                if (IntroducesBlock(text, span, whole))
                {
                    foreach (var statement in StatementBlock(doc, draft, span)) if (Free(statement.Span)) Claim(statement);
                    continue;
                }
                Claim(draft);
            }
            if (Allegation(doc, actors, whole.Around(new Span(whole.Start, whole.Start), 2 * ContextReach)) is { } allegation && Free(allegation.Span)) Claim(allegation);
        }
    }

    /// <summary>"the first to announce their pledges" (an infinitive), "reported by", "writing by X" (a passive or a
    /// credit line): the cue does not attribute a statement to its subject.</summary>
    private static bool IsInfinitiveOrPassive(string text, Span cue)
    {
        var position = cue.Start;
        if (StateSalience.PreviousWord(text, ref position) is "to") return true;
        return text.AsSpan(cue.End..Math.Min(text.Length, cue.End + 4)).StartsWith(" by ");
    }

    /// <summary>"Foreign Secretary X said:" closing its paragraph: a release's statement follows, unquoted.</summary>
    private static bool IntroducesBlock(string text, Span cue, Span sentence) =>
        text.AsSpan(cue.End..sentence.End).Trim() is ":" && text.AsSpan(cue.End..).TrimStart(" :").StartsWith("\n");

    /// <summary>How many paragraphs a statement introduced by "X said:" may run; a release returns to its own voice after it.</summary>
    private const int StatementParagraphs = 3;

    /// <summary>Each sentence of the paragraphs after "X said:" is the speaker's, until a heading or another introduction.</summary>
    private static IEnumerable<ClaimDraft> StatementBlock(AnalysisDocument doc, ClaimDraft intro, Span cue)
    {
        var first = doc.SentenceIndexAt(cue.Start);
        if (first < 0) yield break;
        var paragraph = doc.Sentences[first].Paragraph;
        for (var i = first + 1; i < doc.Sentences.Count && doc.Sentences[i].Paragraph - paragraph <= StatementParagraphs; i++)
        {
            var span = SentenceSegmenter.Trim(doc.Text, doc.Sentences[i].Span);
            if (span.Length == 0) continue;
            // A heading (no closing stop) or another "...:" ends the statement.
            if (doc.Text[span.End - 1] is not ('.' or '!' or '?' or '"' or '”')) yield break;
            yield return intro with { Kind = ClaimKind.Reported, Span = span with { End = doc.Text[span.End - 1] == '.' ? span.End - 1 : span.End } };
        }
    }

    /// <summary>A quotation standing alone as its paragraph, right after a reported statement ("..., X has announced." then
    /// "“...”"), continues that statement's speaker.</summary>
    private static void AttributeToPreviousClaim(AnalysisDocument doc, List<Quotation> unattributed, List<ClaimDraft> claims)
    {
        foreach (var quote in unattributed)
        {
            var previous = claims.Where(c => c.Span.End <= quote.Outer.Start).MaxBy(c => c.Span.End);
            if (previous is null || quote.Paragraph - ParagraphOf(doc, previous.Span.Start) is < 0 or > 1) continue;
            if (doc.Text.AsSpan(doc.Paragraphs[quote.Paragraph].Start..quote.Outer.Start).Trim().Length > 0) continue;
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

    /// <summary>A word of a claim: letters, digits, apostrophes and hyphens.</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '’' or '\'' or '-';

    /// <summary>The last <paramref name="count"/> words (letters, digits, apostrophes, hyphens) of a phrase, in order,
    /// read backwards so a long phrase is not split whole.</summary>
    private static List<string> LastWords(string phrase, int count)
    {
        var words = new List<string>();
        for (var i = phrase.Length; i > 0 && words.Count < count;)
        {
            while (i > 0 && !IsWordChar(phrase[i - 1])) i--;
            var end = i;
            while (i > 0 && IsWordChar(phrase[i - 1])) i--;
            if (end > i) words.Add(phrase[i..end]);
        }
        words.Reverse();
        return words;
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

    private static int WordCount(ReadOnlySpan<char> phrase)
    {
        var count = 0;
        for (var i = 0; i < phrase.Length;)
        {
            while (i < phrase.Length && !IsWordChar(phrase[i])) i++;
            if (i < phrase.Length) count++;
            while (i < phrase.Length && IsWordChar(phrase[i])) i++;
        }
        return count;
    }

    /// <summary>The headline is the outlet's summary, not someone's statement.</summary>
    private static bool IsHeadline(AnalysisDocument doc, Sentence sentence) =>
        sentence.Paragraph == 0 && doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null;

    /// <summary>'"...," X said on Wednesday': a cue just after a quotation attributes that quotation, which is already a claim.</summary>
    private static bool AttributesAQuote(string text, Span[] quoted, Span sentence, Span cue) =>
        LastQuoteStartingBefore(quoted, cue.Start) is { } q && q.End <= cue.Start && q.End >= sentence.Start
        && WordCount(text.AsSpan(q.End..cue.Start)) <= 8 && !text.AsSpan(q.End..cue.Start).Contains('.');

    /// <summary>"Israeli allegations that ...", "Russia’s claims that ...": the state behind the demonym or possessive asserts.</summary>
    private ClaimDraft? Allegation(AnalysisDocument doc, List<Actor> actors, Span sentence)
    {
        var text = doc.Text;
        if (!text.AsSpan(sentence.Start, sentence.Length).Contains("that", StringComparison.Ordinal)) return null;
        var m = AllegationNoun.Match(text, sentence.Start, sentence.Length);
        if (!m.Success) return null;
        var owner = doc.Entities.LastOrDefault(e => e.Type is MentionType.Demonym or MentionType.Country && e.Span.End <= m.Index && m.Index - e.Span.End <= 3);
        if (owner is null) return null;
        var actor = actors.FirstOrDefault(a => a.Kind == ActorKind.Country && a.Name == owner.Canonical);
        var speaker = actor is null ? GroupSpeaker(actors, owner.Canonical) : new Speaker(actor.Name, actor.Id, actor.Kind);
        var content = SentenceSegmenter.Trim(text, new Span(m.Index + m.Length, sentence.End));
        if (content.Length > 0 && text[content.End - 1] == '.') content = content with { End = content.End - 1 };
        return content.Length == 0 ? null : new ClaimDraft(speaker, ClaimKind.Reported, m.Groups["noun"].Value, content, true);
    }

    /// <summary>The speaker of the last claim made earlier in the same sentence, which a coordinated verb or participle continues.</summary>
    private static Speaker? SpeakerBefore(List<ClaimDraft> claims, Span sentence, Span cue) =>
        claims.Where(c => c.Span.Start >= sentence.Start && c.Span.Start < cue.Start).MaxBy(c => c.Span.Start)?.Speaker;

    private ClaimDraft? Reported(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span sentence, string cue, Span cueSpan, Speaker? earlier)
    {
        var text = doc.Text;
        var hedgedCue = lexicon.ReportingVerbs.GetValueOrDefault(cue, false);
        var beforeCue = new Span(sentence.Start, cueSpan.Start);
        // "..., the source said" / "..., said X": the statement comes first.
        if (PostpositionCues.Contains(cue) && IsSentenceFinal(text, cueSpan, sentence))
        {
            var comma = text.LastIndexOf(',', cueSpan.Start, cueSpan.Start - sentence.Start);
            if (comma > sentence.Start)
            {
                var (speaker, _) = SpeakerAfter(doc, index, actors, new Span(comma + 1, sentence.End));
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
            var named = ActorIn(doc, index, new Span(cueSpan.End, sentence.End), headOnly: true);
            var who = named is null ? GroupSpeaker(actors, source.Length > 60 ? source[..60] : source) : new Speaker(named.Name, named.Id, named.Kind);
            return new ClaimDraft(who, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue);
        }
        // "X pledged aid on Monday, saying ...": a participle after a comma takes its clause's subject.
        // "X urged restraint and stressed ...": a second verb of the same subject.
        var subject = IsParticipleAfterComma(text, cue, cueSpan, sentence) || FollowsAnd(text, cueSpan) || FollowsAlso(text, cueSpan)
            ? earlier ?? ClauseSubject(doc, index, actors, new Span(sentence.Start, cueSpan.Start)) ?? Subject(doc, index, actors, beforeCue)
            : Subject(doc, index, actors, beforeCue);
        if (subject is null) return null;
        var contentStart = cueSpan.End;
        var rest = text[contentStart..sentence.End];
        var that = ThatClause.Match(rest);
        if (that.Success) contentStart += that.Index + that.Length;
        // "told the conference he had spoken ...": the hearer is not the statement.
        else if (cue is "told" or "tells" && ToldHearer.Match(text, cueSpan.End, Math.Min(120, sentence.End - cueSpan.End)) is { Success: true } hearer)
            contentStart += hearer.Length;
        // "condemned the attack", "called it a lifeline": the stance verb with its object is the statement.
        else if (lexicon.StanceVerbs.Contains(cue) || rest.StartsWith(" to ", StringComparison.Ordinal)) contentStart = cueSpan.Start;
        var contentEnd = sentence.End;
        if (TextPatterns.FirstMatch(ContrastClause, text.AsSpan(contentStart..sentence.End)) is { } contrast
            && _cues.Find(doc.Words, new Span(contentStart + contrast.Index, sentence.End)).Count > 0)
            contentEnd = contentStart + contrast.Index;
        // "hailed the pledges, saying ..." / "urged X and stressed Y": the next verb of the subject starts its own statement.
        var next = _verbs.Find(doc.Words, new Span(cueSpan.End, contentEnd))
            .FirstOrDefault(c => c.Span.Start > contentStart + 5 && (FollowsAnd(text, c.Span) || FollowsComma(text, c) || FollowsAlso(text, c.Span)));
        if (next.Entry is not null)
            contentEnd = FollowsAnd(text, next.Span) ? next.Span.Start - 5
                : FollowsAlso(text, next.Span) ? next.Span.Start - 6
                : text.LastIndexOf(',', next.Span.Start - 1, next.Span.Start - contentStart);
        var content = SentenceSegmenter.Trim(text, new Span(contentStart, Math.Max(contentStart, contentEnd)));
        if (content.Length > 0 && text[content.End - 1] == '.') content = content with { End = content.End - 1 };
        if (TextPatterns.FirstMatch(AnaphoricObject, text.AsSpan(content.Start..content.End)) is not null) return null;
        // "the commitment the minister announced in Kyiv in May": only an adjunct follows the cue; the statement is elsewhere.
        if (LastWords(text[content.Start..Math.Min(content.End, content.Start + 20)], 20) is [var first, ..] && first is "in" or "on" or "at" or "during"
            && WordCount(text.AsSpan(content.Start..content.End)) <= 8 && !lexicon.StanceVerbs.Contains(cue)) return null;
        // "the agency announced Thursday": a time word after the cue is no statement.
        if (WordCount(text.AsSpan(content.Start..content.End)) <= 2 && content.Length > 0 && char.IsUpper(text[content.Start]) && !lexicon.StanceVerbs.Contains(cue)) return null;
        if (content.Length == 0 || cue.Contains("comment", StringComparison.Ordinal)) content = cueSpan;
        return new ClaimDraft(subject, ClaimKind.Reported, cue, content, hedgedCue);
    }

    private ClaimDraft? AccordingTo(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span sentence, Span cueSpan)
    {
        var text = doc.Text;
        var sourceEnd = text.IndexOfAny([',', '.', ';'], cueSpan.End, sentence.End - cueSpan.End);
        if (sourceEnd < 0) sourceEnd = sentence.End;
        var source = new Span(cueSpan.End, sourceEnd);
        var phrase = text[source.Start..source.End].Trim();
        // "According to the release, the director said that ...": the inner speaker's statement, not the document's.
        if (cueSpan.Start - sentence.Start <= 3 && _verbs.Find(doc.Words, new Span(sourceEnd, Math.Min(sentence.End, sourceEnd + 80))).Count > 0) return null;
        var speaker = ActorIn(doc, index, source, headOnly: true) is { } actor
            ? new Speaker(actor.Name, actor.Id, actor.Kind)
            : GroupSpeaker(actors, SourceQualifier.Replace(phrase, ""));
        var content = cueSpan.Start - sentence.Start > 3
            ? SentenceSegmenter.Trim(text, new Span(sentence.Start, cueSpan.Start))
            : SentenceSegmenter.Trim(text, new Span(sourceEnd + 1, sentence.End));
        if (content.Length > 0 && text[content.End - 1] is ',' or '.') content = content with { End = content.End - 1 };
        if (content.Length == 0) return null;
        var draft = new ClaimDraft(speaker, ClaimKind.Reported, "according to", content, false);
        return cueSpan.Start - sentence.Start > 3 && cueSpan.Start > 1 && text[cueSpan.Start - 2] == ','
            ? Continued(text, draft, cueSpan.End, sentence)
            : draft;
    }

    /// <summary>"The money, he said, will arrive in May" / "The aid, according to the ministry, is late":
    /// an attribution inside the sentence; the statement goes on after it (the claim's span, and so its text, keeps the attribution
    /// inside, since every row's text is the text at its span).</summary>
    private static ClaimDraft Continued(string text, ClaimDraft draft, int cueEnd, Span sentence)
    {
        var closing = text.IndexOf(',', cueEnd, sentence.End - cueEnd);
        if (closing < 0 || WordCount(text.AsSpan(cueEnd..closing)) > 6) return draft;
        var rest = SentenceSegmenter.Trim(text, new Span(closing + 1, sentence.End));
        if (rest.Length > 0 && text[rest.End - 1] == '.') rest = rest with { End = rest.End - 1 };
        var words = LastWords(text[rest.Start..Math.Min(rest.End, rest.Start + 200)], 200);
        if (words.Count < 3 || !char.IsLower(words[0][0]) || ContinuationBlockers.Contains(words[0])) return draft;
        return draft with { Span = new Span(draft.Span.Start, rest.End) };
    }

    /// <summary>First words after ", said X," that start an apposition or an adjunct about the speaker, not the rest of the statement.</summary>
    private static readonly HashSet<string> ContinuationBlockers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "who", "which", "whose", "in", "at", "on", "during", "after", "before",
        "when", "while", "according", "adding", "saying", "citing", "noting", "referring", "speaking", "as", "and", "but", "from", "to", "with", "for",
    };

    /// <summary>"..., saying": a participle cue right after a comma.</summary>
    private static bool FollowsComma(string text, (string Entry, Span Span) cue) =>
        cue.Entry.Split(' ')[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cue.Span.Start >= 2 && text.AsSpan(cue.Span.Start - 2, 2) is ", ";

    /// <summary>"X, who disclosed that ..., also said": the main verb after a relative clause, or a second statement.</summary>
    private static bool FollowsAlso(string text, Span cue) =>
        cue.Start >= 6 && text.AsSpan(cue.Start - 6, 6) is " also " or ",also ";

    /// <summary>"... and stressed": a verb coordinated with an earlier one.</summary>
    private static bool FollowsAnd(string text, Span cue) =>
        cue.Start >= 5 && text.AsSpan(cue.Start - 5, 5) is " and ";

    /// <summary>", saying", "for suggesting", "after stressing": a participle or gerund whose subject is its clause's.</summary>
    private static bool IsParticipleAfterComma(string text, string cue, Span cueSpan, Span sentence)
    {
        if (!cue.Split(' ')[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        if (text.AsSpan(sentence.Start..cueSpan.Start).TrimEnd().EndsWith(",")) return true;
        var position = cueSpan.Start;
        return StateSalience.PreviousWord(text, ref position) is "for" or "by" or "after" or "while" or "when" or "before";
    }

    /// <summary>The subject of the clause a participle hangs on: the actor or pronoun that opens it
    /// ("The ministry pledged ..., saying"; "She thanked donors, stressing").</summary>
    private Speaker? ClauseSubject(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span clause)
    {
        var text = doc.Text;
        // "UN Secretary-General X hailed ...": among the opening words, a person before the body they speak for.
        var first = index.Within(new Span(clause.Start, Math.Min(clause.End, clause.Start + 120)))
            .Where(m => WordCount(text.AsSpan(clause.Start..m.Span.Start)) <= 5 && !IsAfterPreposition(text, m.Span)
                && !text.AsSpan(clause.Start..m.Span.Start).Contains(','))
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start)
            .FirstOrDefault();
        if (first.Actor is not null) return new Speaker(first.Actor.Name, first.Actor.Id, first.Actor.Kind);
        var opening = LastWords(text[clause.Start..Math.Min(clause.End, clause.Start + 40)], 40);
        return opening.Count > 0 && opening[0] is "He" or "She" or "They" or "It" or "We" or "I"
            ? ResolvePronoun(doc, opening[0], clause.Start)
            : null;
    }

    /// <summary>The speaker after a quote or a final "said": "..." Doo said / said Prime Minister X / he said.</summary>
    private (Speaker? Speaker, string? Cue) SpeakerAfter(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span window)
    {
        var text = doc.Text;
        // The attribution runs to the end of its sentence or the next quotation ("U.S." has periods too).
        var sentenceIndex = doc.SentenceIndexAt(window.Start);
        if (sentenceIndex >= 0) window = window with { End = Math.Min(window.End, doc.Sentences[sentenceIndex].Span.End) };
        var stop = text.IndexOfAny(['“', '"', '‘', '\n'], window.Start, window.Length);
        if (stop > window.Start) window = window with { End = stop };
        var cue = _verbs.Find(doc.Words, window).FirstOrDefault();
        if (cue.Entry is null || cue.Span.Start - window.Start > 120) return (null, null);
        var before = new Span(window.Start, cue.Span.Start);
        if (ActorIn(doc, index, before, headOnly: false) is { } a) return (new Speaker(a.Name, a.Id, a.Kind), cue.Entry);
        var pronoun = Pronoun.Match(text[before.Start..before.End].TrimEnd());
        if (pronoun.Success) return (ResolvePronoun(doc, pronoun.Groups["p"].Value, before.Start), cue.Entry);
        var after = new Span(cue.Span.End, window.End);
        if (ActorIn(doc, index, after, headOnly: false) is { } b) return (new Speaker(b.Name, b.Id, b.Kind), cue.Entry);
        // "..., says the Minister of Finance": the person named with that title, just before or after.
        if (TitleAfter(doc, text[after.Start..after.End], after.Start) is { } titled) return (titled, cue.Entry);
        // "..., said his spokesman": a spokesman speaks for the person "his" points to.
        if (SpokesmanOf.Match(text[after.Start..after.End]) is { Success: true } spokesman)
            return (ResolvePronoun(doc, spokesman.Groups["p"].Value == "his" ? "he" : "she", window.Start), cue.Entry);
        var group = GroupPhrase(text[before.Start..before.End]) ?? GroupPhrase(text[after.Start..after.End]);
        return group is null ? (null, null) : (GroupSpeaker(actors, group), cue.Entry);
    }

    /// <summary>The speaker before a quote: X said: "..." / X went on to say that "...".</summary>
    private (Speaker? Speaker, string? Cue) SpeakerBefore(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span window)
    {
        var cue = _verbs.Find(doc.Words, window).LastOrDefault();
        if (cue.Entry is null || window.End - cue.Span.End > 12) return (null, null);
        var speaker = Subject(doc, index, actors, new Span(window.Start, cue.Span.Start));
        return speaker is null ? (null, null) : (speaker, cue.Entry);
    }

    /// <summary>The subject right before a cue: an actor, a pronoun or a group ("Analysts").</summary>
    private Speaker? Subject(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span beforeCue)
    {
        var text = doc.Text;
        beforeCue = beforeCue with { Start = Math.Max(beforeCue.Start, beforeCue.End - 300) };
        var phrase = text[beforeCue.Start..beforeCue.End];
        // Skip an apposition: "Doo Jin-ho, a research fellow at ..., pointed out".
        var apposition = TextPatterns.FirstMatch(Apposition, phrase);
        var end = apposition is { } a ? beforeCue.Start + a.Index : beforeCue.End;
        var near = new Span(beforeCue.Start, end);
        // "JD Vance, who opposes ... and warned": the relative pronoun's antecedent speaks.
        var who = TextPatterns.FirstMatch(RelativeWho, text.AsSpan(near.Start, near.Length));
        if (who is { } relative) near = near with { End = near.Start + relative.Index };
        var candidates = index.Within(near)
            .Where(m => !IsAfterPreposition(text, m.Span) || text.AsSpan(m.Span.End..near.End).Trim().Length == 0)
            .OrderBy(m => m.Span.End)
            .ToList();
        if (who is not null) end = near.End;
        var last = candidates.LastOrDefault();
        var gap = last.Actor is null ? null : text[last.Span.End..end];
        var nearText = text[near.Start..near.End];
        // A pronoun subject stands right before the cue; its last 40 characters are enough to see it.
        var pronoun = Pronoun.Match(nearText.TrimEnd() is var trimmed && trimmed.Length > 40 ? trimmed[^40..] : trimmed);
        var group = GroupPhrase(nearText);
        if (TitleHolder(doc, actors, nearText, near.End) is { } holder) return holder;
        if (last.Actor is not null && WordCount(gap!) <= 4 && !gap!.Contains(',') && (group is null || !gap.Contains(group.Split(' ')[^1])))
        {
            // "A spokesperson for X's defense ministry": the most specific actor in the phrase speaks.
            // Not across a comma: "X denies it, while Y accuses" gives Y's verb to Y.
            var actor = candidates.Where(c => end - c.Span.End <= 60 && WordCount(text.AsSpan(c.Span.End..end)) <= 8 && !text.AsSpan(c.Span.End..end).Contains(','))
                .OrderBy(c => c.Actor.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, ActorKind.Group => 2, _ => 3 })
                .ThenByDescending(c => c.Span.End)
                .Select(c => c.Actor).First();
            if (actor.Kind == ActorKind.Country && last.Actor.Kind != ActorKind.Country) actor = last.Actor;
            return new Speaker(actor.Name, actor.Id, actor.Kind);
        }
        if (pronoun.Success) return ResolvePronoun(doc, pronoun.Groups["p"].Value, near.End);
        return group is null ? null : GroupSpeaker(actors, group);
    }

    /// <summary>How far from a cue the person holding a title named after it is looked for.</summary>
    private const int TitleReach = 400;

    /// <summary>"..., says the Minister of Awqaf." then "X, also Minister of ...": the person whose role holds the title
    /// word that follows "the", named nearest the cue, before or just after it.</summary>
    private Speaker? TitleAfter(AnalysisDocument doc, string phrase, int at)
    {
        var words = phrase.TrimStart().Split(' ', 6);
        if (words.Length < 2 || words[0] is not ("the" or "The")) return null;
        var head = words.Skip(1).Take(4).Select(w => w.TrimEnd('.', ',')).FirstOrDefault(_titleHeads.Contains);
        if (head is null) return null;
        var holder = doc.Actors
            .Where(a => a.Kind == ActorKind.Person && a.Role is not null && a.Role.Split(' ').Any(w => w.TrimEnd('.').Equals(head, StringComparison.OrdinalIgnoreCase)))
            .Select(a => (Actor: a, Distance: a.Mentions.Select(m => Math.Abs(m.Start - at)).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(x => x.Distance < TitleReach)
            .OrderBy(x => x.Distance)
            .Select(x => x.Actor)
            .FirstOrDefault();
        return holder is null ? null : new Speaker(holder.Name, holder.Id, holder.Kind);
    }

    /// <summary>"The Secretary added", "the aid chief said": the last person named before with that title;
    /// where nobody was, a title the lexicon knows ("the Foreign Secretary") names the speaker itself.</summary>
    private Speaker? TitleHolder(AnalysisDocument doc, List<Actor> actors, string phrase, int before)
    {
        var tail = TrailingAdverb.Replace(phrase.Length > 80 ? phrase[^80..] : phrase, "");
        if (TitleAnaphor.Match(tail) is not { Success: true } title) return null;
        var head = title.Groups["head"].Value;
        if (!_titleHeads.Contains(head)) return null;
        var holder = doc.Actors
            .Where(a => a.Kind == ActorKind.Person && a.Role is not null && LastWords(a.Role, 1) is [var roleHead] && roleHead.Equals(head, StringComparison.OrdinalIgnoreCase))
            .Select(a => (Actor: a, Last: a.Mentions.Where(m => m.End <= before).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault();
        if (holder is not null) return new Speaker(holder.Name, holder.Id, holder.Kind);
        var words = title.Groups["title"].Value.Split(' ');
        var named = Enumerable.Range(0, words.Length).Select(i => string.Join(' ', words[i..])).FirstOrDefault(lexicon.Titles.Contains);
        if (named is null || !char.IsUpper(named[0])) return null;
        var existing = actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Name == named);
        if (existing is null)
        {
            existing = new Actor($"A{actors.Count + 1}", named, ActorKind.Person, named, StateSalience.HomeCountry(doc, lexicon.ClauseOpeners), []);
            actors.Add(existing);
        }
        return new Speaker(existing.Name, existing.Id, existing.Kind);
    }

    /// <summary>"Analysts", "the source", "Some Syrian civil society activists": a noun phrase ending in a group noun.</summary>
    private string? GroupPhrase(string phrase)
    {
        // Only the last five words can end the phrase, and it reaches four words further back.
        var words = LastWords(phrase, 10);
        for (var i = words.Count - 1; i >= Math.Max(0, words.Count - 5); i--)
        {
            if (!lexicon.GroupSpeakers.Contains(words[i])) continue;
            var start = i;
            while (start > 0 && i - start < 4 && !lexicon.ReportingVerbs.ContainsKey(words[start - 1])
                   && (char.IsUpper(words[start - 1][0]) || words[start - 1] is "the" or "a" or "an" or "some" or "several" or "many" or "informed" or "senior" or "western" or "civil" or "society" or "other")) start--;
            return string.Join(' ', words.Skip(start).Take(i - start + 1));
        }
        return null;
    }

    /// <summary>"he said": the last person named as an agent before, not one named as an object
    /// ("his counterpart X"); "I" and "we" in a statement are its author.</summary>
    private static Speaker? ResolvePronoun(AnalysisDocument doc, string pronoun, int before)
    {
        if (pronoun is "I" or "We" or "we")
        {
            var author = doc.Actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Role == "author")
                ?? doc.Actors.Where(a => a.Kind == ActorKind.Person && a.Mentions.Count > 0).MinBy(a => a.Mentions[0].Start);
            return author is null ? null : new Speaker(author.Name, author.Id, author.Kind);
        }
        var people = pronoun is "they" or "They" or "it" or "It" ? (ActorKind?)null : ActorKind.Person;
        // A name inside a quotation is spoken about, not speaking: "'... Mr Lee did,' he said".
        var quoted = doc.Quotations.Select(q => q.Outer).OrderBy(q => q.Start).ToArray();
        var candidates = doc.Actors.Where(a => people is null ? a.Kind != ActorKind.Person : a.Kind == people).ToList();
        // "X praised the leadership of Y ... He also thanked": the last sentence subject, before any other mention.
        // "A and B briefed lawmakers. They also said": plural "they" may be people who opened the sentence before.
        var they = pronoun is "they" or "They";
        var subject = (they ? doc.Actors : candidates)
            .Select(a => (Actor: a, Last: a.Mentions.Where(m => m.End <= before && before - m.End < SubjectReach && !InsideQuote(quoted, m) && OpensSentence(doc, m)).Select(m => m.End).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault();
        if (subject is not null && (people is not null || they)) return new Speaker(subject.Name, subject.Id, subject.Kind);
        var actor = candidates
            .Select(a => (Actor: a, Last: a.Mentions.Where(m => m.End <= before && !IsObject(doc.Text, m) && !InsideQuote(quoted, m)).Select(m => m.End).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault();
        return actor is null ? null : new Speaker(actor.Name, actor.Id, actor.Kind);
    }

    /// <summary>How far back a sentence subject is looked for as a pronoun's antecedent: about two sentences.</summary>
    private const int SubjectReach = 400;

    /// <summary>A mention among the first words of its sentence ("Finance Minister X said", "X, the ambassador, spoke").</summary>
    private static bool OpensSentence(AnalysisDocument doc, Span mention)
    {
        var i = doc.SentenceIndexAt(mention.Start);
        return i >= 0 && WordCount(doc.Text.AsSpan(doc.Sentences[i].Span.Start..mention.Start)) <= 3;
    }

    private static bool IsAfterPreposition(string text, Span mention)
    {
        var position = mention.Start;
        var word = StateSalience.PreviousWord(text, ref position);
        if (word == "the") word = StateSalience.PreviousWord(text, ref position);
        // "A spokesman for X", "sources from X", "a fellow at X": these prepositions build the speaker's own phrase.
        return word is "to" or "with" or "in" or "into" or "against" or "on" or "than" or "towards" or "toward";
    }

    private static bool IsObject(string text, Span mention)
    {
        var position = mention.Start;
        for (var hops = 0; hops < 3; hops++)
        {
            var word = StateSalience.PreviousWord(text, ref position);
            if (word is null) return false;
            if (word is "counterpart" or "his" or "her" or "their" or "met" or "with" or "to" or "by" or "informed" or "told") return true;
            if (!char.IsUpper(word[0])) return false;
        }
        return false;
    }

    private static Actor? ActorIn(AnalysisDocument doc, ActorMentionIndex index, Span window, bool headOnly)
    {
        var found = index.Within(window)
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start).ToList();
        if (found.Count == 0) return null;
        if (headOnly)
        {
            var first = found.OrderBy(m => m.Span.Start).First();
            return WordCount(doc.Text.AsSpan(window.Start..first.Span.Start)) <= 1 ? first.Actor : null;
        }
        return found[0].Actor;
    }

    private static Speaker GroupSpeaker(List<Actor> actors, string phrase)
    {
        var name = phrase.Trim();
        var existing = actors.FirstOrDefault(a => a.Kind == ActorKind.Group && a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            existing = new Actor($"A{actors.Count + 1}", name, ActorKind.Group, null, null, []);
            actors.Add(existing);
        }
        return new Speaker(existing.Name, existing.Id, ActorKind.Group);
    }

    /// <summary>"..., the source said." / "..., said X, the spokesman.": the cue closes the sentence and
    /// only its speaker follows it.</summary>
    private static bool IsSentenceFinal(string text, Span cue, Span sentence)
    {
        var comma = text.LastIndexOf(',', Math.Max(sentence.Start, cue.Start - 1), Math.Max(0, cue.Start - sentence.Start));
        if (comma <= sentence.Start || cue.Start - comma >= 120 || text[comma..cue.Start].Contains(" that ", StringComparison.Ordinal)) return false;
        var rest = text[cue.End..sentence.End];
        // "..., X said in a statement on Friday, October 18, that ...": the statement follows.
        if (rest.Contains(" that ", StringComparison.Ordinal)) return false;
        var cut = rest.IndexOfAny([',', ';']);
        if (cut >= 0) rest = rest[..cut];
        rest = rest.Trim().TrimEnd('.', '!', '?');
        if (rest.Length == 0) return true;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "..., X said the roads were open": with its subject before it, a cue followed by a noun phrase opens a statement.
        var subjectBefore = WordCount(text.AsSpan((comma + 1)..cue.Start)) > 0;
        return words.Length <= (char.IsUpper(words[0][0]) ? 10 : 6) && (char.IsUpper(words[0][0]) || (!subjectBefore && words[0] is "the" or "his" or "her" or "their" or "a" or "an")
            || (words.Length > 1 && words[0] is "in" or "on" or "at" or "during" or "after" or "on" or "late" or "earlier" or "last" or "this" or "today" or "yesterday"));
    }

    private static int ParagraphOf(AnalysisDocument doc, int offset) =>
        doc.SentenceIndexAt(offset) is var i and >= 0 ? doc.Sentences[i].Paragraph : -1;

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
        var funding = new List<string>();
        foreach (var figure in doc.Funding)
            foreach (var mention in figure.Mentions)
                if (draft.Span.Contains(mention))
                {
                    funding.Add(figure.Id);
                    break;
                }
        var items = new List<string>();
        foreach (var item in doc.AidItems)
            if (draft.Span.Contains(item.Span)) items.Add(item.Id);
        return new Claim(id, draft.Speaker.Name, draft.Speaker.ActorId, draft.Speaker.Kind, draft.Kind, draft.Cue, text, draft.Span, hedged, negated, [.. funding], [.. items]);
    }

    private sealed record Speaker(string Name, string? ActorId, ActorKind Kind);

    private sealed record ClaimDraft(Speaker Speaker, ClaimKind Kind, string Cue, Span Span, bool HedgedCue);
}
