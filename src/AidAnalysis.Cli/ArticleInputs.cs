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

    public Option<string?> Title { get; } = new("--title") { Description = "Override the article's title" };
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
    public IReadOnlyList<Article> Load(ParseResult result)
    {
        var published = result.GetValue(Published);
        DateOnly? date = null;
        if (published is not null)
        {
            date = DateParsing.Parse(published)
                ?? throw new CliException($"--published: '{published}' is not a date (use yyyy-MM-dd)");
        }
        var overrides = new ArticleMetadata(result.GetValue(Title), result.GetValue(Source), null, date);
        var loader = new ArticleLoader { MaxBytes = result.GetValue(MaxBytes) };
        try
        {
            return result.GetValue(Files)!
                .Select(f => f == "-" ? loader.Load(Console.OpenStandardInput(), "<stdin>", overrides) : loader.Load(f, overrides))
                .ToArray();
        }
        catch (ArticleLoadException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>A file-name stem for an article's outputs.</summary>
    public static string Stem(Article article) =>
        article.Origin == "<stdin>" ? "stdin-" + article.Id[..12] : Path.GetFileNameWithoutExtension(article.Origin);
}
