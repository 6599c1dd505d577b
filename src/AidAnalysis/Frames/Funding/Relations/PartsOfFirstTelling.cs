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
        foreach (var repeat in draft.Primary)
        {
            if (draft.Parent(repeat) is not { } first || !SameFigure(draft, repeat, first)) continue;
            foreach (var part in draft.Children(repeat).ToList()) draft.Relink(part, first);
        }
    }

    private static bool SameFigure(RelationDraft draft, int a, int b) =>
        draft.Figures[a].Value is { } value && draft.Figures[b].Value == value && draft.Figures[a].Currency == draft.Figures[b].Currency;
}
