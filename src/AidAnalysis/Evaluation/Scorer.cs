using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Evaluation;

/// <summary>Precision, recall and F1 of one table.</summary>
public sealed record TableScore(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static TableScore operator +(TableScore a, TableScore b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public static TableScore Empty { get; } = new(0, 0, 0);
}

/// <summary>How many matched funding rows got an attribute right.</summary>
public sealed record AttributeScore(int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;

    public static AttributeScore operator +(AttributeScore a, AttributeScore b) => new(a.Correct + b.Correct, a.Total + b.Total);

    public static AttributeScore Empty { get; } = new(0, 0);
}

/// <summary>The scores of one article, with its misses and false positives for the verbose report.</summary>
public sealed record ArticleScore(
    string Name,
    TableScore Funding,
    TableScore Actors,
    TableScore Claims,
    IReadOnlyDictionary<string, AttributeScore> FundingAttributes,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> FalsePositives);

/// <summary>Scores an analysis against gold with the rules of SCHEMA.md (greedy one-to-one matching).</summary>
public sealed class Scorer(NameMatcher names)
{
    public static IReadOnlyList<string> Attributes { get; } = ["donor", "recipient", "aid_type", "year", "status"];

    private static readonly Regex Words = new(@"[\p{L}\p{N}]+", RegexOptions.NonBacktracking);

    public ArticleScore Score(string name, ArticleAnalysis predicted, GoldAnnotation gold)
    {
        var misses = new List<string>();
        var falsePositives = new List<string>();

        var fundingPairs = Match(gold.Funding, predicted.Funding, (g, p) =>
            g.Currency == p.Currency && (g.Value is null ? p.Value is null : p.Value is { } v && Math.Abs(v - g.Value.Value) <= 0.01 * g.Value.Value));
        Report(gold.Funding, predicted.Funding, fundingPairs, g => $"funding {g.AmountText} ({g.Currency})", p => $"funding {p.AmountText} ({p.Currency})", misses, falsePositives);
        var attributes = Attributes.ToDictionary(a => a, _ => AttributeScore.Empty);
        foreach (var (g, p) in fundingPairs)
        {
            Tally(attributes, "donor", names.Matches(g.Donor, p.Donor), misses, g, p.Donor);
            Tally(attributes, "recipient", names.Matches(g.Recipient, p.Recipient) || (p.Channel is not null && names.Matches(g.Recipient, p.Channel)), misses, g, p.Recipient ?? p.Channel);
            Tally(attributes, "aid_type", string.Equals(g.AidType, p.AidType.ToString(), StringComparison.OrdinalIgnoreCase), misses, g, p.AidType.ToString());
            Tally(attributes, "year", g.Year == p.Year, misses, g, p.Year?.ToString());
            Tally(attributes, "status", string.Equals(g.Status, p.Status.ToString(), StringComparison.OrdinalIgnoreCase), misses, g, p.Status.ToString());
        }

        // Unnamed speakers ("the source", "analysts") are group actors without a name in the text; gold lists named actors only.
        var namedActors = predicted.Actors.Where(a => a.Kind != ActorKind.Group || a.Mentions.Count > 0).ToList();
        var actorPairs = Match(gold.Actors, namedActors, (g, p) => names.Matches(g.Name, p.Name));
        Report(gold.Actors, namedActors, actorPairs,
            g => $"actor {g.Name}", p => $"actor {p.Name}", misses, falsePositives);

        var claimPairs = Match(gold.Claims, predicted.Claims, (g, p) => names.Matches(g.Speaker, p.Speaker) && Contains(p.Text, g.TextFragment));
        Report(gold.Claims, predicted.Claims, claimPairs, g => $"claim {g.Speaker}: {g.TextFragment}", p => $"claim {p.Speaker}: {Shorten(p.Text)}", misses, falsePositives);

        return new ArticleScore(name,
            new TableScore(fundingPairs.Count, predicted.Funding.Count, gold.Funding.Count),
            new TableScore(actorPairs.Count, namedActors.Count, gold.Actors.Count),
            new TableScore(claimPairs.Count, predicted.Claims.Count, gold.Claims.Count),
            attributes, misses, falsePositives);
    }

    private static void Tally(Dictionary<string, AttributeScore> scores, string attribute, bool correct, List<string> misses, GoldFunding g, string? predicted)
    {
        scores[attribute] += new AttributeScore(correct ? 1 : 0, 1);
        if (!correct) misses.Add($"funding {g.AmountText}: {attribute} expected '{Expected(g, attribute)}', got '{predicted ?? "null"}'");
    }

    private static string Expected(GoldFunding g, string attribute) => attribute switch
    {
        "donor" => g.Donor ?? "null",
        "recipient" => g.Recipient ?? "null",
        "aid_type" => g.AidType,
        "year" => g.Year?.ToString() ?? "null",
        _ => g.Status,
    };

    /// <summary>The gold fragment is contained in the claim text, or 70% of its words are.</summary>
    public static bool Contains(string text, string fragment)
    {
        static string Flat(string s) => string.Join(' ', Words.Matches(s.ToLowerInvariant()).Select(m => m.Value));
        var t = Flat(text);
        var f = Flat(fragment);
        if (f.Length == 0 || t.Contains(f, StringComparison.Ordinal)) return true;
        var textWords = t.Split(' ').ToHashSet();
        var fragmentWords = f.Split(' ');
        return fragmentWords.Count(textWords.Contains) >= 0.7 * fragmentWords.Length;
    }

    private static List<(TG Gold, TP Predicted)> Match<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, Func<TG, TP, bool> matches)
    {
        var used = new bool[predicted.Count];
        var pairs = new List<(TG, TP)>();
        foreach (var g in gold)
        {
            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i] || !matches(g, predicted[i])) continue;
                used[i] = true;
                pairs.Add((g, predicted[i]));
                break;
            }
        }
        return pairs;
    }

    private static void Report<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, List<(TG Gold, TP Predicted)> pairs,
        Func<TG, string> describeGold, Func<TP, string> describePredicted, List<string> misses, List<string> falsePositives)
    {
        misses.AddRange(gold.Where(g => !pairs.Any(p => ReferenceEquals(p.Gold, g))).Select(g => "missed " + describeGold(g)));
        falsePositives.AddRange(predicted.Where(p => !pairs.Any(x => ReferenceEquals(x.Predicted, p))).Select(describePredicted));
    }

    private static string Shorten(string s) => s.Length <= 90 ? s : s[..87] + "...";
}
