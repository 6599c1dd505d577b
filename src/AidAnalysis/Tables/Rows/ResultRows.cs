namespace AidAnalysis.Tables.Rows;

/// <summary>Every kind of result row, in the order the tables are listed and written.</summary>
public static class ResultRows
{
    public static IReadOnlyList<IRowSchema> All { get; } =
        [ActorRows.Schema, ClaimRows.Schema, FundingRows.Schema, AidItemRows.Schema, MentionRows.Schema, CheckRows.Schema];

    /// <summary>The row kinds the analysis JSON has an array of, in its order (mentions sit inside their actors).</summary>
    public static IReadOnlyList<IRowSchema> InJson { get; } =
        [ActorRows.Schema, ClaimRows.Schema, FundingRows.Schema, AidItemRows.Schema, CheckRows.Schema];
}
