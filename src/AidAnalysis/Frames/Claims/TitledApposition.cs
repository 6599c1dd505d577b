using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The Minister of Relief, Jane Doe, disclosed", "Oxfam's country lead, John Roe, said": a title or role that names
/// nobody, then the person's name in apposition; the person speaks.</summary>
internal sealed class TitledApposition(ClaimVocabulary vocabulary)
{
    private readonly WordSet _titleHeads = vocabulary.TitleHeadWords;

    /// <summary>"The Minister of Relief, Jane Doe, disclosed": a title with no name of its own, then the name in apposition,
    /// which speaks. Not "The ministry, led by X, said" (the head is no title) nor "X, a fellow at Y, said" (the name comes first).</summary>
    public Speaker? NamedInApposition(AnalysisDocument doc, SpeakerIndex index, Span near, Span apposition)
    {
        var tokens = doc.Tokens;
        if (index.Within(near).Any(m => m.Actor.Kind == ActorKind.Person)) return null;
        var all = tokens.ClaimWordsIn(near, int.MaxValue);
        var words = all.GetRange(Math.Max(0, all.Count - TitleWords), Math.Min(all.Count, TitleWords));
        if (words.Count == 0 || !(words.Any(w => _titleHeads.Contains(Text(tokens, w))) || words.All(w => char.IsUpper(tokens.CharAt(w.Start)) || Text(tokens, w) is "of" or "for" or "and" or "the" or "on")
            || IsOrganizationsRole(tokens, index, near))) return null;
        var person = index.Within(apposition).FirstOrDefault(m => m.Actor.Kind == ActorKind.Person);
        if (person.Actor is null || tokens.ClaimWordsIn(new Span(apposition.Start, person.Span.Start), 2).Count > 1) return null;
        return tokens.ClaimWordsIn(new Span(person.Span.End, apposition.End), 3).Count <= 2 ? new Speaker(person.Actor.Name, person.Actor.Id, person.Actor.Kind) : null;
    }

    /// <summary>How many of the last words before the apposition are read for a title.</summary>
    private const int TitleWords = 16;

    private static ReadOnlySpan<char> Text(TokenLayer tokens, Span word) => tokens.Text.AsSpan(word.Start, word.Length);

    /// <summary>"Caritas's field director", "Caritas Europe's Moldova coordinator": a named body's possessive (the body's name may go on in
    /// capitalised words, as a regional branch's does) and a short role ending in a lower-case word, whatever the role word.</summary>
    private static bool IsOrganizationsRole(TokenLayer tokens, SpeakerIndex index, Span near) =>
        PossessiveRole(tokens, near) is var marker and >= 0
        && index.Within(near).Any(m => m.Span.End <= tokens[marker].Start && IsBranchName(tokens, new Span(m.Span.End, tokens[marker].Start)));

    /// <summary>The first "’s" in <paramref name="near"/> followed by one to three words to its end, the last one lower case
    /// ("’s Moldova coordinator"); its token index, or -1.</summary>
    private static int PossessiveRole(TokenLayer tokens, Span near)
    {
        for (var i = tokens.FirstStartingFrom(near.Start); i < tokens.Count && tokens[i].End <= near.End; i++)
            if (tokens[i].Kind == TokenKind.Clitic && tokens.TextOf(i) is "'s" or "’s" && IsRole(tokens, i + 1, near)) return i;
        return -1;
    }

    /// <summary>One to three words from token <paramref name="first"/> (after a space) to the end of <paramref name="near"/>:
    /// letters and hyphens, the last lower case.</summary>
    private static bool IsRole(TokenLayer tokens, int first, Span near)
    {
        var words = 0;
        var lowerLast = false;
        for (var i = first; i < tokens.Count && tokens[i].Start < near.End; i++)
        {
            if (!tokens[i].SpaceBefore || ++words > 3) return false;
            var word = i;
            i = WordEnd(tokens, i, near.End);
            if (i < 0) return false;
            lowerLast = char.IsLower(tokens.CharAt(tokens[word].Start));
            for (var j = word; j <= i && lowerLast; j++) lowerLast = IsLettersOrHyphen(tokens, j, lowerOnly: true);
        }
        return words > 0 && lowerLast;
    }

    /// <summary>Nothing, or up to two capitalised words, each after one space, continuing a body's name ("Oxfam" + " Pacific").</summary>
    private static bool IsBranchName(TokenLayer tokens, Span gap)
    {
        var (words, end) = (0, gap.Start);
        for (var i = tokens.FirstStartingFrom(gap.Start); i < tokens.Count && tokens[i].Start < gap.End; i++)
        {
            var at = tokens[i].Start;
            if (++words > 2 || at - 1 != end || !tokens[i].SpaceBefore || !char.IsUpper(tokens.CharAt(at))) return false;
            i = WordEnd(tokens, i, gap.End);
            if (i < 0) return false;
            end = tokens[i].End;
        }
        return end == gap.End;
    }

    /// <summary>The last token of the word of letters and hyphens that token <paramref name="first"/> opens (tokens glued
    /// together, ending by <paramref name="limit"/>), or -1 when another character is in it.</summary>
    private static int WordEnd(TokenLayer tokens, int first, int limit)
    {
        for (var i = first; ; i++)
        {
            if (tokens[i].End > limit || !IsLettersOrHyphen(tokens, i, lowerOnly: false)) return -1;
            if (i + 1 >= tokens.Count || tokens[i + 1].Start != tokens[i].End || tokens[i + 1].Start >= limit) return i;
        }
    }

    /// <summary>A word of letters (lower-case only where asked) or a hyphen.</summary>
    private static bool IsLettersOrHyphen(TokenLayer tokens, int i, bool lowerOnly) => tokens.IsMark(i, '-') || tokens.IsLetters(i, lowerOnly);
}
