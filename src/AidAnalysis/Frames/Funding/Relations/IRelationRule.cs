namespace AidAnalysis.Frames.Relations;

/// <summary>One way an article states how its figures relate; rules run in order, and an earlier link is never overwritten.</summary>
internal interface IRelationRule
{
    void Apply(RelationDraft draft);
}
