using System.Text;
using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>
/// Loads an article from a .txt, .md or .html file or from a stream, validating it first:
/// size limit before reading, UTF-8 only, no binary content, not empty.
/// </summary>
public sealed class ArticleLoader
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    public Article Load(string path, ArticleMetadata? overrides = null)
    {
        if (Directory.Exists(path)) throw new ArticleLoadException($"{path}: is a directory, not an article file");
        if (!File.Exists(path)) throw new ArticleLoadException($"{path}: file not found");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
            throw new ArticleLoadException($"{path}: unsupported file type '{extension}' (use {string.Join(", ", SupportedExtensions)})");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            throw new ArticleLoadException($"{path}: {length:N0} bytes exceeds the article size limit of {MaxBytes:N0} bytes (--max-bytes)");
        using var stream = File.OpenRead(path);
        return Parse(path, extension, ReadText(stream, path), overrides);
    }

    /// <summary>Reads an article from a stream (standard input), read as plain text.</summary>
    public Article Load(Stream stream, string origin, ArticleMetadata? overrides = null)
    {
        using var limited = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (limited.Length + read > MaxBytes)
                throw new ArticleLoadException($"{origin}: input exceeds the article size limit of {MaxBytes:N0} bytes (--max-bytes)");
            limited.Write(buffer, 0, read);
        }
        limited.Position = 0;
        return Parse(origin, ".txt", ReadText(limited, origin), overrides);
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

    private static string ReadText(Stream stream, string origin)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        if (bytes.Length == 0) throw new ArticleLoadException($"{origin}: the file is empty");
        if (bytes.Contains((byte)0)) throw new ArticleLoadException($"{origin}: binary file (contains NUL bytes), not a text article");
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[3..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleLoadException($"{origin}: not valid UTF-8 (invalid byte at offset {e.Index})");
        }
    }
}
