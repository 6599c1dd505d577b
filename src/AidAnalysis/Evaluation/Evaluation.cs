using System.Text.Json;
using AidAnalysis.Lexicons;
using AidAnalysis.Loading;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Evaluation;

/// <summary>Publication dates from a corpus SOURCES.md: lines "- NAME.txt | outlet | 2016-02-04 | ...".</summary>
public static class SourcesFile
{
    private static readonly System.Text.RegularExpressions.Regex Line = new(
        @"^-\s+(?<file>[^|\s]+)\.(?:txt|md|html?)\s*\|[^|]*\|\s*(?:c\.\s*)?(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.Multiline);

    public static IReadOnlyDictionary<string, DateOnly> Read(string path) =>
        Line.Matches(File.ReadAllText(path))
            .Select(m => (m.Groups["file"].Value, Date: DateOnly.ParseExact(m.Groups["date"].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.First().Date);
}

/// <summary>The micro-averaged scores over a corpus and each article's own.</summary>
public sealed record EvaluationReport(
    TableScore Funding,
    TableScore Actors,
    TableScore Claims,
    IReadOnlyDictionary<string, AttributeScore> FundingAttributes,
    IReadOnlyList<ArticleScore> Articles)
{
    /// <summary>Every figure by a stable name, as the minimums file uses them.</summary>
    public IReadOnlyDictionary<string, double> Metrics
    {
        get
        {
            var metrics = new Dictionary<string, double>
            {
                ["funding_precision"] = Funding.Precision, ["funding_recall"] = Funding.Recall, ["funding_f1"] = Funding.F1,
                ["actors_precision"] = Actors.Precision, ["actors_recall"] = Actors.Recall, ["actors_f1"] = Actors.F1,
                ["claims_precision"] = Claims.Precision, ["claims_recall"] = Claims.Recall, ["claims_f1"] = Claims.F1,
            };
            foreach (var (name, score) in FundingAttributes) metrics[$"{name}_accuracy"] = score.Accuracy;
            return metrics;
        }
    }

    /// <summary>The metrics below their minimum, as "name 0.71 < 0.75".</summary>
    public IReadOnlyList<string> Failures(IReadOnlyDictionary<string, double> minimums) =>
        minimums.Where(m => Metrics.TryGetValue(m.Key, out var v) && v + 1e-9 < m.Value)
            .Select(m => $"{m.Key} {Metrics[m.Key]:0.000} < {m.Value:0.000}")
            .Concat(minimums.Keys.Where(k => !Metrics.ContainsKey(k)).Select(k => $"{k}: unknown metric"))
            .ToArray();

    public static IReadOnlyDictionary<string, double> LoadMinimums(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path}: no minimums");
}

/// <summary>Runs the pipeline on every article that has a gold file and scores it.</summary>
public sealed class Evaluator(AnalysisPipeline pipeline, ArticleLoader loader, Lexicon lexicon)
{
    /// <param name="published">Publication dates by article name (the metadata an analyst has); relative years resolve against them.</param>
    public EvaluationReport Evaluate(string goldDirectory, string articlesDirectory, IReadOnlyDictionary<string, DateOnly>? published = null)
    {
        var scorer = new Scorer(new NameMatcher(lexicon));
        var articles = new List<ArticleScore>();
        foreach (var goldPath in Directory.GetFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(goldPath);
            var articlePath = ArticleLoader.SupportedExtensions
                .Select(ext => Path.Combine(articlesDirectory, name + ext))
                .FirstOrDefault(File.Exists)
                ?? throw new ArticleLoadException($"{goldPath}: no article named {name} in {articlesDirectory}");
            var metadata = published is not null && published.TryGetValue(name, out var date) ? new Model.ArticleMetadata(Published: date) : null;
            var analysis = pipeline.Analyze(loader.Load(articlePath, metadata));
            articles.Add(scorer.Score(name, analysis, GoldAnnotation.Load(goldPath)));
        }
        var attributes = Scorer.Attributes.ToDictionary(a => a,
            a => articles.Aggregate(AttributeScore.Empty, (sum, s) => sum + s.FundingAttributes[a]));
        return new EvaluationReport(
            articles.Aggregate(TableScore.Empty, (s, a) => s + a.Funding),
            articles.Aggregate(TableScore.Empty, (s, a) => s + a.Actors),
            articles.Aggregate(TableScore.Empty, (s, a) => s + a.Claims),
            attributes, articles);
    }
}
