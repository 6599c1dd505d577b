using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>"citing the Kuwait News Agency": a state news agency that another outlet cites speaks for its state, as
/// the lexicon records it; the agency whose own copy this is (its dateline credit "(KUNA)", "--SPA", "an Ukrinform
/// correspondent") is the reporting outlet, which belongs to no one.</summary>
internal sealed class StateNewsAgencyRule(Lexicon lexicon)
{
    public void Apply(string text, string? outlet, IEnumerable<ActorDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Organization && d.Affiliation is null))
        {
            if (lexicon.OrganizationByName.GetValueOrDefault(draft.Name) is not { Type: "news", Affiliation: { } state }) continue;
            if (outlet?.Contains(draft.Name, StringComparison.Ordinal) == true || draft.Mentions.Any(m => IsOwnCredit(text, m))) continue;
            draft.Affiliation = state;
            draft.AffiliationGuessed = false;
        }
    }

    /// <summary>A hyphen, an en dash and an em dash; a string, so no shared array can be changed by anyone.</summary>
    private const string Dashes = "-–—";

    /// <summary>A name credited as the copy's source: in parentheses, set off by a dash, or naming the outlet's correspondent.</summary>
    private static bool IsOwnCredit(string text, Span name)
    {
        var before = text[Math.Max(0, name.Start - 3)..name.Start].TrimEnd();
        var after = text[name.End..Math.Min(text.Length, name.End + 16)];
        var afterTrimmed = after.TrimStart();
        return before.EndsWith('(') || after.StartsWith(')')
            || (before.Length > 0 && Dashes.Contains(before[^1]))
            || (afterTrimmed.Length > 0 && Dashes.Contains(afterTrimmed[0]) && after.Length > afterTrimmed.Length)
            || after.StartsWith(" correspondent", StringComparison.Ordinal);
    }
}
