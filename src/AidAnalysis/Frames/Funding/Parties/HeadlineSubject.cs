using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>Where a headline's subject stands for its giver: it opens the headline, after at most a label in capitals and
/// "The" ("FACT SHEET: The UK ..."), and its verb follows one whitespace character on, or two with a word of
/// headline-auxiliary between ("UK to give", "Japan will provide").</summary>
internal sealed class HeadlineSubject(PartyWords words)
{
    /// <summary>How long a label before the subject may be, its colon left out ("FACT SHEET").</summary>
    private const int ShortestLabel = 2, LongestLabel = 20;

    /// <summary>Whether only a label in capitals and a colon, "The", or both stand between the headline's start and the
    /// subject starting at <paramref name="subjectStart"/>, each followed by one whitespace character.</summary>
    public bool Opens(TokenLayer tokens, Span headline, int subjectStart)
    {
        var end = subjectStart;
        var the = tokens.TokenRightBefore(end, headline.Start, WordSpacing.OneWhitespace);
        if (tokens.IsExactly(the, "The")) end = tokens[the].Start;
        if (end == headline.Start) return true;
        var colon = tokens.TokenRightBefore(end, headline.Start, WordSpacing.OneWhitespace);
        return tokens.IsMark(colon, ':') && IsLabel(tokens, new Span(headline.Start, tokens[colon].Start));
    }

    /// <summary>Whether the verb starting at <paramref name="verbStart"/> follows the subject ending at <paramref name="subjectEnd"/>.</summary>
    public bool VerbFollows(TokenLayer tokens, int subjectEnd, int verbStart, int ceiling)
    {
        var next = tokens.TokenRightAfter(subjectEnd, ceiling, WordSpacing.OneWhitespace);
        if (next < 0) return false;
        if (tokens[next].Start == verbStart) return true;
        return tokens.IsExactlyAny(next, words.HeadlineAuxiliaries)
            && tokens.TokenRightAfter(tokens[next].End, ceiling, WordSpacing.OneWhitespace) is var verb and >= 0 && tokens[verb].Start == verbStart;
    }

    /// <summary>Whether a stretch is 2 to 20 characters of words in capitals and spaces ("FACT SHEET", "UPDATE").</summary>
    private static bool IsLabel(TokenLayer tokens, Span label)
    {
        if (label.Length is < ShortestLabel or > LongestLabel) return false;
        var at = label.Start;
        for (var i = tokens.IndexAt(label.Start); i < tokens.Count && tokens[i].Start < label.End; i++)
        {
            if (!IsCapitals(tokens, i) || tokens.Text.AsSpan(at, tokens[i].Start - at).ContainsAnyExcept(' ')) return false;
            at = tokens[i].End;
        }
        return !tokens.Text.AsSpan(at, label.End - at).ContainsAnyExcept(' ');
    }

    /// <summary>A word of capital letters only, one letter long or more.</summary>
    private static bool IsCapitals(TokenLayer tokens, int i) =>
        tokens.IsLetters(i) && (tokens[i].Shape == TokenShape.Upper || tokens[i].Length == 1 && tokens[i].Shape == TokenShape.Capitalized);
}
