using System.CommandLine;
using System.Globalization;
using AidAnalysis.Loading;
using AidAnalysis.Model;

namespace AidAnalysis.Cli;

/// <summary>The options every command that reads articles shares, and loading with them.</summary>
public sealed class ArticleInputs
{
    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "Article files (.txt, .md, .html) or '-' for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Title { get; } = new("--title") { Description = "Override the article's title (one file only)" };
    public Option<string?> Source { get; } = new("--source") { Description = "Override the article's source (outlet)" };
    public Option<string?> Published { get; } = new("--published") { Description = "Override the publication date (yyyy-MM-dd, or yyyy-MM for the month's 15th)" };
    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Refuse articles larger than this many bytes",
        DefaultValueFactory = _ => ArticleLoader.DefaultMaxBytes,
    };

    public void AddTo(Command command)
    {
        command.Add(Files);
        command.Add(Title);
        command.Add(Source);
        command.Add(Published);
        command.Add(MaxBytes);
    }

    /// <summary>Loads every article before anything is written, so bad input writes nothing.</summary>
    /// <param name="titleNamesCombinedOutput">With several files, --title names what they make together (the
    /// combined brief) and no article; otherwise it is refused there, since it would rename every article.</param>
    public IReadOnlyList<Article> Load(ParseResult result, bool titleNamesCombinedOutput = false)
    {
        var files = result.GetValue(Files)!;
        var title = result.GetValue(Title);
        if (title is not null && files.Length > 1)
        {
            if (!titleNamesCombinedOutput)
                throw new CliException($"--title names one article, and {files.Length} files were given; set each title in its file or run them one by one");
            title = null;
        }
        var overrides = new ArticleMetadata(title, result.GetValue(Source), null, ParseDate(result.GetValue(Published), "--published"));
        var loader = new ArticleLoader { MaxBytes = PositiveLimit(result.GetValue(MaxBytes), "--max-bytes") };
        try
        {
            return files
                .Select(f => f == "-" ? loader.Load(Console.OpenStandardInput(), "<stdin>", overrides) : loader.Load(f, overrides))
                .ToArray();
        }
        catch (ArticleLoadException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>A date given on the command line: yyyy-MM-dd, or yyyy-MM for a month, read as its 15th as SOURCES.md
    /// dates are (SCHEMA.md). Stricter than the metadata reader, since "12/03/2026" is a different day in each order.</summary>
    public static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null) return null;
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month.AddDays(14);
        throw new CliException($"{option}: '{value}' is not a date (use yyyy-MM-dd, or yyyy-MM for a month)");
    }

    /// <summary>The --max-bytes value, refused unless positive.</summary>
    public static long PositiveLimit(long value, string option) => value > 0 ? value
        : throw new CliException($"{option}: {value} is not a size limit (give a positive number of bytes)");

    /// <summary>Refuses, before anything is written, articles whose outputs would land on the same name
    /// (a/x.txt, b/x.txt and x.md all make x.json).</summary>
    public static void RefuseSharedStems(IReadOnlyList<Article> articles, string output)
    {
        var clash = articles.GroupBy(Stem, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is null) return;
        var (first, second) = (clash.First().Origin, clash.Skip(1).First().Origin);
        throw new CliException(first == second
            ? $"{first}: given twice; each article is analysed once"
            : $"{first} and {second} would both write {string.Format(output, clash.Key)}; rename one or run them separately");
    }

    /// <summary>A file-name stem for an article's outputs.</summary>
    public static string Stem(Article article) =>
        article.Origin == "<stdin>" ? "stdin-" + article.Id[..12] : Path.GetFileNameWithoutExtension(article.Origin);
}
