namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A figure told twice and kept as two rows, the later `part_of` the earlier (<see cref="HeadlineRestatement"/>'s exact repeat,
/// <see cref="RepeatedFigure"/>), is one figure, which SCHEMA.md lists once, at its first telling: the lines, tranches and
/// pledges that the rules linked to the later telling are parts of the first. Runs after every rule that links parts.
/// </summary>
internal sealed class PartsOfFirstTelling : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        // The rows linked to each row, built once (reading them anew for every repeat is quadratic in the rows) and kept
        // up to date as parts move; each list is read in row order, as the rows are.
        var position = new Dictionary<int, int>(draft.Primary.Count);
        var children = new Dictionary<int, List<int>>();
        foreach (var i in draft.Primary)
        {
            position[i] = position.Count;
            if (draft.Parent(i) is { } parent) Add(children, parent, i);
        }
        foreach (var repeat in draft.Primary)
        {
            if (draft.Parent(repeat) is not { } first || !SameFigure(draft, repeat, first)) continue;
            if (!children.TryGetValue(repeat, out var parts)) continue;
            parts.Sort((a, b) => position[a].CompareTo(position[b]));
            var kept = new List<int>();
            foreach (var part in parts)
            {
                if (draft.Relink(part, first)) Add(children, first, part);
                else kept.Add(part);
            }
            children[repeat] = kept;
        }
    }

    private static void Add(Dictionary<int, List<int>> children, int parent, int child)
    {
        if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
        list.Add(child);
    }

    private static bool SameFigure(RelationDraft draft, int a, int b) =>
        draft.Figures[a].Value is { } value && draft.Figures[b].Value == value && draft.Figures[a].Currency == draft.Figures[b].Currency;
}
