using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>The drafts being built, found by kind and name (ignoring case) without reading the whole list per mention.</summary>
internal sealed class DraftsByName(List<ActorDraft> drafts)
{
    private readonly Dictionary<(ActorKind, string), ActorDraft> _byName = new(new KindAndNameComparer());

    /// <summary>The draft of that kind and name, created (and listed) on first use.</summary>
    public ActorDraft Get(string name, ActorKind kind)
    {
        if (_byName.TryGetValue((kind, name), out var draft)) return draft;
        draft = new ActorDraft(name, kind);
        drafts.Add(draft);
        _byName[(kind, name)] = draft;
        return draft;
    }

    private sealed class KindAndNameComparer : IEqualityComparer<(ActorKind Kind, string Name)>
    {
        public bool Equals((ActorKind Kind, string Name) x, (ActorKind Kind, string Name) y) =>
            x.Kind == y.Kind && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((ActorKind Kind, string Name) key) =>
            HashCode.Combine(key.Kind, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name));
    }
}
