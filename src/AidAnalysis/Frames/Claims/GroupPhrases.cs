using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Unnamed speakers: "Analysts", "the source", "Some Peruvian rights campaigners", "local officials", read as the
/// noun phrase ending in a group noun (group-speakers.txt), and added to the run's speakers.</summary>
internal sealed class GroupPhrases(ClaimVocabulary vocabulary)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _groupNouns = vocabulary.GroupNouns;
    private readonly WordSet _modifiers = vocabulary.GroupModifiers;
    private readonly WordSet _postmodifiers = vocabulary.SourcePostmodifiers;

    /// <summary>How far back from its end a phrase is read for a group noun.</summary>
    private const int TailChars = 160;

    /// <summary>"Analysts", "the source", "Some Peruvian rights campaigners", "the U.S. government": a noun phrase
    /// ending in a group noun, as the text writes it; it does not reach back across a comma ("Finally, the government").
    /// Opened by a determiner or possessive, or after a comma, the phrase keeps its lower-case modifiers too ("the country's
    /// disaster agency", "its state news agency", ", local officials said").</summary>
    public string? GroupPhrase(TokenLayer tokens, Span phrase) => Group(tokens, phrase)?.Phrase;

    /// <summary>The group phrase ending <paramref name="phrase"/> and the span of its head noun.</summary>
    public (string Phrase, Span Head)? Group(TokenLayer tokens, Span phrase)
    {
        // Only the last five words can end the phrase, and it reaches four words further back.
        var tail = phrase with { Start = Math.Max(phrase.Start, phrase.End - TailChars) };
        if (!EndsNearGroupNoun(tokens, tail)) return null;
        var words = LastWords(tokens, tail, 10);
        for (var i = words.Count - 1; i >= Math.Max(0, words.Count - 5); i--)
        {
            if (!IsGroupNoun(tokens, words[i])) continue;
            var start = PhraseStart(tokens, words, i);
            // "two officials familiar with the plan": the noun after a source's postmodifier is what the source knows of; the
            // speaker is the noun it modifies.
            if (PostmodifiedHead(tokens, words, start) is var modified and >= 0) (i, start) = (modified, PhraseStart(tokens, words, modified));
            var head = Bare(tokens, words[i]);
            var text = new System.Text.StringBuilder();
            for (var j = start; j < i; j++) text.Append(tokens.Text.AsSpan(words[j].Start, words[j].Length)).Append(' ');
            return (text.Append(tokens.Text.AsSpan(head.Start, head.Length)).ToString(), head);
        }
        return null;
    }

    private bool IsGroupNoun(TokenLayer tokens, Span word) => Bare(tokens, word) is var bare && _groupNouns.Contains(tokens.Text.AsSpan(bare.Start, bare.Length));

    /// <summary>Where the noun phrase headed by word <paramref name="i"/> opens: its capitalised or modifier words before it, or
    /// its determiner.</summary>
    private int PhraseStart(TokenLayer tokens, List<Span> words, int i)
    {
        var start = i;
        while (start > 0 && i - start < 4 && !EndsWith(tokens, words[start - 1], ',') && Bare(tokens, words[start - 1]) is var bare
               && tokens.Text.AsSpan(bare.Start, bare.Length) is var word && !_lexicon.ReportingVerbs.ContainsKey(word.ToString())
               && (char.IsUpper(word[0]) || _modifiers.IsLowerEntryOf(word))) start--;
        return PhraseOpening(tokens, words, i) is var opened and >= 0 ? Math.Min(start, opened) : start;
    }

    /// <summary>"officials familiar with | the plan", "sources close to | the talks", "people with knowledge of | the matter": the
    /// group noun right before a source's postmodifier (claim-words.tsv source-postmodifier) that ends just before
    /// <paramref name="start"/>; -1 when none stands there.</summary>
    private int PostmodifiedHead(TokenLayer tokens, List<Span> words, int start)
    {
        for (var length = 2; length <= 4; length++)
        {
            var first = start - length;
            if (first < 1) return -1;
            var text = tokens.Text.AsSpan(words[first].Start, words[start - 1].End - words[first].Start);
            if (text.ContainsAny(',', '.') || !_postmodifiers.Contains(text)) continue;
            return IsGroupNoun(tokens, words[first - 1]) && !EndsWith(tokens, words[first - 1], ',') ? first - 1 : -1;
        }
        return -1;
    }

    /// <summary>A word without the commas that end it, and without its final full stop unless a full stop stands inside it
    /// ("U.S." keeps it, "officials." does not).</summary>
    private static Span Bare(TokenLayer tokens, Span word)
    {
        var (first, end) = (tokens.FirstStartingFrom(word.Start), tokens.LastEndingBy(word.End) + 1);
        var innerStop = false;
        for (var i = first; i < end && !innerStop; i++)
            innerStop = tokens.IsMark(i, '.') && tokens[i].End < word.End || tokens[i].Kind == TokenKind.Number && tokens.TextOf(i).Contains('.');
        var last = end - 1;
        while (last > first && (tokens.IsMark(last, ',') || !innerStop && tokens.IsMark(last, '.'))) last--;
        return new Span(word.Start, tokens[last].End);
    }

    private static bool EndsWith(TokenLayer tokens, Span word, char mark) => tokens.CharAt(word.End - 1) == mark;

    /// <summary>Where the noun phrase whose head is word <paramref name="head"/> opens: at a determiner ("the", "its") or
    /// a possessive with nothing before it, or after a comma or a preposition or conjunction; -1 when a reporting verb or a
    /// sentence stop comes first or the phrase would run longer than five words before its head.</summary>
    private int PhraseOpening(TokenLayer tokens, List<Span> words, int head)
    {
        for (var j = head - 1; j >= Math.Max(0, head - 5); j--)
        {
            if (EndsWith(tokens, words[j], ',')) return j + 1 < head ? j + 1 : -1;
            if (EndsWith(tokens, words[j], '.') || EndsWith(tokens, words[j], ':')) return -1;
            var bare = Bare(tokens, words[j]);
            var word = tokens.Text.AsSpan(bare.Start, bare.Length).ToString();
            if (_lexicon.ReportingVerbs.ContainsKey(word)) return -1;
            if (_lexicon.NounPhraseBounds.TryGetValue(word, out var determiner)) return determiner ? j : j + 1 < head ? j + 1 : -1;
        }
        return -1;
    }

    /// <summary>Whether one of the last five words <see cref="GroupPhrase"/> reads is a group noun, read without allocating:
    /// most cues have none near them.</summary>
    private bool EndsNearGroupNoun(TokenLayer tokens, Span tail)
    {
        var read = 0;
        for (var last = tokens.LastEndingBy(tail.End); last >= 0 && tokens[last].Start >= tail.Start && read < 5;)
        {
            var first = SpacedWordStart(tokens, last, tail);
            if (Trimmed(tokens, first, last) is { } word)
            {
                read++;
                var bare = Bare(tokens, word);
                if (_groupNouns.Contains(tokens.Text.AsSpan(bare.Start, bare.Length))) return true;
            }
            last = first - 1;
        }
        return false;
    }

    /// <summary>The last <paramref name="count"/> words of <paramref name="tail"/> as spaces part them that start with a
    /// word character once quotes and brackets are trimmed, in order; read backwards, so a long phrase is not read whole.</summary>
    private static List<Span> LastWords(TokenLayer tokens, Span tail, int count)
    {
        var words = new List<Span>(count);
        for (var last = tokens.LastEndingBy(tail.End); last >= 0 && tokens[last].Start >= tail.Start && words.Count < count;)
        {
            var first = SpacedWordStart(tokens, last, tail);
            if (Trimmed(tokens, first, last) is { } word) words.Add(word);
            last = first - 1;
        }
        words.Reverse();
        return words;
    }

    /// <summary>The first token of the word (as spaces part words) that ends with token <paramref name="last"/>.</summary>
    private static int SpacedWordStart(TokenLayer tokens, int last, Span tail)
    {
        var first = last;
        while (first > 0 && tokens[first - 1].Start >= tail.Start && tokens[first - 1].End == tokens[first].Start) first--;
        return first;
    }

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="last"/>] without the quotes, brackets, colons and semicolons
    /// around them, if a word character then opens them.</summary>
    private static Span? Trimmed(TokenLayer tokens, int first, int last)
    {
        while (first <= last && IsWrapping(tokens, first)) first++;
        while (last >= first && IsWrapping(tokens, last)) last--;
        return first <= last && ClaimWordReader.IsWordChar(tokens.CharAt(tokens[first].Start)) ? new Span(tokens[first].Start, tokens[last].End) : null;
    }

    private static bool IsWrapping(TokenLayer tokens, int i) =>
        tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 && tokens.CharAt(tokens[i].Start) is '"' or '“' or '”' or '‘' or '’' or '(' or ')' or ';' or ':';

    /// <summary>The unnamed speaker ending right before the preposition that <paramref name="mention"/> follows ("officials"
    /// of "officials in Kenya"), or null.</summary>
    public string? ComplementedGroup(TokenLayer tokens, int start, Span mention)
    {
        var text = tokens.Text;
        var position = mention.Start;
        if (tokens.JoinedWordBefore(position) is (>= 0 and var first, var last))
        {
            position = tokens[first].Start;
            if (first == last && tokens.IsExactly(first, "the") && tokens.JoinedWordBefore(first - 1, position) is (>= 0 and var earlier, _))
                position = tokens[earlier].Start;
        }
        if (position <= start) return null;
        var before = SentenceSegmenter.Trim(text, new Span(start, position));
        return Group(tokens, before) is var (group, head) && text.AsSpan(before.Start, before.Length).EndsWith(text.AsSpan(head.Start, head.Length), StringComparison.Ordinal) ? group : null;
    }

    /// <summary>Whether a phrase opens with a word that bounds a noun phrase (noun-phrase-words.tsv: a preposition, conjunction
    /// or relative word), so no speaker starts there.</summary>
    public bool StartsWithPreposition(TokenLayer tokens, Span phrase)
    {
        var first = tokens.FirstStartingFrom(phrase.Start);
        if (first >= tokens.Count || tokens[first].End > phrase.End) return false;
        // The first word runs to the first space; only a one-token word can be a preposition.
        if (first + 1 < tokens.Count && tokens[first + 1].Start == tokens[first].End && tokens[first + 1].End <= phrase.End) return false;
        return _lexicon.NounPhraseBounds.TryGetValue(tokens.TextOf(first).ToString(), out var determiner) && !determiner;
    }

    /// <summary>An unnamed speaker in subject position, recorded where it spoke for a later "they" or "it".</summary>
    public static Speaker SubjectGroup(SpeakerIndex index, SpeakerRoster actors, string phrase, int at)
    {
        var group = actors.Group(phrase);
        index.AddGroupSpeaker(group, at);
        return new Speaker(group.Name, group.Id, ActorKind.Group);
    }

    public static Speaker GroupSpeaker(SpeakerRoster actors, string phrase)
    {
        var group = actors.Group(phrase);
        return new Speaker(group.Name, group.Id, ActorKind.Group);
    }
}
