using AidAnalysis.Frames.Relations;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>One relation rule run alone on an invented text, and what it made of a row.</summary>
internal static class RelationRuleFixture
{
    public static readonly RelationVocabulary Words = new(Lexicon.Default);

    public static RelationDraft Linked(IRelationRule rule, string text)
    {
        var doc = TestSupport.Process(text, new DateOnly(2025, 6, 2));
        var draft = new RelationDraft(doc, doc.Funding);
        rule.Apply(draft);
        return draft;
    }

    /// <summary>The amount text of the row <paramref name="amount"/> is part of; null if none.</summary>
    public static string? ParentOf(RelationDraft draft, string amount) => AmountOf(draft, draft.Figures.Single(f => f.AmountText == amount).PartOfId);

    /// <summary>The amount text of the row <paramref name="amount"/> restates; null if none.</summary>
    public static string? SourceOf(RelationDraft draft, string amount) => AmountOf(draft, draft.Figures.Single(f => f.AmountText == amount).ConvertedFromId);

    private static string? AmountOf(RelationDraft draft, string? id) => draft.Figures.SingleOrDefault(f => f.Id == id)?.AmountText;
}
