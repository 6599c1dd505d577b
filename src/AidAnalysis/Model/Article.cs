namespace AidAnalysis.Model;

/// <summary>Descriptive metadata of an article; every field is optional.</summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Source = null,
    string? Author = null,
    DateOnly? Published = null,
    string? Url = null)
{
    /// <summary>Fields set in <paramref name="overrides"/> win over this metadata.</summary>
    public ArticleMetadata OverriddenBy(ArticleMetadata overrides) => new(
        overrides.Title ?? Title,
        overrides.Source ?? Source,
        overrides.Author ?? Author,
        overrides.Published ?? Published,
        overrides.Url ?? Url);
}

/// <summary>An article's exact text (all offsets index it) and its metadata.</summary>
public sealed record Article(string Id, string Text, ArticleMetadata Metadata, string Origin)
{
    public static Article FromText(string text, ArticleMetadata metadata, string origin) =>
        new(ComputeId(text), text, metadata, origin);

    public static string ComputeId(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
