using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"Freedonia has committed to give $2 billion a year over five years": a programme spread over several years
/// that a perfect tense before the amount reports as already in place is the commitment the day's figures come under
/// (SCHEMA.md: previous). A simple past or future ("pledged $1 billion over three years", "will provide ... over the next
/// three years") announces the programme as the news itself. The perfect is an auxiliary right before a participle of giving,
/// or one adverb before it ("has long committed"); one inside a relative clause set off by a comma (", which has backed ...,
/// pledged") has a verb of its own and counts only for an amount inside that clause.</summary>
internal sealed class CommittedProgramme(AttributeWords words, SpreadOverYears spread)
{
    /// <param name="perfects">The perfects read so far, by sentence: one document's, so a sentence is read once for all its amounts.</param>
    public bool Holds(TokenLayer tokens, Span sentence, Span amount, Dictionary<Span, Perfect[]> perfects)
    {
        if (!spread.Around(tokens, sentence, amount)) return false;
        if (!perfects.TryGetValue(sentence, out var found)) perfects[sentence] = found = Perfects(tokens, sentence);
        foreach (var p in found)
            if (p.At < amount.Start && amount.Start < p.Until) return true;
        return false;
    }

    /// <summary>A perfect starting at <paramref name="At"/> that holds for amounts before <paramref name="Until"/>: the end of
    /// its relative clause, or of the sentence.</summary>
    internal readonly record struct Perfect(int At, int Until);

    private Perfect[] Perfects(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.Within(sentence);
        // Within may open on a token that straddles the sentence's start; it never holds one past its end.
        while (first < end && tokens[first].Start < sentence.Start) first++;
        var found = new List<Perfect>();
        var until = sentence.End;
        var clauseEnd = -1;
        for (var i = first; i < end; i++)
        {
            if (i >= clauseEnd) until = sentence.End;
            if (tokens.IsMark(i, ',') && i + 1 < end && words.SpanClauseOpeners.IsWord(tokens, i + 1))
            {
                clauseEnd = i + 1;
                while (clauseEnd < end && !tokens.IsMark(clauseEnd, ',')) clauseEnd++;
                until = clauseEnd < end ? tokens[clauseEnd].Start : sentence.End;
            }
            if (words.PerfectAuxiliaries.IsWord(tokens, i)
                && (i + 1 < end && words.PerfectParticiples.IsWord(tokens, i + 1) || i + 2 < end && words.PerfectParticiples.IsWord(tokens, i + 2)))
                found.Add(new Perfect(tokens[i].Start, until));
        }
        return [.. found];
    }
}
