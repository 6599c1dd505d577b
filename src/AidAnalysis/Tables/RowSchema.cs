using AidAnalysis.Model;

namespace AidAnalysis.Tables;

/// <summary>A kind of result row (funding, actors, ...): its table name (also its array in the JSON), its columns in order,
/// and the rows one analysis has. Every output is derived from it; flat tables add <see cref="ArticleKey"/> in front.</summary>
public interface IRowSchema
{
    /// <summary>The column every flat table starts with: the article a row comes from (the JSON nests rows in their article instead).</summary>
    public const string ArticleKey = "article_id";

    string Name { get; }

    IReadOnlyList<Column> Columns { get; }

    /// <summary>Each row of the analysis as its column values, in column order.</summary>
    IEnumerable<object?[]> Rows(ArticleAnalysis analysis);
}

/// <summary>A row kind over rows of type <typeparamref name="TRow"/>, which <paramref name="RowsOf"/> takes from an analysis.</summary>
public sealed record RowSchema<TRow>(string Name, Func<ArticleAnalysis, IEnumerable<TRow>> RowsOf, IReadOnlyList<Column<TRow>> Declared) : IRowSchema
{
    public IReadOnlyList<Column> Columns => Declared;

    public IEnumerable<object?[]> Rows(ArticleAnalysis analysis) =>
        RowsOf(analysis).Select(row => Declared.Select(c => c.Read(row)).ToArray());
}

/// <summary>A row's item with the article it belongs to (for values read from the text, like a mention's words).</summary>
public readonly record struct InArticle<T>(Article Article, T Item);

/// <summary>One mention of an actor: the mentions table has a row per mention.</summary>
public readonly record struct ActorMention(Actor Actor, Span Span);
