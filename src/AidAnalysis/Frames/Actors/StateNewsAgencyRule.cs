using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"citing the Kuwait News Agency": a state news agency that another outlet cites speaks for its state, as
/// the lexicon records it; the agency whose own copy this is (its dateline credit "(KUNA)", "--SPA", "an Ukrinform
/// correspondent") is the reporting outlet, which belongs to no one.</summary>
internal sealed class StateNewsAgencyRule(Lexicon lexicon)
{
    public void Apply(TokenLayer tokens, string? outlet, IEnumerable<ActorDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Organization && d.Affiliation is null))
        {
            if (lexicon.OrganizationByName.GetValueOrDefault(draft.Name) is not { Type: "news", Affiliation: { } state }) continue;
            if (outlet?.Contains(draft.Name, StringComparison.Ordinal) == true || draft.Mentions.Any(m => IsOwnCredit(tokens, m))) continue;
            draft.Affiliation = state;
            draft.AffiliationGuessed = false;
        }
    }

    /// <summary>How far before and after the name its credit marks are read.</summary>
    private const int Before = 3, After = 16;

    /// <summary>A name credited as the copy's source: in parentheses, set off by a dash, or naming the outlet's correspondent.</summary>
    internal static bool IsOwnCredit(TokenLayer tokens, Span name)
    {
        // The last mark before the name, only whitespace between, within three characters.
        var before = tokens.LastEndingBy(name.Start);
        if (before >= 0 && tokens[before].End > name.Start - Before && (tokens.IsMark(before, '(') || tokens.IsDash(before))) return true;
        var next = tokens.FirstStartingFrom(name.End);
        if (next >= tokens.Count) return false;
        if (tokens[next].Start == name.End) return tokens.IsMark(next, ')');
        return tokens[next].Start < name.End + After && tokens.IsDash(next)
            || tokens[next].Start == name.End + 1 && tokens.SpaceAt(name.End) && tokens.TextOf(next).StartsWith(Correspondent);
    }

    private const string Correspondent = "correspondent";
}
