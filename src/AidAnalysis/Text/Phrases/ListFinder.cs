using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>
/// Coordinated lists: "A, B, C and D" (with or without the serial comma before the coordinator), each member between commas a
/// few words long; the first member is the end of its stretch after the last preposition, conjunction or auxiliary ("aid went
/// to A, B and C"); the last member is a name read whole, else as long as the longest member before it, up to a mark or such
/// a word. With no part-of-speech tags a verb is not told from a noun, so a first member right after a verb takes the verb
/// ("pledged blankets, water and kits"). Two names joined by a coordinator ("Norway and Chile") are a list too; two common nouns are not told from two
/// coordinated clauses and are left out.
/// </summary>
internal sealed class ListFinder(PhraseVocabulary words)
{
    /// <summary>A member is a noun phrase, not a clause: a stretch between commas longer than this ends the list.</summary>
    public const int MaxMemberWords = 5;

    /// <param name="commas">A list the walk notes commas in, cleared here: one for all the sentences of a text.</param>
    public void Find(TokenLayer tokens, int first, int end, List<CoordinatedList> lists, List<int> commas)
    {
        commas.Clear();
        var from = first;
        for (var i = first; i < end; i++)
        {
            if (tokens.IsMark(i, ',')) { commas.Add(i); continue; }
            if (tokens.IsBarrier(i)) { commas.Clear(); from = i + 1; continue; }
            if (i == first || !tokens.IsAny(i, words.Coordinators) || tokens[i].Kind != TokenKind.Word) continue;
            var list = commas.Count > 0 ? Serial(tokens, from, i, end, commas) : Names(tokens, from, i, end);
            commas.Clear();
            if (list is null) continue;
            lists.Add(list);
            var next = tokens.IndexAt(list.Span.End);
            from = next;
            i = next - 1;
        }
    }

    /// <summary>"A, B and C", "A, B, and C": the members between the commas before <paramref name="coordinator"/> and the one after it.</summary>
    private CoordinatedList? Serial(TokenLayer tokens, int from, int coordinator, int end, List<int> commas)
    {
        var serialComma = commas[^1] == coordinator - 1;
        var separators = serialComma ? commas.Count - 1 : commas.Count;
        if (separators == 0) return null;
        var members = new List<Span>();
        var longest = 0;
        var stop = serialComma ? coordinator - 1 : coordinator;
        for (var k = separators - 1; k >= 0; k--)
        {
            var start = commas[k] + 1;
            var words = tokens.WordCount(start, stop);
            if (words is 0 or > MaxMemberWords) break;
            members.Add(Of(tokens, start, stop - 1));
            longest = Math.Max(longest, words);
            stop = commas[k];
            if (k == 0 && Tail(tokens, from, stop) is var tail and >= 0)
            {
                members.Add(Of(tokens, tail, stop - 1));
                longest = Math.Max(longest, tokens.WordCount(tail, stop));
            }
        }
        if (members.Count < 2 || Last(tokens, coordinator + 1, end, longest) is not (>= 0 and var last)) return null;
        members.Reverse();
        members.Add(Of(tokens, coordinator + 1, last));
        return new CoordinatedList(new Span(members[0].Start, members[^1].End), members, Of(tokens, coordinator, coordinator));
    }

    /// <summary>"Norway and Chile": two names joined by a coordinator, with no comma before in the stretch.</summary>
    private CoordinatedList? Names(TokenLayer tokens, int from, int coordinator, int end)
    {
        if (!tokens.IsNameWord(coordinator - 1) || !tokens.IsNameWord(coordinator + 1) || coordinator + 1 >= end) return null;
        var start = tokens.NameStart(coordinator - 1, from, words.NameConnectors, words.Determiners);
        var last = tokens.NameEnd(coordinator + 1, end, words.NameConnectors);
        if (tokens.WordCount(start, coordinator) > MaxMemberWords || tokens.WordCount(coordinator + 1, last + 1) > MaxMemberWords) return null;
        Span[] members = [Of(tokens, start, coordinator - 1), Of(tokens, coordinator + 1, last)];
        return new CoordinatedList(new Span(members[0].Start, members[1].End), members, Of(tokens, coordinator, coordinator));
    }

    /// <summary>The first token of the first member: the words at the end of [<paramref name="from"/>, <paramref name="stop"/>)
    /// after the last break word, at most <see cref="MaxMemberWords"/> of them; -1 when there are none.</summary>
    private int Tail(TokenLayer tokens, int from, int stop)
    {
        var start = -1;
        var (count, read) = (0, 0);
        // Marks and symbols are read too, bounded, so that a long run of them is not walked again for each coordinator.
        for (var j = stop - 1; j >= from && !tokens.IsAny(j, words.Breaks) && !tokens.IsAny(j, words.Coordinators); j--)
        {
            if (++read > 3 * MaxMemberWords || tokens[j].IsWordLike && ++count > MaxMemberWords) return -1;
            start = j;
        }
        return start >= 0 && tokens.WordCount(start, stop) > 0 ? start : -1;
    }

    /// <summary>The last token of the last member, which starts at <paramref name="start"/>: a name read whole, else up to
    /// <paramref name="longest"/> + 1 words before a mark or a break word; -1 when there is no word there.</summary>
    private int Last(TokenLayer tokens, int start, int end, int longest)
    {
        if (start >= end || !tokens[start].IsWordLike && tokens[start].Kind != TokenKind.Symbol) return -1;
        if (tokens.IsNameWord(start)) return tokens.NameEnd(start, end, words.NameConnectors);
        var last = -1;
        var count = 0;
        for (var j = start; j < end && !tokens.IsBarrier(j) && !tokens.IsMark(j, ',') && (j == start || !tokens.IsAny(j, words.Breaks)); j++)
        {
            if (tokens[j].IsWordLike && ++count > longest + 1) break;
            last = j;
        }
        return last;
    }

    private static Span Of(TokenLayer tokens, int first, int last) => new(tokens[first].Start, tokens[last].End);
}
