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
public sealed class ClaimBuilder(Lexicon lexicon) : IPipelineStage
{
    private static readonly HashSet<string> PostpositionCues = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "added", "told", "noted", "stressed", "warned", "explained" };
    private static readonly Regex TrailingAttribution = TextPatterns.Create(@",\s(?:said|added|says)\s[^,]{2,80}$");
    private static readonly Regex Pronoun = TextPatterns.Create(@"\b(?<p>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)$");
    private static readonly Regex RelativeWho = TextPatterns.Create(@",\s(?:who|which)\s[^,]{0,80}$");
    private static readonly Regex Apposition = TextPatterns.Create(@",\s[^,]{3,120},\s?$");
    private static readonly Regex AllegationNoun = TextPatterns.Create(@"(?:’s\s|'s\s|\s)(?<noun>allegations|accusations|claims|assertions|warnings)\sthat\s");
    private static readonly Regex SpokesmanOf = TextPatterns.Create(@"\b(?<p>his|her)\s(?:chief\s|deputy\s)?(?:spokesman|spokeswoman|spokesperson)\b");
    private static readonly Regex TitleAnaphor = TextPatterns.Create(@"\b[Tt]he\s(?<title>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$");
    private static readonly Regex ThatClause = TextPatterns.Create(@"^[^,.;]{0,40}?\bthat\s");
    private static readonly Regex SourceQualifier = TextPatterns.Create(@"\s(?:seen|obtained|published|released)\s.*$");

    private readonly PhraseMatcher<string> _cues = new(lexicon.ReportingVerbs.Keys.Append("according to"), v => v);
    private readonly PhraseMatcher<string> _verbs = new(lexicon.ReportingVerbs.Keys, v => v);
    private readonly Dictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> _markers = MarkerLookup(lexicon);
    private readonly int _longestMarker = lexicon.Hedges.Concat(lexicon.Negations).Max(w => w.Length);

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
        FindQuotes(document, index, actors, claims);
        FindReported(document, index, actors, claims);

        var figures = new ItemsBySpan(document.Funding.Select(f => f.Mentions));
        var items = new ItemsBySpan(document.AidItems.Select(i => new[] { i.Span }));
        var result = claims
            .OrderBy(c => c.Span.Start)
            .Select((c, i) => ToClaim(document, figures, items, c, $"C{i + 1}"))
            .ToArray();
        return document with { Actors = actors, Claims = result };
    }

    private void FindQuotes(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, List<ClaimDraft> claims)
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
                .Where(c => !InsideQuote(quoted, c.Span) && !AttributesAQuote(text, quoted, c.Local, c.Span))
                .OrderBy(c => PostpositionCues.Contains(c.Entry) && IsSentenceFinal(text, c.Span, c.Local) ? 0 : 1)
                .ThenBy(c => c.Span.Start)
                .ToList();
            foreach (var (cue, span, local) in cues)
            {
                if (!Free(span)) continue;
                var draft = cue.Equals("according to", StringComparison.OrdinalIgnoreCase)
                    ? AccordingTo(doc, index, actors, local, span)
                    : Reported(doc, index, actors, local, cue, span);
                if (draft is null || draft.Span.Length == 0 || !Free(draft.Span)) continue;
                Claim(draft);
            }
            if (Allegation(doc, actors, whole.Around(new Span(whole.Start, whole.Start), 2 * ContextReach)) is { } allegation && Free(allegation.Span)) Claim(allegation);
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
        var owner = doc.EntitiesEndingIn(m.Index - 3, m.Index).LastOrDefault(e => e.Type is MentionType.Demonym or MentionType.Country);
        if (owner is null) return null;
        var actor = actors.FirstOrDefault(a => a.Kind == ActorKind.Country && a.Name == owner.Canonical);
        var speaker = actor is null ? GroupSpeaker(actors, owner.Canonical) : new Speaker(actor.Name, actor.Id, actor.Kind);
        var content = SentenceSegmenter.Trim(text, new Span(m.Index + m.Length, sentence.End));
        if (content.Length > 0 && text[content.End - 1] == '.') content = content with { End = content.End - 1 };
        return content.Length == 0 ? null : new ClaimDraft(speaker, ClaimKind.Reported, m.Groups["noun"].Value, content, true);
    }

    private ClaimDraft? Reported(AnalysisDocument doc, ActorMentionIndex index, List<Actor> actors, Span sentence, string cue, Span cueSpan)
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
                    return new ClaimDraft(speaker, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue);
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
        var subject = Subject(doc, index, actors, beforeCue);
        if (subject is null) return null;
        var contentStart = cueSpan.End;
        var rest = text[contentStart..sentence.End];
        var that = ThatClause.Match(rest);
        if (that.Success) contentStart += that.Index + that.Length;
        var content = SentenceSegmenter.Trim(text, new Span(contentStart, sentence.End));
        if (content.Length > 0 && text[content.End - 1] == '.') content = content with { End = content.End - 1 };
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
        var speaker = ActorIn(doc, index, source, headOnly: true) is { } actor
            ? new Speaker(actor.Name, actor.Id, actor.Kind)
            : GroupSpeaker(actors, SourceQualifier.Replace(phrase, ""));
        var content = cueSpan.Start - sentence.Start > 3
            ? SentenceSegmenter.Trim(text, new Span(sentence.Start, cueSpan.Start))
            : SentenceSegmenter.Trim(text, new Span(sourceEnd + 1, sentence.End));
        if (content.Length > 0 && text[content.End - 1] is ',' or '.') content = content with { End = content.End - 1 };
        return content.Length == 0 ? null : new ClaimDraft(speaker, ClaimKind.Reported, "according to", content, false);
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
        if (cue.Entry is null || cue.Span.Start - window.Start > 60) return (null, null);
        var before = new Span(window.Start, cue.Span.Start);
        if (ActorIn(doc, index, before, headOnly: false) is { } a) return (new Speaker(a.Name, a.Id, a.Kind), cue.Entry);
        var pronoun = Pronoun.Match(text[before.Start..before.End].TrimEnd());
        if (pronoun.Success) return (ResolvePronoun(doc, index, pronoun.Groups["p"].Value, before.Start), cue.Entry);
        var after = new Span(cue.Span.End, window.End);
        if (ActorIn(doc, index, after, headOnly: false) is { } b) return (new Speaker(b.Name, b.Id, b.Kind), cue.Entry);
        // "..., said his spokesman": a spokesman speaks for the person "his" points to.
        if (SpokesmanOf.Match(text[after.Start..after.End]) is { Success: true } spokesman)
            return (ResolvePronoun(doc, index, spokesman.Groups["p"].Value == "his" ? "he" : "she", window.Start), cue.Entry);
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
        if (last.Actor is not null && WordCount(gap!) <= 4 && !gap!.Contains(',') && (group is null || !gap.Contains(group.Split(' ')[^1])))
        {
            // "A spokesperson for X's defense ministry": the most specific actor in the phrase speaks.
            var actor = candidates.Where(c => end - c.Span.End <= 60 && WordCount(text.AsSpan(c.Span.End..end)) <= 8)
                .OrderBy(c => c.Actor.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, ActorKind.Group => 2, _ => 3 })
                .ThenByDescending(c => c.Span.End)
                .Select(c => c.Actor).First();
            if (actor.Kind == ActorKind.Country && last.Actor.Kind != ActorKind.Country) actor = last.Actor;
            return new Speaker(actor.Name, actor.Id, actor.Kind);
        }
        if (pronoun.Success) return ResolvePronoun(doc, index, pronoun.Groups["p"].Value, near.End);
        // "The Secretary added": the last person holding that title.
        if (TitleAnaphor.Match(nearText) is { Success: true } title
            && doc.Actors.LastOrDefault(a => a.Kind == ActorKind.Person && a.Role is not null
                && a.Role.Contains(title.Groups["title"].Value, StringComparison.OrdinalIgnoreCase)) is { } holder)
            return new Speaker(holder.Name, holder.Id, holder.Kind);
        return group is null ? null : GroupSpeaker(actors, group);
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
    private static Speaker? ResolvePronoun(AnalysisDocument doc, ActorMentionIndex index, string pronoun, int before)
    {
        if (pronoun is "I" or "We" or "we")
        {
            var author = doc.Actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Role == "author")
                ?? doc.Actors.Where(a => a.Kind == ActorKind.Person && a.Mentions.Count > 0).MinBy(a => a.Mentions[0].Start);
            return author is null ? null : new Speaker(author.Name, author.Id, author.Kind);
        }
        var people = pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) ? (ActorKind?)null : ActorKind.Person;
        // The nearest earlier agent mention of the right kind; the index lists the mentions of the document's actors.
        var actor = index.EndingBy(before)
            .Where(m => (people is null ? m.Actor.Kind != ActorKind.Person : m.Actor.Kind == people) && !IsObject(doc.Text, m.Span))
            .Select(m => m.Actor)
            .FirstOrDefault();
        return actor is null ? null : new Speaker(actor.Name, actor.Id, actor.Kind);
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
        if (comma <= sentence.Start || cue.Start - comma >= 70 || text[comma..cue.Start].Contains(" that ", StringComparison.Ordinal)) return false;
        var rest = text[cue.End..sentence.End];
        var cut = rest.IndexOfAny([',', ';']);
        if (cut >= 0) rest = rest[..cut];
        rest = rest.Trim().TrimEnd('.', '!', '?');
        if (rest.Length == 0) return true;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && (char.IsUpper(words[0][0]) || words[0] is "the" or "his" or "her" or "their" or "a" or "an");
    }

    private static int ParagraphOf(AnalysisDocument doc, int offset) =>
        doc.SentenceIndexAt(offset) is var i and >= 0 ? doc.Sentences[i].Paragraph : -1;

    private Claim ToClaim(AnalysisDocument doc, ItemsBySpan figures, ItemsBySpan items, ClaimDraft initial, string id)
    {
        var draft = initial;
        while (draft.Span.Length > 1 && doc.Text[draft.Span.End - 1] is ',' or ';' or ':' or ' ')
            draft = draft with { Span = draft.Span with { End = draft.Span.End - 1 } };
        var text = doc.Text[draft.Span.Start..draft.Span.End];
        var markers = MarkersIn(text);
        var hedged = draft.HedgedCue || markers.HasFlag(Marker.Hedge);
        var negated = markers.HasFlag(Marker.Negation) || text.Contains("n’t", StringComparison.Ordinal) || draft.Cue.Contains("declined", StringComparison.Ordinal);
        var funding = figures.Within(draft.Span).Select(i => doc.Funding[i].Id);
        var aidItems = items.Within(draft.Span).Select(i => doc.AidItems[i].Id);
        return new Claim(id, draft.Speaker.Name, draft.Speaker.ActorId, draft.Speaker.Kind, draft.Kind, draft.Cue, text, draft.Span, hedged, negated, [.. funding], [.. aidItems]);
    }

    private sealed record Speaker(string Name, string? ActorId, ActorKind Kind);

    private sealed record ClaimDraft(Speaker Speaker, ClaimKind Kind, string Cue, Span Span, bool HedgedCue);
}
