using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>Unnamed speakers: "Analysts", "the source", "Some Peruvian rights campaigners", "local officials", read as the
/// noun phrase ending in a group noun (group-speakers.txt), and added to the run's speakers.</summary>
internal sealed class GroupPhrases(ClaimVocabulary vocabulary)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _groupNouns = vocabulary.GroupNouns;

    /// <summary>"Analysts", "the source", "Some Peruvian rights campaigners", "the U.S. government": a noun phrase
    /// ending in a group noun, as the text writes it; it does not reach back across a comma ("Finally, the government").
    /// Opened by a determiner or possessive, or after a comma, the phrase keeps its lower-case modifiers too ("the country's
    /// disaster agency", "its state news agency", ", local officials said").</summary>
    public string? GroupPhrase(string phrase)
    {
        // Only the last five words can end the phrase, and it reaches four words further back.
        var tail = phrase.AsSpan(Math.Max(0, phrase.Length - 160));
        if (!EndsNearGroupNoun(tail)) return null;
        var tokens = LastTokens(tail, 10);
        for (var i = tokens.Count - 1; i >= Math.Max(0, tokens.Count - 5); i--)
        {
            var head = BareToken(tokens[i]);
            if (!_lexicon.GroupSpeakers.Contains(head)) continue;
            var start = i;
            while (start > 0 && i - start < 4 && !tokens[start - 1].EndsWith(',') && BareToken(tokens[start - 1]) is var word && !_lexicon.ReportingVerbs.ContainsKey(word)
                   && (char.IsUpper(word[0]) || word is "the" or "a" or "an" or "some" or "several" or "many" or "informed" or "senior" or "western" or "civil" or "society" or "other")) start--;
            if (PhraseOpening(tokens, i) is var opened and >= 0) start = Math.Min(start, opened);
            return string.Join(' ', tokens.Skip(start).Take(i - start).Append(head));
        }
        return null;
    }

    private static string BareToken(string token) =>
        token.Contains('.', StringComparison.Ordinal) && token.IndexOf('.') < token.Length - 1 ? token.TrimEnd(',') : token.TrimEnd(',', '.');

    /// <summary>Where the noun phrase whose head is token <paramref name="head"/> opens: at a determiner ("the", "its") or
    /// a possessive with nothing before it, or after a comma or a preposition or conjunction; -1 when a reporting verb or a
    /// sentence stop comes first or the phrase would run longer than five words before its head.</summary>
    private int PhraseOpening(List<string> tokens, int head)
    {
        for (var j = head - 1; j >= Math.Max(0, head - 5); j--)
        {
            if (tokens[j].EndsWith(',')) return j + 1 < head ? j + 1 : -1;
            if (tokens[j].EndsWith('.') || tokens[j].EndsWith(':')) return -1;
            var word = BareToken(tokens[j]);
            if (_lexicon.ReportingVerbs.ContainsKey(word)) return -1;
            if (_lexicon.NounPhraseBounds.TryGetValue(word, out var determiner)) return determiner ? j : j + 1 < head ? j + 1 : -1;
        }
        return -1;
    }

    /// <summary>Whether one of the last five tokens <see cref="GroupPhrase"/> reads is a group noun, read without allocating:
    /// most cues have none near them.</summary>
    private bool EndsNearGroupNoun(ReadOnlySpan<char> tail)
    {
        var read = 0;
        for (var end = tail.Length; end > 0 && read < 5;)
        {
            while (end > 0 && tail[end - 1] is ' ' or '\n' or '\t') end--;
            var start = end;
            while (start > 0 && tail[start - 1] is not (' ' or '\n' or '\t')) start--;
            var token = tail[start..end].Trim("\"“”‘’();:");
            end = start;
            if (token.Length == 0 || !IsWordChar(token[0])) continue;
            read++;
            var dot = token.IndexOf('.');
            if (_groupNouns.Contains(dot >= 0 && dot < token.Length - 1 ? token.TrimEnd(',') : token.TrimEnd(",."))) return true;
        }
        return false;
    }

    /// <summary>The last <paramref name="count"/> whitespace-separated tokens of <paramref name="tail"/> that start with a
    /// word character once quotes and brackets are trimmed, in order; read backwards, so a long phrase is not split whole.</summary>
    private static List<string> LastTokens(ReadOnlySpan<char> tail, int count)
    {
        var tokens = new List<string>(count);
        for (var end = tail.Length; end > 0 && tokens.Count < count;)
        {
            while (end > 0 && tail[end - 1] is ' ' or '\n' or '\t') end--;
            var start = end;
            while (start > 0 && tail[start - 1] is not (' ' or '\n' or '\t')) start--;
            var token = tail[start..end].Trim("\"“”‘’();:");
            if (token.Length > 0 && IsWordChar(token[0])) tokens.Add(token.ToString());
            end = start;
        }
        tokens.Reverse();
        return tokens;
    }

    /// <summary>The unnamed speaker ending right before the preposition that <paramref name="mention"/> follows ("officials"
    /// of "officials in Kenya"), or null.</summary>
    public string? ComplementedGroup(string text, int start, Span mention)
    {
        var position = mention.Start;
        if (StateSalience.PreviousWord(text, ref position) == "the") StateSalience.PreviousWord(text, ref position);
        if (position <= start) return null;
        var before = text[start..position].TrimEnd();
        return GroupPhrase(before) is { } group && before.EndsWith(group.Split(' ')[^1], StringComparison.Ordinal) ? group : null;
    }

    /// <summary>Whether a phrase opens with a word that bounds a noun phrase (noun-phrase-words.tsv: a preposition, conjunction
    /// or relative word), so no speaker starts there.</summary>
    public bool StartsWithPreposition(string phrase) =>
        _lexicon.NounPhraseBounds.TryGetValue(phrase.TrimStart().Split(' ', 2)[0], out var determiner) && !determiner;

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
