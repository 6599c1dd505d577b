using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>Mutable working state while mentions are grouped; only immutable actors leave the stage.</summary>
internal sealed class ActorDraft(string name, ActorKind kind)
{
    public string Name { get; } = name;
    public ActorKind Kind { get; } = kind;
    public string? Role { get; set; }
    public string? Affiliation { get; set; }
    /// <summary>True when the affiliation is only the article's main state, not read from the person's own words.</summary>
    public bool AffiliationGuessed { get; set; }
    public bool IsByline { get; set; }
    public List<Span> Mentions { get; } = [];

    /// <summary>Takes over another draft's mentions, and its role and affiliation where this has none;
    /// the other is left empty, to be removed.</summary>
    public void Absorb(ActorDraft other)
    {
        Mentions.AddRange(other.Mentions);
        Role ??= other.Role;
        if (Affiliation is null)
        {
            Affiliation = other.Affiliation;
            AffiliationGuessed = other.AffiliationGuessed;
        }
        other.Mentions.Clear();
    }
}
