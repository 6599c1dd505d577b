using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>"The European Commission announced ... the EU's share": a body news also names for its parent itself
/// (parent-named-bodies.tsv) belongs to that parent where the text names the parent as well, below its headline; named
/// alone ("the Commission will release €50 million", under a headline's "EU funding") it stands for the parent and
/// belongs to no one.</summary>
internal sealed class ParentNamedBodyRule(Lexicon lexicon)
{
    /// <param name="headline">The headline's span, whose mentions of the parent do not count (a headline names a body's
    /// parent for it); null when the article has none.</param>
    public void Apply(IReadOnlyList<ActorDraft> drafts, Span? headline)
    {
        foreach (var draft in drafts)
        {
            if (draft.Kind != ActorKind.Organization || draft.Affiliation is not null) continue;
            if (!lexicon.ParentNamedBodies.TryGetValue(draft.Name, out var parent)) continue;
            if (!drafts.Any(d => d.Name == parent && d.Mentions.Any(m => headline is not { } h || m.Start >= h.End))) continue;
            draft.Affiliation = parent;
            draft.AffiliationGuessed = false;
        }
    }
}
