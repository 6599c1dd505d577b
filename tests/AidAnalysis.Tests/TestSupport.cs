using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests;

/// <summary>Shared helpers: one pipeline for the whole test run (it is stateless) and article builders.</summary>
internal static class TestSupport
{
    public static AnalysisPipeline Pipeline { get; } = new();

    public static AnalysisDocument Process(string text, DateOnly? published = null) =>
        Pipeline.Process(Article.FromText(text, new ArticleMetadata(Published: published), "test.txt"));

    /// <summary>The analysis of a fixture text with no metadata.</summary>
    public static ArticleAnalysis Analyze(string text) => Process(text).ToAnalysis();

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above the test binaries");
        }
    }

    public static string SampleArticle => Path.Combine(RepositoryRoot, "data", "articles", "00-ukraine-south-korea.txt");

    public static string SampleText => File.ReadAllText(SampleArticle);

    /// <summary>Creates in <paramref name="dir"/> an input of a kind the loader refuses ("too-large" is 2,000 bytes:
    /// pair it with a lower byte limit) and returns its path.</summary>
    public static string BadInput(string dir, string kind)
    {
        string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }
        return kind switch
        {
            "missing" => Path.Combine(dir, "nope.txt"),
            "empty" => Write("empty.txt", []),
            "binary" => Write("bin.txt", [0x41, 0x00, 0x42]),
            "utf8" => Write("bad.txt", [0x41, 0xC3, 0x28, 0x42]),
            "directory" => Directory.CreateDirectory(Path.Combine(dir, "dir.txt")).FullName,
            "extension" => Write("a.pdf", "text"u8.ToArray()),
            "too-large" => Write("big.txt", System.Text.Encoding.UTF8.GetBytes(new string('a', 2000))),
            "blank" => Write("blank.txt", "  \n\n  "u8.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown bad-input kind"),
        };
    }

    /// <summary>Every span of every row covers exactly the words the row claims to come from.</summary>
    public static void AssertSpansValid(ArticleAnalysis analysis)
    {
        var text = analysis.Article.Text;
        foreach (var f in analysis.Funding)
        {
            Assert.Equal(f.AmountText, text[f.Span.Start..f.Span.End]);
            foreach (var m in f.Mentions) Assert.InRange(m.End, m.Start, text.Length);
        }
        foreach (var a in analysis.Actors)
            foreach (var m in a.Mentions) Assert.InRange(m.End, m.Start + 1, text.Length);
        foreach (var c in analysis.Claims) Assert.Equal(c.Text, text[c.Span.Start..c.Span.End]);
        foreach (var i in analysis.AidItems) Assert.InRange(i.Span.End, i.Span.Start + 1, text.Length);
    }
}

/// <summary>A test that needs the annotated corpus in ../shared/corpus; skipped, saying so, when it is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusPaths.Root is null) Skip = "annotated corpus not present (looked for ../shared/corpus/dev above the repository)";
    }
}

internal static class CorpusPaths
{
    public static string? Root
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("AID_CORPUS_DIR");
            if (env is not null && Directory.Exists(Path.Combine(env, "gold"))) return env;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev");
                if (Directory.Exists(Path.Combine(candidate, "gold"))) return candidate;
                dir = dir.Parent;
            }
            return null;
        }
    }
}
