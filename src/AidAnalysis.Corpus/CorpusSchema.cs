using System.Security.Cryptography;
using System.Text;
using AidAnalysis.Tables;
using AidAnalysis.Tables.Rows;

namespace AidAnalysis.Corpus;

/// <summary>
/// The corpus tables: the articles, then one table per declared row kind (<see cref="ResultRows"/>), its columns and types
/// derived from the declaration. Every row carries its article id; offsets index that article's text. The tables' fingerprint
/// is stored in the file, so a corpus written with other tables is refused instead of misread.
/// </summary>
public static class CorpusSchema
{
    private const string Articles = """
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY, title VARCHAR, source VARCHAR, author VARCHAR, published DATE,
            url VARCHAR, origin VARCHAR, chars INTEGER, added_at TIMESTAMP);
        """;

    /// <summary>Holds <see cref="Fingerprint"/>; a file without it predates the declared tables.</summary>
    public const string VersionTable = "corpus_schema";

    public static IReadOnlyList<IRowSchema> RowTables => ResultRows.All;

    /// <summary>The articles table first: every other table refers to it.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["articles", .. ResultRows.All.Select(s => s.Name)];

    public static string Create { get; } = Articles + "\n" + string.Join("\n", ResultRows.All.Select(CreateTable));

    /// <summary>A short hash of the tables' definition: any change to a declared column changes it.</summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Create)))[..16];

    public static string CreateWithVersion { get; } =
        $"{Create}\nCREATE TABLE {VersionTable} (fingerprint VARCHAR NOT NULL);\nINSERT INTO {VersionTable} VALUES ('{Fingerprint}');";

    public static string CreateTable(IRowSchema schema) =>
        $"CREATE TABLE {schema.Name} ({Quote(IRowSchema.ArticleKey)} VARCHAR NOT NULL, "
        + string.Join(", ", schema.Columns.Select(c => $"{Quote(c.Name)} {SqlType(c.Kind)}{(c.Nullable ? "" : " NOT NULL")}")) + ");";

    public static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => "INTEGER",
        ColumnKind.Number => "DOUBLE",
        ColumnKind.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    /// <summary>Column names are quoted: `end` is an SQL keyword.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
