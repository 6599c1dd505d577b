using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>
/// Possessives: an owner, "’s" (or a bare apostrophe after a plural in -s: "donors’ funds") and the noun phrase it owns, read
/// forward up to a mark, a preposition, conjunction or auxiliary, or a reporting verb after its first word ("the agency’s
/// chief said"). The owner is a whole name ("Ministry of Health’s") or the one word before the marker. "’s" after a pronoun
/// ("it’s", "there’s") is "is" or "has".
/// </summary>
internal sealed class PossessiveFinder(PhraseVocabulary words)
{
    /// <summary>A possessed noun phrase: modifiers and the head noun ("new aid package").</summary>
    public const int MaxHeadWords = 4;

    public void Find(TokenLayer tokens, int first, int end, List<Possessive> possessives)
    {
        for (var i = first + 1; i + 1 < end; i++)
        {
            if (!IsMarker(tokens, i) || tokens.IsAny(i - 1, words.NotPossessive)) continue;
            if (Head(tokens, i + 1, end) is not (>= 0 and var last)) continue;
            var owner = tokens.IsNameWord(i - 1) ? tokens.NameStart(i - 1, first, words.NameConnectors, words.Determiners) : i - 1;
            possessives.Add(new Possessive(new Span(tokens[owner].Start, tokens[i - 1].End), new Span(tokens[i].Start, tokens[i].End),
                new Span(tokens[i + 1].Start, tokens[last].End), new Span(tokens[last].Start, tokens[last].End)));
            i = last;
        }
    }

    /// <summary>"’s" glued to a word, or an apostrophe glued to a word in -s and followed by a space.</summary>
    private static bool IsMarker(TokenLayer tokens, int i)
    {
        var token = tokens[i];
        if (token.SpaceBefore || !tokens[i - 1].IsWordLike) return false;
        var text = tokens.Text;
        if (token.Kind == TokenKind.Clitic) return token.Length == 2 && text[token.Start + 1] is 's' or 'S';
        return token.Kind == TokenKind.Punctuation && token.Length == 1 && WordCharacters.IsApostrophe(text[token.Start])
            && text[tokens[i - 1].End - 1] is 's' or 'S' && tokens[i + 1].SpaceBefore;
    }

    /// <summary>The last word of the possessed noun phrase starting at <paramref name="start"/>, or -1.</summary>
    private int Head(TokenLayer tokens, int start, int end)
    {
        var last = -1;
        var count = 0;
        for (var j = start; j < end; j++)
        {
            if (tokens[j].Kind is TokenKind.Word or TokenKind.Number && (j == start || tokens[j].SpaceBefore))
            {
                if (tokens.IsAny(j, words.Breaks) || j > start && tokens.IsReportingVerb(j) || ++count > MaxHeadWords) break;
                last = j;
            }
            // A hyphen inside a compound ("US-backed", "long-term") joins its words.
            else if (tokens.IsMark(j, '-') && !tokens[j].SpaceBefore && j + 1 < end && !tokens[j + 1].SpaceBefore && last == j - 1) j++;
            else break;
            if (j > last) last = j;
        }
        return last;
    }
}
