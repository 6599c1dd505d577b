using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>", adding that", ", blaming the drought": a participle clause after a comma opens the speaker's next act, so
/// what it names is neither the statement before it nor its speaker. "during" ends like a participle but is a preposition
/// (", said X, during a visit by ..."), so a first such phrase reading ", during " is none.</summary>
internal static class ParticipleClause
{
    /// <summary>Where (at its comma) the first participle clause in <paramref name="span"/> starts, or -1: a comma, a space and
    /// a lower-case word of two or more letters and "ing", followed by a space.</summary>
    public static int StartIn(TokenLayer tokens, Span span)
    {
        var word = tokens.WordAfterComma(span, IsParticiple);
        return word < 0 || tokens.IsExactly(word, "during") ? -1 : tokens[word - 1].Start;
    }

    private static bool IsParticiple(TokenLayer tokens, int i) =>
        tokens[i].Length >= 5 && tokens.IsLetters(i, lowerOnly: true) && tokens.TextOf(i).EndsWith("ing", StringComparison.Ordinal);
}
