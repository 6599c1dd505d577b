using System.CommandLine;
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
    public Option<string?> Published { get; } = new("--published") { Description = "Override the publication date (yyyy-MM-dd)" };
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
        var loader = new ArticleLoader { MaxBytes = result.GetValue(MaxBytes) };
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

    public static DateOnly? ParseDate(string? value, string option) => value is null ? null
        : DateParsing.Parse(value) ?? throw new CliException($"{option}: '{value}' is not a date (use yyyy-MM-dd)");

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
