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

    [Fact]
    public void Sources_file_gives_publication_dates_per_article()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# Sources\n\n- 01-one.txt | Wire | 2016-02-04 | somewhere | none.\n- 02-two.txt | Ministry | c. 2023-05-03 (\"on Wednesday\") | web | none\nnot a row\n");
            var dates = SourcesFile.Read(path);
            Assert.Equal(new DateOnly(2016, 2, 4), dates["01-one"]);
            Assert.Equal(new DateOnly(2023, 5, 3), dates["02-two"]);
            Assert.Equal(2, dates.Count);
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
