using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"to support ...", "for ..." right after the amount: what the money is for. An opener of funding-attribute-words.tsv
/// (purpose-opener) starts within 40 characters of the amount, with no comma, full stop or semicolon before it; the purpose runs
/// to the first comma, full stop, semicolon, opening bracket or joining word (purpose-end) at least three characters on, at most
/// 110, and is read off the text by the offsets of its tokens.</summary>
internal sealed class PurposeAfter(AttributeWords words)
{
    private const int OpenerReach = 40, ShortestBody = 3, LongestBody = 110, Reach = 200;

    /// <summary>The purpose, if any.</summary>
    public string? Of(TokenLayer tokens, Span amount, Span sentence)
    {
        var end = Math.Min(Math.Max(amount.End, sentence.End), amount.End + Reach);
        for (var i = tokens.FirstStartingFrom(amount.End); i < tokens.Count && tokens[i].Start <= amount.End + OpenerReach; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && words.PurposeOpeners.EndStartingAt(tokens, i, end) is var last and >= 0
                && tokens[last].End < end && char.IsWhiteSpace(tokens.Text[tokens[last].End])
                && BodyEnd(tokens, tokens[last].End + 1, end) is var stop and >= 0)
                return tokens.Text.AsSpan(tokens[i].Start, stop - tokens[i].Start).TrimEnd().ToString();
            // No comma, full stop or semicolon between the amount and the opener.
            if (tokens[i].End > end || tokens.TextOf(i).ContainsAny(',', '.', ';')) return null;
        }
        return null;
    }

    /// <summary>Where the purpose's words starting at <paramref name="body"/> end, or -1: the first comma, full stop, semicolon
    /// or opening bracket, or whitespace before a joining word, or the end of the stretch read, at least three characters on
    /// and at most 110, with no full stop, semicolon or bracket before it.</summary>
    private int BodyEnd(TokenLayer tokens, int body, int end)
    {
        var limit = body + LongestBody;
        for (var j = tokens.FirstStartingFrom(body); j < tokens.Count && tokens[j].Start < end; j++)
        {
            // A joining word with whitespace either side ends the purpose at the whitespace before it.
            var space = tokens[j].Start - 1;
            if (space >= body + ShortestBody && char.IsWhiteSpace(tokens.Text[space]) && words.PurposeEnds.IsWord(tokens, j) && tokens[j].End < end && char.IsWhiteSpace(tokens.Text[tokens[j].End]))
                return space <= limit ? space : -1;
            var text = tokens.TextOf(j);
            for (var k = 0; k < text.Length && tokens[j].Start + k < end; k++)
            {
                var at = tokens[j].Start + k;
                if (at > limit) return -1;
                if (at >= body + ShortestBody && text[k] is ',' or '.' or ';' or '(') return at;
                if (text[k] is '.' or ';' or '(' or ')') return -1;
            }
        }
        return end - body >= ShortestBody && end <= limit ? end : -1;
    }
}
