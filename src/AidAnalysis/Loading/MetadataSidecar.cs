using System.Text.Json;
using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>
/// Metadata kept next to an article that cannot carry its own (a .txt file): NAME.meta.json beside NAME.txt,
/// an object with any of "title", "source", "author", "published" (yyyy-MM-dd) and "url".
/// </summary>
public static class MetadataSidecar
{
    private const long MaxBytes = 64 * 1024;

    public static string PathFor(string articlePath) => Path.ChangeExtension(articlePath, ".meta.json");

    /// <summary>The sidecar's metadata, or null when the article has none.</summary>
    public static ArticleMetadata? For(string articlePath)
    {
        var path = PathFor(articlePath);
        if (!File.Exists(path)) return null;
        if (FileKind.NonRegular(path) is { } kind) throw new ArticleLoadException($"{path}: is {kind}, not a regular file");
        try
        {
            using var stream = File.OpenRead(path);
            var bytes = new byte[MaxBytes + 1];
            var length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (length > MaxBytes) throw new ArticleLoadException($"{path}: larger than {MaxBytes / 1024} KB, not a metadata file");
            using var document = JsonDocument.Parse(bytes.AsMemory(0, length));
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new ArticleLoadException($"{path}: not a JSON object");
            string? Field(string name) =>
                document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var published = Field("published");
            DateOnly? date = published is null ? null
                : DateParsing.Parse(published) ?? throw new ArticleLoadException($"{path}: published '{published}' is not a date (use yyyy-MM-dd)");
            return new ArticleMetadata(Field("title"), Field("source"), Field("author"), date, Field("url"));
        }
        catch (JsonException e)
        {
            throw new ArticleLoadException($"{path}: not valid JSON ({e.Message.ReplaceLineEndings(" ")})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleLoadException($"{path}: cannot be read ({e.Message.ReplaceLineEndings(" ")})");
        }
    }
}
