using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"from X's relief agency", "from the bank's emergency budget": after "from", the owner of a giving body (a
/// department, agency, fund or budget: giving-body-noun of party-words.tsv, any case) gives, at the level SCHEMA.md charts donors.</summary>
internal static class GivingBodyOwner
{
    /// <summary>Words between the possessive and the body noun, and how far after the mention the noun may end.</summary>
    private const int Between = 3, Reach = 60;

    /// <summary>Whether the possessive mention owns a giving body within a few words of letters and hyphens, one space apart.</summary>
    public static bool Owns(TokenLayer tokens, Span mention, WordSet bodyNouns)
    {
        var last = Possessive.At(tokens, mention.End);
        for (var words = 0; last >= 0 && words <= Between; words++)
        {
            var first = last + 1;
            if (first >= tokens.Count || !tokens.SpacedFromPrevious(first, WordSpacing.OneWhitespace) || tokens[first].End > mention.End + Reach) return false;
            if (tokens[first].Kind == TokenKind.Word && tokens.IsAny(first, bodyNouns)) return true;
            last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End) last++;
            if (!tokens.IsLetterRun(first, last)) return false;
        }
        return false;
    }
}
