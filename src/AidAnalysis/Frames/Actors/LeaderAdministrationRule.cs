using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Actors;

/// <summary>"the X administration", "the X-Y Administration": a government named by its leaders belongs to their state,
/// whatever state stands next to it.</summary>
internal sealed partial class LeaderAdministrationRule(KnownOfficeHolderRule holders)
{
    /// <summary>Read on one organisation name, anchored at its start: the lazy loop tries each end once, so the work is linear
    /// in the name, and the source-generated matcher spares the non-backtracking engine's construction.</summary>
    [GeneratedRegex(@"^(?:the\s)?(?<leaders>\p{Lu}[\p{L}\p{Pd}\u2060]*?)\s[Aa]dministration$", TextPatterns.WindowOptions)]
    private static partial Regex Administration { get; }

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
