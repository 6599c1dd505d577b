using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"a Korvalan Aid Agency spokesman", "three ministry officials", "a spokesperson for the Delta Relief Fund": an unnamed member of a named body, introduced
/// by an indefinite determiner or a number, speaks as that phrase — the person the text attributes the statement to, not the
/// body (SCHEMA: anonymous speakers are named as the text names them; the body's name stays inside the phrase).</summary>
internal sealed class AnonymousMembers(Lexicon lexicon)
{
    /// <summary>The longest window read for a phrase.</summary>
    private const int Reach = 160;

    /// <summary>How many words may stand between the determiner and the head noun.</summary>
    private const int Modifiers = 5;

    /// <summary>How long a complement naming the body may be.</summary>
    private const int LongestComplement = 80;

    /// <summary>Marks a complement does not run across: it names the body, not a clause or quotation.</summary>
    private static readonly SearchValues<char> ComplementBreaks = SearchValues.Create(",;:“”\"()");

    /// <summary>The unnamed member that is all of <paramref name="window"/>, when its head is a person's (a group noun that is also a
    /// person's role: group-speakers.txt, person-roles.txt) and a known actor is named inside it; else null.</summary>
    public Speaker? Member(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span window)
    {
        if (window.Length > Reach || Phrase(doc.Tokens, window) is not var (phrase, headSpan)) return null;
        var head = doc.Text[headSpan.Start..headSpan.End];
        if (!lexicon.GroupSpeakers.Contains(head) || !(lexicon.PersonRoles.Contains(head) || lexicon.PersonRoles.Contains(head.TrimEnd('s')))) return null;
        if (!index.Within(phrase).Any()) return null;
        return GroupPhrases.SubjectGroup(index, actors, doc.Text[phrase.Start..phrase.End].TrimEnd(',', ' '), window.End);
    }

    /// <summary>The member phrase that is all of <paramref name="window"/> but for commas and spaces before it and spaces and full
    /// stops after it, with its head noun: a determiner of member-determiners.txt (its first letter in either case), up to five
    /// words of letters, digits and . ’ ' &amp; -, a lower-case head noun, and an optional complement naming the body ("for the
    /// fund", at most 80 characters and no comma, colon, quotation mark or bracket); one whitespace character between each two.
    /// A phrase after a name is that name's apposition ("said X Y, a spokesman for Z"), so it must open the window. Null if
    /// the window holds no such phrase.</summary>
    internal (Span Phrase, Span Head)? Phrase(TokenLayer tokens, Span window)
    {
        var text = tokens.Text;
        var next = tokens.IndexAt(window.Start);
        while (next < tokens.Count && tokens[next].Start >= window.Start && tokens[next].Start < window.End && tokens.IsMark(next, ',')) next++;
        var determiner = tokens.NextWrittenWord(ref next, window);
        if (determiner.Length == 0 || !IsDeterminer(text.AsSpan(determiner.Start, determiner.Length))) return null;
        var end = EndBeforeStops(tokens, window);
        var previous = determiner;
        for (var words = 0; words <= Modifiers; words++)
        {
            var word = tokens.NextWrittenWord(ref next, window);
            if (word.Length == 0 || word.Start != previous.End + 1) return null;
            var run = text.AsSpan(word.Start, word.Length).IndexOfAnyExcept(LowerLetters);
            var headEnd = run < 0 ? word.End : word.Start + run;
            if (headEnd > word.Start)
            {
                var head = new Span(word.Start, headEnd);
                if (headEnd == word.End && ComplementEnd(tokens, next, word, window, end) is var complemented and >= 0)
                    return (new Span(determiner.Start, complemented), head);
                if (headEnd >= end) return (new Span(determiner.Start, headEnd), head);
            }
            if (words == Modifiers || text.AsSpan(word.Start, word.Length).ContainsAnyExcept(ModifierCharacters)) return null;
            previous = word;
        }
        return null;
    }

    /// <summary>Whether <paramref name="word"/> is a member determiner as member-determiners.txt writes it, its first letter in either case.</summary>
    private bool IsDeterminer(ReadOnlySpan<char> word)
    {
        foreach (var determiner in lexicon.MemberDeterminers)
            if (word.Length == determiner.Length && word[1..].SequenceEqual(determiner.AsSpan(1))
                && (word[0] == determiner[0] || char.IsLower(determiner[0]) && word[0] == char.ToUpperInvariant(determiner[0])))
                return true;
        return false;
    }

    /// <summary>Where the complement after the head <paramref name="head"/> ends ("spokesman for the fund"), reaching the window's
    /// <paramref name="end"/> (before its closing spaces and full stops), or -1: one whitespace character, a preposition (for, at, of, from, with), whitespace,
    /// then at least two characters and at most <see cref="LongestComplement"/>, none a complement break.</summary>
    private static int ComplementEnd(TokenLayer tokens, int next, Span head, Span window, int end)
    {
        var preposition = tokens.NextWrittenWord(ref next, window);
        if (preposition.Start != head.End + 1 || preposition.End >= window.End
            || tokens.Text.AsSpan(preposition.Start, preposition.Length) is not ("for" or "at" or "of" or "from" or "with")) return -1;
        // The complement opens right after the whitespace character that follows the preposition.
        var start = preposition.End + 1;
        var stop = Math.Max(start + 2, end);
        if (stop > window.End || stop - start > LongestComplement) return -1;
        for (var i = tokens.IndexAt(start); i < tokens.Count && tokens[i].Start < stop; i++)
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Number
                && tokens.Text.AsSpan(Math.Max(tokens[i].Start, start), Math.Min(tokens[i].End, stop) - Math.Max(tokens[i].Start, start)).ContainsAny(ComplementBreaks))
                return -1;
        return stop;
    }

    /// <summary>The end of <paramref name="window"/> without the whitespace and full stops that close it.</summary>
    private static int EndBeforeStops(TokenLayer tokens, Span window)
    {
        var i = tokens.IndexAt(window.End - 1);
        if (i >= tokens.Count || tokens[i].Start >= window.End) i--;
        for (; i >= 0 && tokens[i].End > window.Start; i--)
        {
            var start = Math.Max(tokens[i].Start, window.Start);
            var kept = tokens.Text.AsSpan(start, Math.Min(tokens[i].End, window.End) - start).TrimEnd('.');
            if (kept.Length > 0) return start + kept.Length;
        }
        return window.Start;
    }

    /// <summary>What a head noun is written in: <c>\p{Ll}</c>.</summary>
    private static readonly SearchValues<char> LowerLetters = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsLower).ToArray());

    /// <summary>What the words before the head are written in: letters, digits, . ’ ' &amp; -.</summary>
    private static readonly SearchValues<char> ModifierCharacters = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsLetter(c) || char.IsNumber(c) || c is '.' or '’' or '\'' or '&' or '-').ToArray());
}
