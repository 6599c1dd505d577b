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
    /// <summary>An article from text. Lone UTF-16 surrogates (impossible in a decoded file, possible in a string)
    /// become U+FFFD, one code unit for one, so offsets stay valid and the JSON round-trips.</summary>
    public static Article FromText(string text, ArticleMetadata metadata, string origin)
    {
        var clean = WithoutLoneSurrogates(text);
        return new(ComputeId(clean), clean, metadata, origin);
    }

    private static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!char.IsSurrogate(c)) continue;
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }

    public static string ComputeId(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
