using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Recognizers.People;

/// <summary>"met X Y in Hanoi", "thanked X Y": two or three capitalised words right after a verb that takes a person.</summary>
internal static partial class ObjectsOfPersonVerbs
{
    /// <summary>Two or three name tokens after a verb, not running on into a fourth capitalised word (an organisation's name).</summary>
    [GeneratedRegex($@"^\s(?<name>{TextPatterns.NameToken}(?:\s{TextPatterns.ParticlesBeforeToken}{TextPatterns.NameToken}){{1,2}})(?![\p{{L}}\p{{M}}\-’']|\s\p{{Lu}})", TextPatterns.WindowOptions)]
    private static partial Regex NameAfterVerb { get; }

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
}
