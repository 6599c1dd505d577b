using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Names without a title: before "MP" ("Anna Berg MP"), after a known given name ("Donald X"), and as the subject or object of
/// a reporting verb ("X Y said", "X Y on Tuesday told", "X Y also said", "said X Y"). Lexicon words are found by trie, names by small anchored
/// patterns.
/// </summary>
internal sealed class LooseNames(Lexicon lexicon)
{
    /// <summary>Weekdays and day words ("Monday", "yesterday") that may stand between a name and its verb.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeAdjuncts = lexicon.TimeWords
        .Where(w => w.Kind is TimeWordKind.Weekday or TimeWordKind.Day)
        .Select(w => w.Phrase).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Auxiliaries and adverbs that may stand between a name and its verb, as written (claim-words.tsv, the class
    /// an aside's closing comma takes before its verb).</summary>
    private readonly WordSet _betweenNameAndVerb = TextPatterns.SpanWordSet(lexicon.ClaimWordClasses["aside-verb-filler"]);

    /// <summary>The candidates in the order the rules above find them, each with the role it gives ("MP") or none; the caller
    /// cleans each and drops those a title reads.</summary>
    public IEnumerable<(Span Name, string? Role)> Find(TokenLayer tokens, PersonWords lexiconWords)
    {
        var text = tokens.Text;
        // First, so that "X MP" keeps its role where a given name finds the same name without one.
        foreach (var name in NamesBeforeMP.Find(tokens)) yield return (name, "MP");
        foreach (var given in lexiconWords.GivenNames)
        {
            // One or two more name tokens ("Donald X", "Donald van X").
            if (AfterGivenName(tokens, given.End) is not (> 0 and var end)) continue;
            // A name does not run across a line break ("Donald" ending one line, a heading starting the next).
            if (text.AsSpan(given.Start, end - given.Start).IndexOf('\n') < 0) yield return (new Span(given.Start, end), null);
        }
        foreach (var (verb, at) in lexiconWords.ReportingVerbs)
        {
            // Each match is the name and one space, after the name or before it.
            if (NameBeforeVerb(tokens, at.Start) is { } before) yield return (before, null);
            if (verb is "said" or "says" or "added" or "told" && NameAfterVerb(tokens, at.End) is > 0 and var after)
                yield return (new Span(at.End + 1, after), null);
            // "said economic analyst X Y": a role noun and its lower-case modifiers between the verb and the name give the role.
            else if (verb is "said" or "says" or "added" && RoleAfterVerb(tokens, at.End) is { } role && NameAfterVerb(tokens, role.End) is > 0 and var named)
                yield return (new Span(role.End + 1, named), text[role.Start..role.End]);
        }
    }

    /// <summary>Where the one or two name tokens after the given name ending at <paramref name="end"/> end; -1 if none follows.</summary>
    internal static int AfterGivenName(TokenLayer tokens, int end)
    {
        Span<(int End, int Next)> ends = stackalloc (int, int)[2];
        var count = NameTokensAfter.Read(tokens, end, tokens.Text.Length, particlesFirst: true, ends);
        return count > 0 ? ends[count - 1].End : -1;
    }

    /// <summary>"said economic analyst": one to three lower-case words after the verb ending at <paramref name="verb"/>, one space
    /// before each, the last a person's role noun (person-roles.txt); null if none.</summary>
    private Span? RoleAfterVerb(TokenLayer tokens, int verb)
    {
        var i = tokens.FirstStartingFrom(verb);
        var first = i;
        for (; i < tokens.Count && i - first < 3; i++)
        {
            if (tokens[i].Start != (i == first ? verb : tokens[i - 1].End) + 1 || tokens.Text[tokens[i].Start - 1] != ' '
                || !tokens.IsLetters(i, lowerOnly: true)) return null;
            if (lexicon.PersonRoles.Contains(tokens.Text[tokens[i].Start..tokens[i].End])) return new Span(tokens[first].Start, tokens[i].End);
        }
        return null;
    }

    /// <summary>Where the name of two or three tokens after the reporting verb ending at <paramref name="verb"/> ends ("said X Y");
    /// -1 if none follows.</summary>
    internal static int NameAfterVerb(TokenLayer tokens, int verb)
    {
        Span<(int End, int Next)> ends = stackalloc (int, int)[3];
        var count = NameTokensAfter.Read(tokens, verb, tokens.Text.Length, particlesFirst: false, ends);
        return count >= 2 ? ends[count - 1].End : -1;
    }

    /// <summary>A name of two or three tokens right before a reporting verb at <paramref name="verb"/>, or closing a parenthetical
    /// before it ("..., Anna Berg, disclosed"): the name, then an optional comma and one whitespace character.</summary>
    private Span? NameBeforeVerb(TokenLayer tokens, int verb)
    {
        var next = tokens.IndexAt(verb);
        if (next >= tokens.Count || tokens[next].Start != verb || !tokens[next].SpaceBefore || verb - 1 <= 0) return null;
        // "X Y also said", "X Y has said", "X Y had earlier told": up to two auxiliaries or adverbs between the name and its verb.
        var skipped = 0;
        for (; skipped < 2 && next > 1 && tokens.SpacedFromPrevious(next, WordSpacing.OneWhitespace)
             && tokens[next - 1].SpaceBefore && _betweenNameAndVerb.Contains(tokens.TextOf(next - 1)); skipped++) next--;
        verb = tokens[next].Start;
        var before = next - 1;
        var end = before >= 0 && tokens[before].End == verb - 1 && tokens.IsMark(before, ',') ? verb - 2 : verb - 1;
        end = BeforeTimeAdjunct(tokens, end);
        var text = tokens.Text;
        var start = NameBeforeEnd.AfterPossessor(tokens, NameBeforeEnd.NameTokens(tokens, end, minTokens: 2, maxTokens: 3), end);
        if (start < 0) return null;
        // "Residents of Gaza City also said": across a filler, a capitalised pair after a preposition is a place, not the subject.
        var preceding = tokens.LastEndingBy(start);
        if (skipped > 0 && preceding >= 0 && tokens.IsLetters(preceding, lowerOnly: true)
            && lexicon.StatePrepositions.NonAgent.Contains(text[tokens[preceding].Start..tokens[preceding].End])) return null;
        return new Span(start, end);
    }

    /// <summary>"X Y on Tuesday said", "X Y yesterday told": where the name ends when a day adjunct (a weekday after "on",
    /// or a day word) stands between it and the verb; otherwise <paramref name="end"/>.</summary>
    private int BeforeTimeAdjunct(TokenLayer tokens, int end)
    {
        var word = tokens.LastEndingBy(end);
        if (word < 0 || tokens[word].End != end || !tokens.IsLetters(word) || tokens[word].Start - 1 <= 0
            || tokens.Text[tokens[word].Start - 1] != ' ' || !_timeAdjuncts.Contains(tokens.TextOf(word))) return end;
        var wordStart = tokens[word].Start;
        // A weekday needs its "on" ("on Tuesday"); a day word stands alone ("yesterday").
        if (!char.IsUpper(tokens.Text[wordStart])) return wordStart - 1;
        var on = wordStart - 4;
        return on > 0 && tokens.IsExactly(word - 1, "on") && tokens[word - 1].End == wordStart - 1 && tokens.StandsBetweenSpaces(word - 1) ? on : end;
    }
}
