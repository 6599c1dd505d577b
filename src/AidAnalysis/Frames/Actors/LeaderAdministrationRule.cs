using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Actors;

/// <summary>"the X administration", "the X-Y Administration": a government named by its leaders belongs to their state,
/// whatever state stands next to it.</summary>
internal sealed class LeaderAdministrationRule(KnownOfficeHolderRule holders)
{
    private static readonly Regex Administration = TextPatterns.Create(@"^(?:the\s)?(?<leaders>\p{Lu}[\p{L}\p{Pd}\u2060]*?)\s[Aa]dministration$");

    public void Apply(IEnumerable<ActorDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Organization))
        {
            var m = Administration.Match(draft.Name);
            if (!m.Success) continue;
            var states = m.Groups["leaders"].Value.Split(['-', '‐', '‑', '–', '\u2060'], StringSplitOptions.RemoveEmptyEntries)
                .Select(holders.AffiliationOfSurname).Distinct().ToArray();
            if (states is not [{ } state]) continue;
            draft.Affiliation = state;
            draft.AffiliationGuessed = false;
        }
    }
}
