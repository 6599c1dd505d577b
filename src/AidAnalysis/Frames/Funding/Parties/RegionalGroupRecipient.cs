using System.Globalization;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "aid to African countries fell to $1 billion", "$4 billion in loans to Asian governments", "to help Pacific nations
/// rebuild": several states named together by a capitalised adjective and a plural noun of states receive, written as the text
/// groups them (SCHEMA.md). The phrase follows a recipient marker in the amount's clause: after the amount, or before it with
/// no comma between.
/// </summary>
internal sealed class RegionalGroupRecipient(PartyWords words)
{
    /// <summary>How far from the amount the phrase may stand.</summary>
    private const int Reach = 80;

    /// <summary>How many capitalised words may qualify the plural noun ("West African countries").</summary>
    private const int MaxQualifiers = 2;

    /// <summary>The group phrase nearest the amount, or null.</summary>
    public string? Find(TokenLayer tokens, Span amount, Span window)
    {
        var start = Math.Max(window.Start, amount.Start - Reach);
        var end = Math.Min(window.End, amount.End + Reach);
        if (end <= start) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        var (first, last) = tokens.Within(new Span(start, end));
        for (var noun = first; noun < last; noun++)
        {
            if (!tokens.IsExactlyAny(noun, words.StateGroups) || PhraseStart(tokens, noun, start) is not (>= 0 and var from)) continue;
            var span = new Span(from, tokens[noun].End);
            if (span.Overlaps(amount) || span.End <= amount.Start && tokens.Text.AsSpan(span.End, amount.Start - span.End).Contains(',')) continue;
            if (span.DistanceTo(amount) < bestDistance) (best, bestDistance) = (tokens.Text[span.Start..span.End], span.DistanceTo(amount));
        }
        return best;
    }

    /// <summary>Where the group phrase ending in <paramref name="noun"/> starts: its first capitalised word, when one or two
    /// such words stand right before the noun and a beneficiary marker (perhaps with "the") right before them, all at or
    /// after <paramref name="from"/>, one whitespace character apart; -1 otherwise.</summary>
    private int PhraseStart(TokenLayer tokens, int noun, int from)
    {
        var word = noun;
        for (var count = 1; count <= MaxQualifiers; count++)
        {
            word = tokens.TokenRightBefore(tokens[word].Start, from, WordSpacing.OneWhitespace);
            if (word < 0 || (word = QualifierStart(tokens, word, from)) < 0) return -1;
            var marker = tokens.TokenRightBefore(tokens[word].Start, from, WordSpacing.OneWhitespace);
            if (marker >= 0 && words.BeneficiaryMarkers.EndsAt(tokens, marker, from)) return tokens[word].Start;
        }
        return -1;
    }

    /// <summary>The first token of the capitalised qualifier ending in token <paramref name="last"/>: a word, or words joined
    /// by hyphens with nothing between ("Sub-saharan", a hyphen being a token of its own), written as a capital and then
    /// lower-case letters or hyphens; -1 otherwise.</summary>
    private static int QualifierStart(TokenLayer tokens, int last, int from)
    {
        var first = last;
        while (first >= 2 && tokens.IsMark(first - 1, '-') && tokens[first - 2].Start >= from
            && tokens[first - 1].Start == tokens[first - 2].End && tokens[first].Start == tokens[first - 1].End)
            first -= 2;
        return IsCapitalised(tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start)) ? first : -1;
    }

    /// <summary>"African", "Sub-saharan": a capital, then lower-case letters or hyphens.</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || CharUnicodeInfo.GetUnicodeCategory(word[0]) != UnicodeCategory.UppercaseLetter) return false;
        foreach (var c in word[1..])
            if (c != '-' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.LowercaseLetter) return false;
        return true;
    }
}
