using AidAnalysis.Frames.Claims;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"the agency said", "the bank estimated", "the fund warned": a definite description whose head noun is a
/// word of an organisation named before ("UN Refugee Agency", "World Bank") stands for that organisation.</summary>
public sealed partial class ClaimBuilder
{
    [GeneratedRegex(@"\b[Tt]he\s(?:[\p{L}-]+\s){0,2}(?<head>\p{Ll}[\p{L}-]{2,})\s*$", TextPatterns.WindowOptions)]
    private static partial Regex DescriptionHead { get; }

    /// <param name="tail">The last words before the cue, without trailing adverbs and auxiliaries.</param>
    private static Speaker? OrganizationAnaphor(AnalysisDocument doc, SpeakerIndex index, string tail, int before)
    {
        if (DescriptionHead.Match(tail) is not { Success: true } description) return null;
        var head = description.Groups["head"].Value;
        var organization = doc.Actors
            .Where(a => a.Kind == ActorKind.Organization && a.Name.Split(' ', '-').Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase)))
            .Select(a => (Actor: a, Last: index.LastStartEndingBy(a, before)))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault();
        return organization is null ? null : new Speaker(organization.Name, organization.Id, organization.Kind);
    }
}
