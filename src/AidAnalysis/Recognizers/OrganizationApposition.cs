using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>An unknown name that an apposition calls an organisation: "Norvale, a fertiliser maker, said",
/// "gifts from Brightwater Capital, an investment firm based in X". The name is an organisation wherever it recurs.</summary>
public sealed partial class OrganizationApposition(Lexicon lexicon)
{
    /// <summary>", a|an [up to four words] NOUN" ending the phrase or followed by where or what it is. The words before the noun
    /// hold no preposition: in ", a spokeswoman for the council," the noun is the spokeswoman, and the council is someone else.</summary>
    [GeneratedRegex(@"^,\s(?:a|an)\s(?:(?!(?:for|of|at|with|from|in|to|on|by)\s)[\p{L}\-’']+\s){0,4}?(?<noun>[\p{L}\-]+(?:\stank)?)(?=[,.;)]|\s(?:based|headquartered|that|which|with|in|from|of|owned|run|founded|and)\b)", TextPatterns.WindowOptions)]
    private static partial Regex Description { get; }

    /// <summary>Up to four capitalised words right before the comma.</summary>
    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}\p{M}&’'\-]*\s){0,3}\p{Lu}[\p{L}\p{M}&\-]*)\z", TextPatterns.WindowOptions)]
    private static partial Regex NameBefore { get; }

    public IEnumerable<EntityMention> Find(string text, bool[] named)
    {
        var found = new List<EntityMention>();
        var occurrences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var comma = text.IndexOf(", a", StringComparison.Ordinal); comma > 0; comma = text.IndexOf(", a", comma + 3, StringComparison.Ordinal))
        {
            var description = Description.Match(text, comma, Math.Min(text.Length - comma, 120));
            if (!description.Success || !lexicon.OrganizationNouns.Contains(description.Groups["noun"].Value)) continue;
            var from = Math.Max(0, comma - 60);
            if (TextPatterns.FirstMatch(NameBefore, text.AsSpan(from, comma - from)) is not { } match) continue;
            var start = from + match.Index;
            var name = text[start..comma];
            // "The", "Meanwhile": a sentence's first word is not part of the name.
            var first = name.Split(' ')[0];
            if (lexicon.ClauseOpeners.Contains(first) || first is "The" or "A" or "An")
            {
                if (!name.Contains(' ')) continue;
                start += first.Length + 1;
                name = text[start..comma];
            }
            if (named.AsSpan(start, comma - start).Contains(true) || IsKnownWord(name)) continue;
            // A long input describes the same name many times: its free occurrences are searched for once.
            if (!occurrences.TryGetValue(name, out var free))
                occurrences.Add(name, free = FreeOccurrences(text, name, named));
            foreach (var at in free)
                found.Add(new EntityMention(new Span(at, at + name.Length), MentionType.Organization, name));
        }
        return found;
    }

    /// <summary>Where <paramref name="name"/> stands as a whole word that no other mention covers.</summary>
    private static List<int> FreeOccurrences(string text, string name, bool[] named) =>
        [.. TextPatterns.Occurrences(text, name).Where(at => !named.AsSpan(at, name.Length).Contains(true) && IsWholeWord(text, at, name.Length))];

    private bool IsKnownWord(string name) =>
        lexicon.Titles.Contains(name) || lexicon.OfficeWords.Contains(name) || lexicon.Places.Contains(name)
        || lexicon.CountryByForm.ContainsKey(name) || lexicon.CountryByDemonym.ContainsKey(name) || lexicon.GivenNames.Contains(name);

    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));
}
