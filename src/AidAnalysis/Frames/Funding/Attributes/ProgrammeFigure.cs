using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"under the country's $3bn programme", "whose $2bn credit facility", "a facility of $1bn": the figure of an
/// earlier programme the news comes under (SCHEMA.md: previous), owned by a possessive, a relative or an "under/of" phrase
/// with a programme noun up to three words after it, or named by the programme noun before it. Source: IMF and World Bank
/// press-release wording ("under the $Xbn Extended Fund Facility"). The owner or noun before the amount stands next to
/// it, the head after it behind at most <see cref="Qualifiers"/> words, all inside the sentence.</summary>
internal sealed class ProgrammeFigure(AttributeWords words)
{
    /// <summary>How many words may qualify the programme noun after the amount.</summary>
    private const int Qualifiers = 3;

    public bool Holds(TokenLayer tokens, Span sentence, Span amount)
    {
        var floor = sentence.Start;
        var last = tokens.LastEndingBy(amount.Start);
        var word = tokens.WordRightBefore(amount.Start, floor, WordSpacing.OneWhitespace);
        if (words.ProgrammePrepositions.IsWord(tokens, word)
            && words.ProgrammeNouns.EndsAt(tokens, tokens.WordRightBefore(tokens[word].Start, floor, WordSpacing.OneWhitespace), floor))
            return true;
        var owned = last >= 0 && tokens[last].End == amount.Start - 1 && tokens[last].Start >= floor && tokens.TextOf(last) is "’s" or "'s"
            || tokens.IsExactly(word, "whose")
            || words.ProgrammeOwners.IsWord(tokens, word) && words.ProgrammeOwnerPrepositions.IsWord(tokens, tokens.WordRightBefore(tokens[word].Start, floor, WordSpacing.OneWhitespace));
        return owned && HeadFollows(tokens, amount.End, sentence.End);
    }

    /// <summary>Whether a programme noun starts one space after <paramref name="offset"/>, after up to <see cref="Qualifiers"/>
    /// words of letters and hyphens.</summary>
    private bool HeadFollows(TokenLayer tokens, int offset, int ceiling)
    {
        for (var qualifiers = 0; qualifiers <= Qualifiers; qualifiers++)
        {
            if (offset >= ceiling || !char.IsWhiteSpace(tokens.Text[offset])) return false;
            var first = tokens.FirstStartingFrom(offset);
            if (first >= tokens.Count || tokens[first].Start != offset + 1) return false;
            if (words.ProgrammeNouns.EndStartingAt(tokens, first, ceiling) >= 0) return true;
            // The qualifier: adjacent tokens of letters and hyphens ("multi-year").
            offset = tokens.LetterChunkEnd(first);
            if (offset < 0) return false;
        }
        return false;
    }
}
