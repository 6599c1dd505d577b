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
        var report = new Evaluator(TestSupport.Pipeline, new ArticleLoader(), Lexicon.Default)
            .Evaluate(Path.Combine(root, "gold"), Path.Combine(root, "articles"));
        var minimums = EvaluationReport.LoadMinimums(Path.Combine(TestSupport.RepositoryRoot, "data", "eval", "minimums.json"));
        Assert.Empty(report.Failures(minimums));
    }

    [CorpusFact]
    public void Every_corpus_span_covers_its_text()
    {
        var loader = new ArticleLoader();
        foreach (var path in Directory.GetFiles(Path.Combine(CorpusPaths.Root!, "articles")))
            TestSupport.AssertSpansValid(TestSupport.Pipeline.Analyze(loader.Load(path)));
    }
}
