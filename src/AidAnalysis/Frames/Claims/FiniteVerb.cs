using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Whether a phrase holds a finite verb, which makes it a clause rather than a noun phrase or an adjunct:
/// an auxiliary or modal, or a past form ("had died", "rose" is missed, "reached" is not).</summary>
internal static class FiniteVerb
{
    /// <summary>Whether a lower-case word inside <paramref name="span"/> is one of <paramref name="auxiliaries"/> or a past form
    /// of three or more letters and "ed". "wasn’t" holds no "was": its word runs on into the clitic.</summary>
    public static bool In(TokenLayer tokens, Span span, WordSet auxiliaries)
    {
        for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].End <= span.End; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Shape != TokenShape.Lower || RunsIntoNegation(tokens, i)) continue;
            var word = tokens.TextOf(i);
            if (auxiliaries.Contains(word) || tokens.EndsInEd(i, minLength: 5) && tokens.IsLetters(i, lowerOnly: true)) return true;
        }
        return false;
    }

    private static bool RunsIntoNegation(TokenLayer tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Clitic && tokens[i + 1].Start == tokens[i].End && tokens.TextOf(i + 1)[0] is 'n' or 'N';
}
