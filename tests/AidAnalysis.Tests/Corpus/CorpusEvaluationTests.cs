using AidAnalysis.Evaluation;
using AidAnalysis.Lexicons;
using AidAnalysis.Loading;

namespace AidAnalysis.Tests.Corpus;

/// <summary>Regression gate on the annotated dev corpus: the checked-in minimums must hold.</summary>
public class CorpusEvaluationTests
{
    [CorpusFact]
    public void Dev_corpus_meets_the_checked_in_minimums()
    {
        var root = CorpusPaths.Root!;
        var sources = Path.Combine(root, "SOURCES.md");
        var report = new Evaluator(TestSupport.Pipeline, new ArticleLoader(), Lexicon.Default)
            .Evaluate(Path.Combine(root, "gold"), Path.Combine(root, "articles"), File.Exists(sources) ? SourcesFile.Read(sources) : null);
        var minimums = EvaluationReport.LoadMinimums(Path.Combine(TestSupport.RepositoryRoot, "data", "eval", "minimums.json"));
        Assert.Empty(report.Failures(minimums));
    }

    /// <summary>The written evaluation sets ship with the repository, so these gates run everywhere.</summary>
    [Theory]
    [InlineData("written", 24, "minimums-written.json")]
    [InlineData("written2", 20, "minimums-written2.json")]
    [InlineData("written3", 20, "minimums-written3.json")]
    [InlineData("written4", 20, "minimums-written4.json")]
    [InlineData("written5", 20, "minimums-written5.json")]
    [InlineData("written6", 20, "minimums-written6.json")]
    [InlineData("written7", 20, "minimums-written7.json")]
    [InlineData("written8", 20, "minimums-written8.json")]
    [InlineData("written9", 20, "minimums-written9.json")]
    [InlineData("written10", 20, "minimums-written10.json")]
    [InlineData("written11", 20, "minimums-written11.json")]
    [InlineData("written12", 20, "minimums-written12.json")]
    [InlineData("written13", 20, "minimums-written13.json")]
    public void Written_set_meets_its_checked_in_minimums(string folder, int articles, string minimumsFile)
    {
        var root = Path.Combine(TestSupport.RepositoryRoot, "data", "eval", folder);
        var report = new Evaluator(TestSupport.Pipeline, new ArticleLoader(), Lexicon.Default)
            .Evaluate(Path.Combine(root, "gold"), Path.Combine(root, "articles"), SourcesFile.Read(Path.Combine(root, "SOURCES.md")));
        Assert.Equal(articles, report.Articles.Count);
        var minimums = EvaluationReport.LoadMinimums(Path.Combine(TestSupport.RepositoryRoot, "data", "eval", minimumsFile));
        Assert.Empty(report.Failures(minimums));
    }

    [Fact]
    public void Sources_file_gives_publication_dates_per_article()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# Sources\n\n- 01-one.txt | Wire | 2016-02-04 | somewhere | none.\n- 02-two.txt | Ministry | c. 2023-05-03 (\"on Wednesday\") | web | none\n"
                + "- 03-three.txt | Paper | 2024-07-17/18 (copy stamped 2024-07-19) | web | none\n- 04-four.txt | Site | c. 2022-08 (page undated) | web 2021-01-01 | none\n"
                + "- 05-five.txt | Site | undated | web 2020-01-01 | none\nnot a row\n");
            var dates = SourcesFile.Read(path);
            Assert.Equal(new DateOnly(2016, 2, 4), dates["01-one"]);
            Assert.Equal(new DateOnly(2023, 5, 3), dates["02-two"]);
            Assert.Equal(new DateOnly(2024, 7, 17), dates["03-three"]);
            Assert.Equal(new DateOnly(2022, 8, 15), dates["04-four"]);
            Assert.Equal(4, dates.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [CorpusFact]
    public void Every_corpus_span_covers_its_text()
    {
        var loader = new ArticleLoader();
        foreach (var path in Directory.GetFiles(Path.Combine(CorpusPaths.Root!, "articles")))
            TestSupport.AssertSpansValid(TestSupport.Pipeline.Analyze(loader.Load(path)));
    }
}
