using System.Text.Json;
using AidAnalysis.Lexicons;
using AidAnalysis.Loading;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Evaluation;

/// <summary>
/// Publication dates from a corpus SOURCES.md, lines "- NAME.txt | outlet | date | ...": the first full date of the
/// third field ("2024-07-17/18", "c. 2023-05-03"), or a month alone ("c. 2022-08") as its 15th (SCHEMA.md).
/// </summary>
public static class SourcesFile
{
    private static readonly System.Text.RegularExpressions.Regex Line = new(
        @"^-\s+(?<file>[^|\s]+)\.(?:txt|md|html?)\s*\|[^|\n]*\|(?<date>[^|\n]*)",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.Multiline);

    private static readonly System.Text.RegularExpressions.Regex FullDate = new(
        @"(?<![0-9])(?<y>[0-9]{4})-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?(?![0-9])", System.Text.RegularExpressions.RegexOptions.None,
        TimeSpan.FromSeconds(1));

    public static IReadOnlyDictionary<string, DateOnly> Read(string path) =>
        Line.Matches(File.ReadAllText(path))
            .Select(m => (File: m.Groups["file"].Value, Date: DateIn(m.Groups["date"].Value)))
            .Where(x => x.Date is not null)
            .GroupBy(x => x.File).ToDictionary(g => g.Key, g => g.First().Date!.Value);

    /// <summary>The first full date of a field, else its first month alone as that month's 15th.</summary>
    public static DateOnly? DateIn(string field)
    {
        var candidates = FullDate.Matches(field).Select(Parse).OfType<(DateOnly Date, bool Full)>().ToList();
        return candidates.Where(c => c.Full).Select(c => (DateOnly?)c.Date).FirstOrDefault()
            ?? candidates.Select(c => (DateOnly?)c.Date).FirstOrDefault();
    }

    private static (DateOnly, bool)? Parse(System.Text.RegularExpressions.Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var full = m.Groups["d"].Success;
        var day = full ? int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : 15;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return (new DateOnly(year, month, day), full);
    }
}

/// <summary>The micro-averaged scores over a corpus and each article's own.</summary>
public sealed record EvaluationReport(
    TableScore Funding,
    TableScore Actors,
    TableScore Claims,
    IReadOnlyDictionary<string, AttributeScore> FundingAttributes,
    IReadOnlyDictionary<string, AttributeScore> ActorAttributes,
    AttributeScore PartOf,
    TableScore Counted,
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
            foreach (var (name, score) in ActorAttributes) metrics[$"actor_{name}_accuracy"] = score.Accuracy;
            metrics["part_of_accuracy"] = PartOf.Accuracy;
            metrics["counted_precision"] = Counted.Precision;
            metrics["counted_recall"] = Counted.Recall;
            metrics["counted_f1"] = Counted.F1;
            metrics["counted_exact_share"] = CountedExactShare;
            return metrics;
        }
    }

    /// <summary>The share of articles whose counted set is exactly the gold's new money.</summary>
    public double CountedExactShare => Articles.Count == 0 ? 1 : (double)Articles.Count(a => a.Counted.IsExact) / Articles.Count;

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
        return new EvaluationReport(
            articles.Aggregate(TableScore.Empty, (s, a) => s + a.Funding),
            articles.Aggregate(TableScore.Empty, (s, a) => s + a.Actors),
            articles.Aggregate(TableScore.Empty, (s, a) => s + a.Claims),
            Scorer.Attributes.ToDictionary(a => a, a => articles.Aggregate(AttributeScore.Empty, (sum, s) => sum + s.FundingAttributes[a])),
            Scorer.ActorAttributeNames.ToDictionary(a => a, a => articles.Aggregate(AttributeScore.Empty, (sum, s) => sum + s.ActorAttributes[a])),
            articles.Aggregate(AttributeScore.Empty, (sum, s) => sum + s.PartOf),
            articles.Aggregate(TableScore.Empty, (sum, s) => sum + s.Counted),
            articles);
    }
}
