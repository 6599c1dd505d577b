using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Untitled names whose given name the lexicon need not know, read from where they stand in the clause: the subject of a
/// reporting verb across an aside ("X Y, a UN spokesperson, said", "X Y, 54, said", "X Y, who leads the team, told") and the
/// object of a verb that takes a person ("met X Y in Hanoi"). The caller checks that each candidate is a clean name.
/// </summary>
internal sealed partial class UntitledNames(Lexicon lexicon)
{
    /// <summary>Two or three name tokens after a verb, not running on into a fourth capitalised word (an organisation's name).</summary>
    [GeneratedRegex($@"^\s(?<name>{TextPatterns.NameToken}(?:\s{TextPatterns.ParticlesBeforeToken}{TextPatterns.NameToken}){{1,2}})(?![\p{{L}}\p{{M}}\-’']|\s\p{{Lu}})", TextPatterns.WindowOptions)]
    private static partial Regex NameAfterVerb { get; }

    /// <summary>Auxiliaries and adverbs that may stand between an aside's closing comma and its verb ("X, a nurse, also said").</summary>
    [GeneratedRegex(@",\s(?:(?:has|had|have|also|later|then|earlier|separately)\s){0,2}\z", TextPatterns.WindowOptions)]
    private static partial Regex BeforeVerb { get; }

    /// <summary>An aside is at most this long: a role, an age, a short relative clause.</summary>
    private const int LongestAside = 150;

    /// <summary>The name that opens a clause and is closed off by an aside right before the reporting verb at <paramref name="verb"/>.</summary>
    public Span? BeforeAside(string text, int verb)
    {
        var from = Math.Max(0, verb - 40);
        if (TextPatterns.FirstMatch(BeforeVerb, text.AsSpan(from, verb - from)) is not { } gap || text[from + gap.Index] != ',') return null;
        var close = from + gap.Index;
        var open = OpeningComma(text, close);
        // An aside opens with a lower-case word ("a", "the", "who", "speaking") or an age, never a name of a list.
        if (open < 0 || open + 2 >= close || text[open + 1] != ' ' || !(char.IsLower(text[open + 2]) || char.IsDigit(text[open + 2]))) return null;
        var start = NameBeforeEnd.NameTokens(text, Math.Max(0, open - 60), open, minTokens: 2, maxTokens: 3);
        if (start < 0 || !OpensClause(text, start)) return null;
        return new Span(NameBeforeEnd.AfterPossessor(text, start, open), open);
    }

    /// <summary>How long a fronted adverbial before a name may be ("Outside a clinic on the edge of the valley town, ").</summary>
    private const int LongestAdverbial = 80;

    /// <summary>Whether a name opens its clause: at a sentence start, after a fronted adverbial that a clause opener begins
    /// ("In Lakeport, X Y, 24, said"), or after a role noun standing there ("fisherman X Y, 46, said").</summary>
    private bool OpensClause(string text, int start)
    {
        var wordEnd = start - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetterLower(text[wordStart - 1])) wordStart--;
        if (wordEnd > 0 && text[wordEnd] == ' ' && wordStart < wordEnd && lexicon.PersonRoles.Contains(text[wordStart..wordEnd])) start = wordStart;
        if (PersonRecognizer.IsClauseStart(text, start)) return true;
        var comma = start - 1;
        while (comma >= 0 && text[comma] == ' ') comma--;
        if (comma < 1 || text[comma] != ',') return false;
        var floor = Math.Max(0, comma - LongestAdverbial);
        var opening = comma - 1;
        while (opening >= floor && text[opening] is not (',' or ';' or '\n' or '"' or '“' or '”' or '(' or ')')
               && !(text[opening] == '.' && opening + 1 < text.Length && text[opening + 1] == ' ')) opening--;
        if (opening >= floor && text[opening] == ',') return false;
        if (opening < floor && floor > 0) return false;
        var phrase = text.AsSpan(opening + 1, comma - opening - 1).TrimStart();
        var space = phrase.IndexOf(' ');
        return space > 0 && lexicon.ClauseOpeners.Contains(phrase[..space].ToString());
    }

    /// <summary>Names right before "of (the) ORGANISATION" that speak ("X Y of the Red Crescent said") or are cited ("according to
    /// X Y of UNICEF", "said X Y of Oxfam"), with that organisation; <paramref name="sorted"/> holds the known names by start.</summary>
    public static IEnumerable<(Span Name, string Organisation)> BeforeTheirOrganisation(string text, EntityMention[] sorted,
        IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        foreach (var organisation in sorted)
        {
            if (organisation.Type != MentionType.Organization) continue;
            var of = organisation.Span.Start - 4;
            if (of >= 4 && text.AsSpan(of - 4, 8).SequenceEqual(" of the ")) of -= 4;
            else if (of < 1 || !text.AsSpan(of, 4).SequenceEqual(" of ")) continue;
            var start = NameBeforeEnd.NameTokens(text, Math.Max(0, of - 60), of, minTokens: 2, maxTokens: 3);
            if (start < 0) continue;
            var name = new Span(start, of);
            if (PersonRecognizer.IsCited(text, start, reportingVerbs) || SpeaksNext(text, organisation.Span.End, reportingVerbs))
                yield return (name, organisation.Canonical);
        }
    }

    /// <summary>A reporting verb follows <paramref name="end"/>, after an optional comma ("..., said").</summary>
    private static bool SpeaksNext(string text, int end, IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        var at = end;
        if (at < text.Length && text[at] == ',') at++;
        if (at >= text.Length || text[at] != ' ') return false;
        var wordEnd = ++at;
        while (wordEnd < text.Length && char.IsAsciiLetterLower(text[wordEnd])) wordEnd++;
        return wordEnd > at && reportingVerbs.ContainsKey(text[at..wordEnd]);
    }

    /// <summary>The comma that opens the aside closed at <paramref name="close"/>, within its sentence; -1 if none.</summary>
    private static int OpeningComma(string text, int close)
    {
        var floor = Math.Max(0, close - LongestAside);
        for (var i = close - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c == ',') return i;
            if (c is '\n' or ';' or '"' or '“' or '”' or '(' or ')') return -1;
            // A full stop ends the sentence unless it closes an abbreviation ("a U.N. spokesperson").
            if (c == '.' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) return -1;
        }
        return -1;
    }

    /// <summary>Two or three capitalised words right after a verb that takes a person ("met X Y", "thanked X Y").</summary>
    public static IEnumerable<Span> AfterPersonVerbs(string text, List<Span> personVerbs)
    {
        foreach (var verb in personVerbs)
        {
            if (TextPatterns.FirstMatch(NameAfterVerb, text.AsSpan(verb.End, Math.Min(text.Length - verb.End, 120))) is not { } name) continue;
            // The match is one space and then the name.
            yield return new Span(verb.End + name.Index + 1, verb.End + name.Index + name.Length);
        }
    }

    /// <summary>"Osei added ... Mira Osei leads the team": a lone capitalised word right before a reporting verb is a surname,
    /// and the capitalised word right before that surname elsewhere completes the name, whichever comes first in the text.
    /// <paramref name="isNameWord"/> says which words may be a surname.</summary>
    public static IEnumerable<Span> FullNamesOfSpeakingSurnames(WordStarts words, List<(string Value, Span Span)> speechVerbs, Func<string, bool> isNameWord)
    {
        var text = words.Text;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<string>();
        foreach (var (form, verb) in speechVerbs)
        {
            // "(Additional reporting by": a participle has no subject before it.
            if (form.EndsWith("ing", StringComparison.Ordinal)) continue;
            var end = verb.Start - 1;
            if (end < 1 || text[end] != ' ') continue;
            if (text[end - 1] == ',') end--;
            var start = NameBeforeEnd.NameTokens(text, Math.Max(0, end - 40), end, minTokens: 1, maxTokens: 1);
            if (start < 0 || end - start < 3) continue;
            // A lone word: the word before it is not capitalised too ("Ms Haddad", "In Geneva, Haddad").
            var before = start;
            if (StateSalience.PreviousWordSpan(text, ref before) is { IsEmpty: false } previous && char.IsUpper(previous[0])) continue;
            var surname = text[start..end];
            if (isNameWord(surname) && seen.Add(surname)) candidates.Add(surname);
        }
        if (candidates.Count == 0) yield break;
        // A word the text also writes in lower case is a common word opening a sentence, not a name. Both forms of every
        // candidate are found in one walk over the words.
        var occurrences = words.WholeWordOccurrences([.. candidates, .. candidates.Select(c => char.ToLowerInvariant(c[0]) + c[1..])]);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (occurrences[candidates.Count + i].Count > 0) continue;
            foreach (var at in occurrences[i])
            {
                if (at < 2 || text[at - 1] != ' ') continue;
                var start = NameBeforeEnd.NameTokens(text, Math.Max(0, at - 41), at - 1, minTokens: 1, maxTokens: 1);
                if (start >= 0) yield return new Span(start, at + candidates[i].Length);
            }
        }
    }

    /// <summary>Countries' forms, demonyms and places: a name that is one, or holds one as a word, is no person's.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeWords =
        TextPatterns.SpanLookup(lexicon.CountryByForm.Keys, lexicon.CountryByDemonym.Keys, lexicon.Places);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseOpeners = TextPatterns.SpanLookup(lexicon.ClauseOpeners);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _organizationNouns = TextPatterns.SpanLookup(lexicon.OrganizationNouns);

    /// <summary>True when no word of the name is a country, demonym, place, month or weekday, or an acronym: those
    /// words make a capitalised run a place, a people or an organisation ("met Syrian Kurds", "met in March").</summary>
    public bool IsPersonLike(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (_placeWords.Contains(word) || _clauseOpeners.Contains(word) || IsOrganizationNoun(word) || IsAllCapitals(word))
                return false;
        }
        return !_placeWords.Contains(name);
    }

    /// <summary>Whether the word, in lower case, is an organisation noun ("Ministry").</summary>
    private bool IsOrganizationNoun(ReadOnlySpan<char> word)
    {
        // Words are short: lower-cased on the stack, a long one on the heap.
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _organizationNouns.Contains(lower);
    }

    /// <summary>No letter of the word is lower case ("UNICEF", "UN", and the empty word).</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
