using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Clauses;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"Freedonia has committed to give $2 billion a year over five years": a programme spread over several years
/// that a perfect tense before the amount reports as already in place is the commitment the day's figures come under
/// (SCHEMA.md: previous). A simple past or future ("pledged $1 billion over three years", "will provide ... over the next
/// three years") announces the programme as the news itself. The perfect is an auxiliary right before a participle of giving,
/// or one adverb before it ("has long committed"); one inside a relative clause set off by a comma (", which has backed ...,
/// pledged", <see cref="ClauseKind.Relative"/>) has a verb of its own and counts only for an amount inside that clause.</summary>
internal sealed class CommittedProgramme(AttributeWords words, SpreadOverYears spread)
{
    /// <param name="perfects">The perfects read so far, by sentence: one document's, so a sentence is read once for all its amounts.</param>
    public bool Holds(AnalysisDocument doc, Span sentence, Span amount, Dictionary<Span, Perfect[]> perfects)
    {
        if (!spread.Around(doc.Tokens, sentence, amount)) return false;
        if (!perfects.TryGetValue(sentence, out var found)) perfects[sentence] = found = Perfects(doc.Tokens, doc.Clauses, sentence);
        foreach (var p in found)
            if (p.At < amount.Start && amount.Start < p.Until) return true;
        return false;
    }

    /// <summary>A perfect starting at <paramref name="At"/> that holds for amounts before <paramref name="Until"/>: the end of
    /// its relative clause, or of the sentence.</summary>
    internal readonly record struct Perfect(int At, int Until);

    internal Perfect[] Perfects(TokenLayer tokens, ClauseLayer clauses, Span sentence)
    {
        var (first, end) = tokens.WhollyWithin(sentence);
        var found = new List<Perfect>();
        for (var i = first; i < end; i++)
            if (words.PerfectAuxiliaries.IsWord(tokens, i)
                && (i + 1 < end && words.PerfectParticiples.IsWord(tokens, i + 1) || i + 2 < end && words.PerfectParticiples.IsWord(tokens, i + 2)))
                found.Add(new Perfect(tokens[i].Start, Until(clauses, sentence, tokens[i].Start)));
        return [.. found];
    }

    /// <summary>Where the relative clause holding <paramref name="at"/> ends, cut at <paramref name="sentence"/>'s end, when it
    /// opens inside the sentence; else the sentence's end.</summary>
    private static int Until(ClauseLayer clauses, Span sentence, int at) =>
        clauses.EmbeddedAt(at, ClauseKind.Relative) is { } relative && relative.Span.Start >= sentence.Start
            ? Math.Min(relative.Span.End, sentence.End)
            : sentence.End;
}
