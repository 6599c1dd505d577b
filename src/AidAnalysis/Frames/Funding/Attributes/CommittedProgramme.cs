using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"Freedonia has committed to give $2 billion a year over five years": a programme spread over several years
/// that a perfect tense before the amount reports as already in place is the commitment the day's figures come under
/// (SCHEMA.md: previous). A simple past or future ("pledged $1 billion over three years", "will provide ... over the next
/// three years") announces the programme as the news itself.</summary>
internal sealed class CommittedProgramme(AttributeWords words, SpreadOverYears spread)
{
    public bool Holds(TokenLayer tokens, Span sentence, Span amount) =>
        spread.Around(tokens, sentence, amount) && PerfectBefore(tokens, new Span(sentence.Start, amount.Start));

    private bool PerfectBefore(TokenLayer tokens, Span stretch)
    {
        var (first, end) = tokens.Within(stretch);
        for (var i = first; i < end; i++)
            if (tokens[i].Start >= stretch.Start && tokens[i].End <= stretch.End && words.PerfectAuxiliaries.IsWord(tokens, i)) return true;
        return false;
    }
}
