using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A recipient the text describes instead of naming: "for those who have left their homes in X", "to areas affected
/// by flooding", "to help families in forgotten emergencies in nine countries", "for the stricken X community in Y". The phrase runs
/// from a recipient marker through a head noun of the recipient-heads lexicon and the clause or phrase that qualifies it
/// (without one, "flood victims" or "the displaced" says too little), to the next punctuation or preposition of direction
/// (<see cref="Parties.DescribedPhrases"/>).</summary>
public sealed partial class FundingBuilder
{
    private const int DescribedReach = 100;

    /// <summary>The described recipient nearest the amount within its clause, and where it stands.</summary>
    private (string Text, Span Span)? Described(TokenLayer tokens, Span amount, Span window)
    {
        var (start, end) = WholeWords(tokens, Math.Max(window.Start, amount.Start - DescribedReach), Math.Min(window.End, amount.End + DescribedReach), window);
        if (end <= start) return null;
        (string, Span)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var np in _parties.DescribedPhrases.Find(tokens, new Span(start, end)))
        {
            var span = new Span(np.Start, _parties.DescriptionWords.PhraseEnd(tokens, np));
            if (span.Overlaps(amount) || span.Length == 0 || _parties.DescriptionWords.IsUninformative(tokens, span)) continue;
            var distance = span.DistanceTo(amount);
            if (distance < bestDistance) (best, bestDistance) = ((tokens.Text[span.Start..span.End], span), distance);
        }
        return best;
    }

    /// <summary>The reach around the amount widened to whole tokens within the window: a description cut by the reach ends with
    /// its last word, never inside it ("in Syri" for "in Syria").</summary>
    private static (int Start, int End) WholeWords(TokenLayer tokens, int start, int end, Span window)
    {
        var first = tokens.IndexAt(start);
        if (first < tokens.Count && tokens[first].Start < start) start = tokens[first].Start >= window.Start ? tokens[first].Start : tokens[first].End;
        var last = tokens.IndexAt(end - 1);
        if (end > 0 && last < tokens.Count && tokens[last].Start < end && tokens[last].End > end) end = tokens[last].End <= window.End ? tokens[last].End : tokens[last].Start;
        return (start, end);
    }
}

/// <summary>The words a described recipient is read by, as written words (tokens written against each other, between whitespace):
/// the function words it does not end on, and the descriptions that single out no one (the description classes of party-words.tsv).</summary>
internal sealed class DescriptionWords(Parties.PartyWords partyWords)
{

    /// <summary>Where the phrase <paramref name="phrase"/> ends without the whitespace and the function words it closes with, each
    /// after one whitespace character ("families in need of" → "families in need").</summary>
    public int PhraseEnd(TokenLayer tokens, Span phrase)
    {
        if (phrase.End <= phrase.Start) return phrase.Start;
        var cut = phrase.End;
        var last = tokens.IndexAt(phrase.End - 1);
        // The phrase ends in whitespace: it ends with the last token before it.
        if (last >= tokens.Count || tokens[last].Start >= phrase.End) cut = last > 0 ? Math.Max(phrase.Start, tokens[last - 1].End) : phrase.Start;
        while (WrittenWordStart(tokens, cut, phrase.Start) is var start && start > phrase.Start
               && partyWords.DescriptionTrailingWords.Contains(tokens.Text.AsSpan(start, cut - start)))
            cut = start - 1;
        return cut;
    }

    /// <summary>Whether the phrase singles out no one: it is "(X) (most) in need" or "(X) (most) affected", one whitespace character
    /// between the words, or it holds "the country", "the nation", "the state" or "the region" as words of their own.</summary>
    public bool IsUninformative(TokenLayer tokens, Span phrase) => IsInNeedOrAffected(tokens, phrase) || HoldsTheState(tokens, phrase);

    private bool IsInNeedOrAffected(TokenLayer tokens, Span phrase)
    {
        Span<Span> words = stackalloc Span[5];
        var count = 0;
        for (var next = tokens.IndexAt(phrase.Start); count < words.Length; count++)
        {
            var word = tokens.NextWrittenWord(ref next, phrase);
            if (word.Length == 0) break;
            if (count == 0 ? word.Start != phrase.Start : word.Start != words[count - 1].End + 1) return false;
            words[count] = word;
        }
        if (count is 0 or 5) return false;
        // The last word ends the phrase, or a line break alone follows it.
        var end = words[count - 1].End;
        if (end != phrase.End && !(end == phrase.End - 1 && tokens.Text[end] == '\n')) return false;
        var text = tokens.Text;
        var before = Is(text, words[count - 1], partyWords.DescriptionAffected) ? count - 1
            : count >= 2 && Is(text, words[count - 1], partyWords.DescriptionNeed) && Is(text, words[count - 2], partyWords.DescriptionIn) ? count - 2 : -1;
        return before is 0 or 1 || before == 2 && Is(text, words[1], partyWords.DescriptionDegree);
    }

    private static bool Is(string text, Span word, WordSet written) => written.Contains(text.AsSpan(word.Start, word.Length));

    private bool HoldsTheState(TokenLayer tokens, Span phrase)
    {
        for (var the = tokens.IndexAt(phrase.Start); the + 1 < tokens.Count && tokens[the].End < phrase.End; the++)
        {
            // "the" ends its token, and a word starts there: the token is "the", or "the" follows an apostrophe inside it.
            var at = tokens[the].End - 3;
            if (at < phrase.Start || !tokens.TextOf(the).EndsWith("the", StringComparison.Ordinal)) continue;
            if (at != phrase.Start && (at == tokens[the].Start ? tokens.GluedToWordCharacter(the) : !WordCharacters.IsApostrophe(tokens.Text[at - 1]))) continue;
            var noun = the + 1;
            if (!tokens.SpacedFromPrevious(noun, WordSpacing.OneWhitespace)) continue;
            foreach (var word in partyWords.DescriptionStateNouns)
            {
                var end = tokens[noun].Start + word.Length;
                if (end > phrase.End || !tokens.TextOf(noun).StartsWith(word, StringComparison.Ordinal)) continue;
                if (end == phrase.End || (end == tokens[noun].End ? !tokens.RunsOnAsWord(noun) : WordCharacters.IsApostrophe(tokens.Text[end]))) return true;
            }
        }
        return false;
    }

    /// <summary>Where the written word that ends at <paramref name="end"/> starts, no earlier than <paramref name="floor"/>; -1 when
    /// whitespace ends there or nothing is left.</summary>
    private static int WrittenWordStart(TokenLayer tokens, int end, int floor)
    {
        if (end <= floor) return -1;
        var i = tokens.IndexAt(end - 1);
        if (i >= tokens.Count || tokens[i].Start > end - 1) return -1;
        while (tokens[i].Start > floor && i > 0 && tokens[i - 1].End == tokens[i].Start) i--;
        return Math.Max(tokens[i].Start, floor);
    }
}
