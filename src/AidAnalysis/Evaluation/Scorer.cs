using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Evaluation;

/// <summary>Precision, recall and F1 of one table.</summary>
public sealed record TableScore(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Every prediction right and nothing missed.</summary>
    public bool IsExact => TruePositives == Predicted && TruePositives == Gold;

    public static TableScore operator +(TableScore a, TableScore b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public static TableScore Empty { get; } = new(0, 0, 0);
}

/// <summary>How many matched rows got an attribute right.</summary>
public sealed record AttributeScore(int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;

    public static AttributeScore operator +(AttributeScore a, AttributeScore b) => new(a.Correct + b.Correct, a.Total + b.Total);

    public static AttributeScore Empty { get; } = new(0, 0);

    public static AttributeScore Of(bool correct) => new(correct ? 1 : 0, 1);
}

/// <summary>The scores of one article, with its misses and false positives for the verbose report.</summary>
public sealed record ArticleScore(
    string Name,
    TableScore Funding,
    TableScore Actors,
    TableScore Claims,
    IReadOnlyDictionary<string, AttributeScore> FundingAttributes,
    IReadOnlyDictionary<string, AttributeScore> ActorAttributes,
    AttributeScore PartOf,
    TableScore Counted,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> FalsePositives);

/// <summary>Scores an analysis against gold with the rules of SCHEMA.md (greedy one-to-one matching).</summary>
public sealed class Scorer(NameMatcher names)
{
    public static IReadOnlyList<string> Attributes { get; } = ["donor", "recipient", "aid_type", "year", "status"];

    public static IReadOnlyList<string> ActorAttributeNames { get; } = ["kind", "affiliation"];

    private static readonly Regex Words = new(@"[\p{L}\p{N}]+", RegexOptions.NonBacktracking);

    public ArticleScore Score(string name, ArticleAnalysis predicted, GoldAnnotation gold)
    {
        var misses = new List<string>();
        var falsePositives = new List<string>();

        var fundingPairs = Match(gold.Funding, predicted.Funding, SameFigure);
        Report(gold.Funding, predicted.Funding, fundingPairs, g => $"funding {g.AmountText} ({g.Currency})", p => $"funding {p.AmountText} ({p.Currency})", misses, falsePositives);
        var attributes = Attributes.ToDictionary(a => a, _ => AttributeScore.Empty);
        foreach (var (g, p) in fundingPairs)
        {
            Tally(attributes, "donor", SameName(g.Donor, p.Donor), misses, g, p.Donor);
            // SCHEMA: the channel stands for the recipient where the prediction names none.
            var recipient = IsEmpty(p.Recipient) ? p.Channel : p.Recipient;
            Tally(attributes, "recipient", SameName(g.Recipient, recipient), misses, g, recipient);
            Tally(attributes, "aid_type", string.Equals(g.AidType, EnumText.Lower(p.AidType), StringComparison.OrdinalIgnoreCase), misses, g, EnumText.Lower(p.AidType));
            Tally(attributes, "year", g.Year == p.Year, misses, g, p.Year?.ToString());
            Tally(attributes, "status", string.Equals(g.Status, EnumText.Lower(p.Status), StringComparison.OrdinalIgnoreCase), misses, g, EnumText.Lower(p.Status));
        }
        var (partOf, counted) = ScoreRelations(gold, predicted, fundingPairs, misses);

        var (actors, actorAttributes) = ScoreActors(gold, predicted, misses, falsePositives);

        var claimPairs = Match(gold.Claims, predicted.Claims, (g, p) => names.Matches(g.Speaker, p.Speaker) && Contains(p.Text, g.TextFragment));
        Report(gold.Claims, predicted.Claims, claimPairs, g => $"claim {g.Speaker}: {g.TextFragment}", p => $"claim {p.Speaker}: {Shorten(p.Text)}", misses, falsePositives);

        return new ArticleScore(name,
            new TableScore(fundingPairs.Count, predicted.Funding.Count, gold.Funding.Count),
            actors,
            new TableScore(claimPairs.Count, predicted.Claims.Count, gold.Claims.Count),
            attributes, actorAttributes, partOf, counted, misses, falsePositives);
    }

    /// <summary>Same currency and value within 1%; a vague amount matches a valueless prediction whose text contains it or lies within it.</summary>
    private static bool SameFigure(GoldFunding g, FundingFigure p)
    {
        if (g.Currency != p.Currency) return false;
        if (g.Value is not { } value) return p.Value is null && OneContainsTheOther(g.AmountText, p.AmountText);
        return p.Value is { } v && Math.Abs(v - value) <= 0.01 * Math.Abs(value);
    }

    private static bool OneContainsTheOther(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// part_of on matched rows (the predicted parent is the row matched to the gold parent, or both are empty), and
    /// the counted rows against the gold's new_money.
    /// </summary>
    private static (AttributeScore PartOf, TableScore Counted) ScoreRelations(
        GoldAnnotation gold, ArticleAnalysis predicted, List<(GoldFunding Gold, FundingFigure Predicted)> pairs, List<string> misses)
    {
        var predictedFor = pairs.ToDictionary(p => p.Gold, p => p.Predicted, (IEqualityComparer<GoldFunding>)ReferenceEqualityComparer.Instance);
        var partOf = AttributeScore.Empty;
        foreach (var (g, p) in pairs)
        {
            var goldParent = gold.FundingNamed(g.PartOf);
            var correct = goldParent is null
                ? p.PartOfId is null
                : p.PartOfId is not null && predictedFor.TryGetValue(goldParent, out var matched) && matched.Id == p.PartOfId;
            partOf += AttributeScore.Of(correct);
            if (!correct) misses.Add($"funding {g.AmountText}: part_of expected '{g.PartOf ?? "null"}', got '{AmountTextOf(predicted, p.PartOfId)}'");
        }

        var newMoney = (gold.NewMoney ?? []).Select(gold.FundingNamed).OfType<GoldFunding>().ToHashSet((IEqualityComparer<GoldFunding>)ReferenceEqualityComparer.Instance);
        var predictedCounted = predicted.Funding.Where(f => f.Counted).ToList();
        var right = pairs.Count(p => p.Predicted.Counted && newMoney.Contains(p.Gold));
        foreach (var g in newMoney.Where(g => !(predictedFor.TryGetValue(g, out var p) && p.Counted)))
            misses.Add($"funding {g.AmountText}: new money not counted");
        foreach (var p in predictedCounted.Where(p => !pairs.Any(x => ReferenceEquals(x.Predicted, p) && newMoney.Contains(x.Gold))))
            misses.Add($"funding {p.AmountText}: counted, but not new money in gold");
        return (partOf, new TableScore(right, predictedCounted.Count, newMoney.Count));
    }

    private static string AmountTextOf(ArticleAnalysis analysis, string? id) =>
        id is null ? "null" : analysis.Funding.FirstOrDefault(f => f.Id == id)?.AmountText ?? id;

    /// <summary>
    /// Actors by name; a group actor that speaks one of the predicted claims (an anonymous source) counts when it
    /// matches a gold actor and is never a false positive. Kind and affiliation are scored on matched actors.
    /// </summary>
    private (TableScore Score, IReadOnlyDictionary<string, AttributeScore> Attributes) ScoreActors(
        GoldAnnotation gold, ArticleAnalysis predicted, List<string> misses, List<string> falsePositives)
    {
        var speakers = predicted.Claims.Select(c => c.SpeakerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool IsAnonymousSpeaker(Actor a) => a.Kind == ActorKind.Group && (speakers.Contains(a.Id) || predicted.Claims.Any(c => c.Speaker == a.Name));
        var required = predicted.Actors.Where(a => !IsAnonymousSpeaker(a)).ToList();
        var optional = predicted.Actors.Where(IsAnonymousSpeaker).ToList();

        var pairs = Match(gold.Actors, required, (g, p) => names.Matches(g.Name, p.Name));
        var unmatchedGold = gold.Actors.Where(g => !pairs.Any(p => ReferenceEquals(p.Gold, g))).ToList();
        pairs.AddRange(Match(unmatchedGold, optional, (g, p) => names.Matches(g.Name, p.Name)));
        var counted = required.Concat(optional.Where(o => pairs.Any(p => ReferenceEquals(p.Predicted, o)))).ToList();
        Report(gold.Actors, counted, pairs, g => $"actor {g.Name}", p => $"actor {p.Name}", misses, falsePositives);

        var attributes = ActorAttributeNames.ToDictionary(a => a, _ => AttributeScore.Empty);
        foreach (var (g, p) in pairs)
        {
            var kind = string.Equals(g.Kind, EnumText.Lower(p.Kind), StringComparison.OrdinalIgnoreCase);
            attributes["kind"] += AttributeScore.Of(kind);
            if (!kind) misses.Add($"actor {g.Name}: kind expected '{g.Kind}', got '{EnumText.Lower(p.Kind)}'");
            var affiliation = SameName(g.Affiliation, p.Affiliation);
            attributes["affiliation"] += AttributeScore.Of(affiliation);
            if (!affiliation) misses.Add($"actor {g.Name}: affiliation expected '{g.Affiliation ?? "null"}', got '{p.Affiliation ?? "null"}'");
        }
        return (new TableScore(pairs.Count, counted.Count, gold.Actors.Count), attributes);
    }

    /// <summary>Names match as actor names do; an empty value is right only where the gold is empty too.</summary>
    private bool SameName(string? gold, string? predicted) =>
        IsEmpty(gold) || IsEmpty(predicted) ? IsEmpty(gold) && IsEmpty(predicted) : names.Matches(gold, predicted);

    private static bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Equals("unspecified", StringComparison.OrdinalIgnoreCase);

    private static void Tally(Dictionary<string, AttributeScore> scores, string attribute, bool correct, List<string> misses, GoldFunding g, string? predicted)
    {
        scores[attribute] += AttributeScore.Of(correct);
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
