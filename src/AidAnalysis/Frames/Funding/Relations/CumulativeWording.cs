using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// The words of an amount's clause that make it a sum of earlier money or a programme, read on the clause's tokens with the
/// word lists of relation-words.tsv. Words of a phrase stand one whitespace character apart, as written by hand.
/// </summary>
internal sealed class CumulativeWording(RelationVocabulary words)
{
    /// <summary>"since 2022", "Since March", "since the outbreak", "so far", "to date", "thus far", "up to now", "over the past
    /// three years". Case-sensitive past the first letter: "since June" starts a period, "since the funds ..." gives a reason.
    /// "announced so far" lists the news's announcements, not earlier money.</summary>
    public bool SumsUpEarlier(TokenLayer tokens, Span clause) =>
        AnyAt(tokens, clause, (j, end) => StartsAny(tokens, j, end, words.SoFar) && !AfterAnnounced(tokens, j, clause)
            || Since(tokens, j, end) || OverThePast(tokens, j, end));

    /// <summary>Whether the word one whitespace character before token <paramref name="j"/>, inside the clause, is an announcing participle.</summary>
    private bool AfterAnnounced(TokenLayer tokens, int j, Span clause) =>
        j > 0 && tokens[j - 1].Start >= clause.Start && tokens.SpacedFromPrevious(j, WordSpacing.OneWhitespace)
        && words.AnnouncedParticiples.Contains(tokens, j - 1);

    /// <summary>The sentence opens "With this allocation,", "With today's announcement,", "With the latest payment," before
    /// <paramref name="amount"/>: the running total the sentence tells includes that news.</summary>
    public bool OpensWithTheNews(TokenLayer tokens, Span sentence, int amount)
    {
        var j = tokens.FirstStartingFrom(sentence.Start);
        if (!words.NewsOpeners.Contains(tokens, j)) return false;
        j++;
        if (words.NewsDays.Contains(tokens, j) && j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Clitic) j += 2;
        else if (words.OfDeterminers.Contains(tokens, j)) j++;
        else return false;
        if (words.WholeAdjectives.Contains(tokens, j) && !words.NewsNouns.Contains(tokens, j)) j++;
        return words.NewsNouns.Contains(tokens, j) && tokens.IsMark(j + 1, ',') && tokens[j + 1].End <= amount;
    }

    /// <summary>"the largest ... to date": up to three words between; "to date" then dates the comparison, not the amount.</summary>
    public bool SuperlativeToDate(TokenLayer tokens, Span clause)
    {
        var (first, end) = tokens.WhollyWithin(clause);
        for (var j = first; j < end; j++)
        {
            if (!words.Superlatives.Contains(tokens, j)) continue;
            for (var p = j + 1; p <= j + 4 && OneSpaceBefore(tokens, p, end); p++)
            {
                if (tokens.Is(p, "to") && OneSpaceBefore(tokens, p + 1, end) && tokens.Is(p + 1, "date")) return true;
                if (p == j + 4 || !tokens.IsLetters(p)) break;
            }
        }
        return false;
    }

    /// <summary>"in total", unless a future verb ("will", "is set to") stands anywhere in the clause.</summary>
    public bool InTotalDone(TokenLayer tokens, Span clause)
    {
        var (first, end) = tokens.WhollyWithin(clause);
        bool inTotal = false, future = false;
        for (var j = first; j < end; j++)
        {
            inTotal |= tokens.Is(j, "in") && OneSpaceBefore(tokens, j + 1, end) && tokens.Is(j + 1, "total");
            future |= Entry(tokens, j, end, words.Future);
        }
        return inTotal && !future;
    }

    /// <summary>"every year", "annually", "over the next five years", "from 2024 to 2026".</summary>
    public bool Programme(TokenLayer tokens, Span clause) =>
        AnyAt(tokens, clause, (j, end) => Entry(tokens, j, end, words.PerYear) || OverTheNext(tokens, j, end) || YearRange(tokens, j, end));

    /// <summary>Whether <paramref name="at"/> holds at a token of the clause (its index, and the end of the clause's tokens).</summary>
    private static bool AnyAt(TokenLayer tokens, Span clause, Func<int, int, bool> at)
    {
        var (first, end) = tokens.Within(clause);
        for (var j = first; j < end; j++)
            if (tokens[j].Start >= clause.Start && at(j, end)) return true;
        return false;
    }

    /// <summary>"since" then a year, a capitalised word or "the" and a since-event word.</summary>
    private bool Since(TokenLayer tokens, int j, int end)
    {
        if (!LowerPastFirst(tokens, j, "since") || !OneSpaceBefore(tokens, j + 1, end)) return false;
        var next = tokens.TextOf(j + 1);
        if (StartsWithYear(next) || Capitalised(next)) return true;
        return tokens.TextOf(j + 1) is "the" && OneSpaceBefore(tokens, j + 2, end) && StartsAny(tokens, j + 2, end, words.SinceEvents);
    }

    /// <summary>"over the past three years", "Over the last six months".</summary>
    private bool OverThePast(TokenLayer tokens, int j, int end) =>
        LowerPastFirst(tokens, j, "over") && OneSpaceBefore(tokens, j + 1, end) && tokens.TextOf(j + 1) is "the"
        && OneSpaceBefore(tokens, j + 2, end) && Exactly(tokens, j + 2, words.Recent)
        && OneSpaceBefore(tokens, j + 3, end) && tokens.IsLetters(j + 3)
        && OneSpaceBefore(tokens, j + 4, end) && StartsAny(tokens, j + 4, end, words.TimeUnits);

    /// <summary>"over the next five years", any case.</summary>
    private bool OverTheNext(TokenLayer tokens, int j, int end) =>
        tokens.Is(j, "over") && OneSpaceBefore(tokens, j + 1, end) && tokens.Is(j + 1, "the")
        && OneSpaceBefore(tokens, j + 2, end) && words.Coming.Contains(tokens, j + 2)
        && OneSpaceBefore(tokens, j + 3, end) && tokens.IsLetters(j + 3)
        && OneSpaceBefore(tokens, j + 4, end) && tokens.Is(j + 4, "years");

    /// <summary>"from 2024 to 2026", "between 2023 and 2025", "from 2024 – 2026".</summary>
    private bool YearRange(TokenLayer tokens, int j, int end) =>
        words.RangeStarts.Contains(tokens, j) && OneSpaceBefore(tokens, j + 1, end) && tokens.TextOf(j + 1) is { Length: 4 } from
        && StartsWithYear(from) && OneSpaceBefore(tokens, j + 2, end) && words.RangeLinks.Contains(tokens, j + 2)
        && OneSpaceBefore(tokens, j + 3, end) && tokens.TextOf(j + 3) is var to && StartsWithYear(to)
        && (to.Length == 4 || !IsWordChar(to[4]));

    /// <summary>Whether an entry of <paramref name="entries"/> starts at token <paramref name="j"/>, ignoring case.</summary>
    private static bool Entry(TokenLayer tokens, int j, int end, RelationWordClass entries)
    {
        foreach (var entry in entries.Entries)
        {
            var k = 0;
            while (k < entry.Length && (k == 0 || OneSpaceBefore(tokens, j + k, end)) && tokens.Is(j + k, entry[k])) k++;
            if (k == entry.Length) return true;
        }
        return false;
    }

    /// <summary>Whether an entry of <paramref name="entries"/> starts at token <paramref name="j"/>, its last word as the
    /// beginning of a token, in lower case past the first letter.</summary>
    private static bool StartsAny(TokenLayer tokens, int j, int end, RelationWordClass entries)
    {
        foreach (var entry in entries.Entries)
        {
            var k = 0;
            for (; k < entry.Length && (k == 0 || OneSpaceBefore(tokens, j + k, end)); k++)
            {
                var text = tokens.TextOf(j + k);
                var word = k == entry.Length - 1 && text.Length > entry[k].Length ? text[..entry[k].Length] : text;
                if (!SameLowerPastFirst(word, entry[k], k == 0)) break;
            }
            if (k == entry.Length) return true;
        }
        return false;
    }

    private static bool Exactly(TokenLayer tokens, int j, RelationWordClass entries)
    {
        foreach (var entry in entries.Entries)
            if (entry.Length == 1 && tokens.TextOf(j).SequenceEqual(entry[0])) return true;
        return false;
    }

    private static bool LowerPastFirst(TokenLayer tokens, int j, string word) => SameLowerPastFirst(tokens.TextOf(j), word, true);

    /// <summary>Whether <paramref name="text"/> is the lower-case <paramref name="word"/>, its first letter in either case
    /// when <paramref name="firstEitherCase"/>.</summary>
    private static bool SameLowerPastFirst(ReadOnlySpan<char> text, string word, bool firstEitherCase) =>
        text.Length == word.Length && text.Length > 0
        && (firstEitherCase ? char.ToLowerInvariant(text[0]) == word[0] : text[0] == word[0]) && text[1..].SequenceEqual(word.AsSpan(1));

    /// <summary>Whether token <paramref name="j"/> is inside the clause and one whitespace character after the token before.</summary>
    private static bool OneSpaceBefore(TokenLayer tokens, int j, int end) =>
        j < end && tokens.SpacedFromPrevious(j, WordSpacing.OneWhitespace);

    private static bool StartsWithYear(ReadOnlySpan<char> text) =>
        text.Length >= 4 && (text[..2] is "19" or "20") && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);

    /// <summary>A capital and lower-case letters to the word's end: "March", "Kyiv".</summary>
    private static bool Capitalised(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !char.IsUpper(text[0])) return false;
        foreach (var c in text[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
