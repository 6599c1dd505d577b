using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The Minister of Relief, Jane Doe, disclosed", "Oxfam's country lead, John Roe, said": a title or role that names
/// nobody, then the person's name in apposition; the person speaks.</summary>
internal sealed partial class TitledApposition(ClaimVocabulary vocabulary)
{
    private readonly IReadOnlySet<string> _titleHeads = vocabulary.TitleHeads;

    /// <summary>"The Minister of Relief, Jane Doe, disclosed": a title with no name of its own, then the name in apposition,
    /// which speaks. Not "The ministry, led by X, said" (the head is no title) nor "X, a fellow at Y, said" (the name comes first).</summary>
    public Speaker? NamedInApposition(AnalysisDocument doc, SpeakerIndex index, Span near, Span apposition)
    {
        var text = doc.Text;
        if (index.Within(near).Any(m => m.Actor.Kind == ActorKind.Person)) return null;
        var words = LastWords(text[near.Start..near.End], 16);
        if (words.Count == 0 || !(words.Any(_titleHeads.Contains) || words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "on")
            || IsOrganizationsRole(doc, index, near))) return null;
        var person = index.Within(apposition).FirstOrDefault(m => m.Actor.Kind == ActorKind.Person);
        if (person.Actor is null || WordCount(text.AsSpan(apposition.Start..person.Span.Start)) > 1) return null;
        var after = text.AsSpan(person.Span.End..apposition.End).Trim().TrimStart(',');
        return WordCount(after) <= 2 ? new Speaker(person.Actor.Name, person.Actor.Id, person.Actor.Kind) : null;
    }

    /// <summary>"Caritas's field director", "Caritas Europe's Moldova coordinator": a named body's possessive (the body's name may go on in
    /// capitalised words, as a regional branch's does) and a short role ending in a lower-case word, whatever the role word.</summary>
    private static bool IsOrganizationsRole(AnalysisDocument doc, SpeakerIndex index, Span near) =>
        TextPatterns.FirstMatch(PossessiveRole, doc.Text.AsSpan(near.Start, near.Length)) is { } role
        && index.Within(near).Any(m => m.Span.End <= near.Start + role.Index
            && BranchName.IsMatch(doc.Text.AsSpan(m.Span.End..(near.Start + role.Index))));

    [GeneratedRegex(@"['’]s\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*\s*$", TextPatterns.WindowOptions)]
    private static partial Regex PossessiveRole { get; }

    /// <summary>Nothing, or capitalised words continuing a body's name ("Oxfam" + " Pacific").</summary>
    [GeneratedRegex(@"^(?:\s\p{Lu}[\p{L}-]*){0,2}$", TextPatterns.WindowOptions)]
    private static partial Regex BranchName { get; }
}
