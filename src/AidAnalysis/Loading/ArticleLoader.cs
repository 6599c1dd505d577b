using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>
/// Loads an article from a .txt, .md or .html file or from a stream, validating it first: regular files
/// only, never more than the size limit read whatever the file claims, UTF-8 or UTF-16 text, not empty.
/// Metadata: the file's own, then its NAME.meta.json sidecar, then the caller's overrides, each winning over the last.
/// </summary>
public sealed class ArticleLoader
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    public Article Load(string path, ArticleMetadata? overrides = null)
    {
        if (Directory.Exists(path)) throw new ArticleLoadException($"{path}: is a directory, not an article file");
        if (FileKind.NonRegular(path) is { } kind) throw new ArticleLoadException($"{path}: is {kind}, not a regular file");
        if (!File.Exists(path)) throw new ArticleLoadException($"{path}: file not found");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
            throw new ArticleLoadException($"{path}: unsupported file type '{extension}' (use {string.Join(", ", SupportedExtensions)})");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            throw new ArticleLoadException($"{path}: {length:N0} bytes exceeds the article size limit of {MaxBytes:N0} bytes (--max-bytes)");
        try
        {
            using var stream = File.OpenRead(path);
            var sidecar = MetadataSidecar.For(path);
            var chosen = sidecar is null ? overrides : overrides is null ? sidecar : sidecar.OverriddenBy(overrides);
            return Parse(path, extension, ReadLimited(stream, path, $"{path}: the file"), chosen);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleLoadException($"{path}: cannot be read ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    /// <summary>Reads an article from a stream (standard input): plain text, or Markdown when it opens with front matter.</summary>
    public Article Load(Stream stream, string origin, ArticleMetadata? overrides = null)
    {
        var text = ReadLimited(stream, origin, $"{origin}: input");
        return Parse(origin, MarkdownArticle.HasFrontMatter(text) ? ".md" : ".txt", text, overrides);
    }

    private static Article Parse(string origin, string extension, string raw, ArticleMetadata? overrides)
    {
        var (text, metadata) = extension switch
        {
            ".md" or ".markdown" => MarkdownArticle.Parse(raw),
            ".html" or ".htm" => HtmlArticle.Parse(raw, origin),
            _ => PlainTextArticle.Parse(raw),
        };
        if (string.IsNullOrWhiteSpace(text)) throw new ArticleLoadException($"{origin}: the article has no text");
        return Article.FromText(text, overrides is null ? metadata : metadata.OverriddenBy(overrides), origin);
    }

    /// <summary>Reads at most the limit and one byte more, so a file that grows, or a device that claims
    /// length 0, is refused as soon as it passes the limit.</summary>
    private string ReadLimited(Stream stream, string origin, string what)
    {
        // A file says how long it is: start with room for that much (never more than the limit), so a large article is
        // not copied again each time the buffer doubles. The limit is still checked on what is read.
        using var memory = new MemoryStream(stream.CanSeek ? (int)Math.Min(Math.Min(Math.Max(stream.Length - stream.Position, 0), MaxBytes) + 1, Array.MaxLength) : 0);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, MaxBytes + 1 - memory.Length))) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > MaxBytes)
                throw new ArticleLoadException($"{what} exceeds the article size limit of {MaxBytes:N0} bytes (--max-bytes)");
        }
        return TextDecoding.Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length), origin);
    }
}
