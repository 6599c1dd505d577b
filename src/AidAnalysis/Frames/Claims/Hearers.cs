using AidAnalysis.Model;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"told reporters the bridge would reopen", "..., the minister told reporters.": the audience after "told"
/// is not the statement.</summary>
internal sealed class Hearers(ClaimVocabulary vocabulary)
{
    private readonly ClaimVocabulary _words = vocabulary;

    /// <summary>How many words an audience before a clause may hold ("the visiting delegates"), one more after a determiner.</summary>
    private const int AudienceWords = 3;

    /// <summary>"told the conference he ...", "told reporters they ...": the length of the audience between the cue's end and the
    /// subject (as written, one space between words) that opens the statement, all before <paramref name="windowEnd"/>; -1 if none.</summary>
    public int AudienceBeforeClause(TokenLayer tokens, int cueEnd, int windowEnd)
    {
        if (tokens.CharAt(cueEnd) != ' ') return -1;
        var most = AudienceWords;
        for (int words = 0, at = cueEnd + 1; ; words++)
        {
            var i = tokens.FirstStartingFrom(at);
            if (i >= tokens.Count || tokens[i].Start != at) return -1;
            if (IsClauseSubject(tokens, i) && tokens[i].End < windowEnd && tokens.CharAt(tokens[i].End) == ' ') return at - cueEnd;
            if (words == most || !IsAudiencePart(tokens, i)) return -1;
            var last = i;
            for (; last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End; last++)
                if (!IsAudiencePart(tokens, last + 1)) return -1;
            if (tokens[last].End >= windowEnd || tokens.CharAt(tokens[last].End) != ' ') return -1;
            if (words == 0 && last == i && tokens.IsLowerWordIn(i, _words.HearerDeterminers)) most++;
            at = tokens[last].End + 1;
        }
    }

    /// <summary>"he", "they", "there", "I" as written.</summary>
    private bool IsClauseSubject(TokenLayer tokens, int i) =>
        _words.ClauseSubjects.Contains(tokens.TextOf(i)) && (tokens[i].Shape == TokenShape.Lower || tokens[i].Length == 1);

    /// <summary>Letters, full stops, apostrophes and hyphens make an audience's words ("U.N.", "Al-Jazeera’s").</summary>
    private static bool IsAudiencePart(TokenLayer tokens, int i)
    {
        if (tokens[i].Kind is TokenKind.Number or TokenKind.Symbol) return false;
        foreach (var c in tokens.TextOf(i))
            if (!char.IsLetter(c) && c is not ('.' or '’' or '\'' or '-')) return false;
        return true;
    }

    /// <summary>The audiences of hearers.txt, longest first, each as its words (the entries part them with one space).</summary>
    private readonly string[][] _hearers = [.. vocabulary.Lexicon.Hearers.Select(h => h.Split(' '))];

    /// <summary>The length of the audience phrase that opens <paramref name="rest"/> (with the whitespace before it), or 0: its words
    /// written one space apart in any case, the last one ending at whitespace or a character that is no letter.</summary>
    public int HearerLength(TokenLayer tokens, Span rest)
    {
        var text = tokens.Text;
        var first = tokens.IndexAt(rest.Start);
        foreach (var hearer in _hearers)
        {
            var next = first;
            var previous = -1;
            for (var w = 0; tokens.NextWrittenWord(ref next, rest) is { Length: > 0 } word; w++)
            {
                if (previous >= 0 && (word.Start != previous + 1 || text[previous] != ' ')) break;
                var written = text.AsSpan(word.Start, word.Length);
                var part = hearer[w];
                if (w == hearer.Length - 1)
                {
                    if (written.StartsWith(part, StringComparison.OrdinalIgnoreCase) && (written.Length == part.Length || !char.IsLetter(written[part.Length])))
                        return word.Start + part.Length - rest.Start;
                    break;
                }
                if (!written.Equals(part, StringComparison.OrdinalIgnoreCase)) break;
                previous = word.End;
            }
        }
        return 0;
    }

    /// <summary>How many words a hearer not in hearers.txt may hold after its determiner ("the regular weekly news briefing").</summary>
    private const int NamedHearerWords = 4;

    /// <summary>How long a run of adjuncts after a hearer may be ("after the session in the capital on Monday").</summary>
    private const int HearerAdjunctWords = 14;

    /// <summary>"told reporters.", "told the Tribune on Monday", "told a packed hall after the vote": <paramref name="heard"/>, the
    /// words after a hearer-object cue up to a comma (trimmed, without a final stop), is empty or a hearer with nothing or only an
    /// adjunct after it. Not "told reporters the plan works", whose hearer a clause follows: that clause is the statement.</summary>
    public bool IsHearerThenAdjunct(TokenLayer tokens, Span heard)
    {
        if (heard.Length == 0) return true;
        var end = HearerEnd(tokens, heard);
        if (end < 0) return false;
        var after = tokens.Trimmed(new Span(end, heard.End));
        if (after.Length == 0) return true;
        var words = tokens.SpacedWordsIn(after, HearerAdjunctWords + 1);
        return words.Count <= HearerAdjunctWords && _words.HearerAdjunctOpeners.IsLowerEntryOf(tokens.Text.AsSpan(words[0].Start, words[0].Length))
            && !FiniteVerb.In(tokens, after, _words.FiniteAuxiliaries);
    }

    /// <summary>"told the budget committee the wells ran dry": the length from <paramref name="rest"/>'s start (the cue's end) to the
    /// determiner that opens the clause after a hearer not in hearers.txt, or 0.</summary>
    public int HearerBeforeClause(TokenLayer tokens, Span rest)
    {
        var heard = tokens.Trimmed(rest);
        if (heard.Length == 0 || HearerLength(tokens, heard) > 0 || HearerEnd(tokens, heard) is var end && end < 0) return 0;
        var next = tokens.SpacedWordsIn(tokens.Trimmed(new Span(end, heard.End)), 2);
        return next.Count == 2 && _words.HearerDeterminers.IsLowerEntryOf(tokens.Text.AsSpan(next[0].Start, next[0].Length)) ? next[0].Start - rest.Start : 0;
    }

    /// <summary>Where the hearer that opens <paramref name="heard"/> ends: an audience of hearers.txt, else an optional determiner
    /// and up to <see cref="NamedHearerWords"/> words of letters ("the Norland Tribune", "assembled reporters") that stop before
    /// a determiner, an adjunct opener or a subject pronoun; -1 if no hearer opens it.</summary>
    private int HearerEnd(TokenLayer tokens, Span heard)
    {
        if (HearerLength(tokens, heard) is > 0 and var listed) return heard.Start + listed;
        var words = tokens.SpacedWordsIn(heard, NamedHearerWords + 1);
        var i = words.Count > 0 && _words.HearerDeterminers.IsLowerEntryOf(tokens.Text.AsSpan(words[0].Start, words[0].Length)) ? 1 : 0;
        var first = i;
        while (i < words.Count && i - first < NamedHearerWords && IsHearerWord(tokens.Text.AsSpan(words[i].Start, words[i].Length))) i++;
        return i == first ? -1 : words[i - 1].End;
    }

    /// <summary>A word of letters (with full stops, apostrophes, hyphens) that is no determiner, adjunct opener or subject pronoun.</summary>
    private bool IsHearerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c) && c is not ('.' or '’' or '\'' or '-')) return false;
        return !_words.HearerDeterminers.IsLowerEntryOf(word) && !_words.HearerAdjunctOpeners.IsLowerEntryOf(word) && !_words.ClauseSubjects.Contains(word);
    }

    /// <summary>"told reporters", "told reporters in Geneva", "told a news conference on Monday": only an audience and an adjunct
    /// in <paramref name="rest"/>, the words after the cue.</summary>
    public bool IsOnlyHearer(TokenLayer tokens, Span rest)
    {
        var length = HearerLength(tokens, rest);
        if (length == 0) return false;
        var after = tokens.Trimmed(new Span(rest.Start + length, rest.End));
        return after.Length == 0 || AdjunctObject.IsOnlyAdjunct(tokens, after, 6, _words);
    }
}
