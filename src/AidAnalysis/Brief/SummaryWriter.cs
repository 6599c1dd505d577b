using AidAnalysis.Charts;
using AidAnalysis.Model;

namespace AidAnalysis.Brief;

/// <summary>A short, deterministic summary written from the extracted rows: top figures, requests, stated positions.</summary>
public static class SummaryWriter
{
    public static IReadOnlyList<string> Write(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var lines = new List<string>();
        var figures = AidFigures.Countable(analyses);
        if (figures.Count == 0)
        {
            lines.Add("No money figures were found.");
        }
        else
        {
            var total = figures.Sum(f => f.ValueUsd!.Value);
            lines.Add($"{Count(figures.Count, "funding figure")} worth {HumanFormat.Usd(total)} in all (each counted once, converted at yearly average rates).");
            var top = figures.OrderByDescending(f => f.ValueUsd).Take(3).Select(Describe);
            lines.Add("Largest: " + string.Join("; ", top) + ".");
        }

        var requests = analyses.SelectMany(a => a.Funding.Where(f => f.Status == FundingStatus.Requested && f.ConvertedFromId is null).Select(Describe))
            .Concat(analyses.SelectMany(a => a.AidItems.Where(i => i.Status == AidItemStatus.Requested)
                .Select(i => $"{i.Item}{(i.Recipient is null ? "" : $" for {i.Recipient}")}{(i.Provider is null ? "" : $" from {i.Provider}")}")))
            .Distinct().ToList();
        if (requests.Count > 0) lines.Add("Requested: " + string.Join("; ", requests.Take(6)) + ".");

        var delivered = analyses.SelectMany(a => a.AidItems.Where(i => i.Status == AidItemStatus.Delivered)).Select(i => i.Item).Distinct().ToList();
        if (delivered.Count > 0) lines.Add("In-kind aid reported as delivered: " + string.Join(", ", delivered.Take(8)) + ".");

        var positions = analyses.SelectMany(a => a.Claims)
            .Where(c => c.SpeakerKind != ActorKind.Group || c.Kind == ClaimKind.Quote)
            .GroupBy(c => c.Speaker)
            .OrderByDescending(g => g.Count())
            .Take(3)
            .Select(g => $"{g.Key} ({Count(g.Count(), "statement")}{(g.Any(c => c.Hedged) ? ", some hedged" : "")}): “{Shorten(g.First().Text)}”");
        var stated = positions.ToList();
        if (stated.Count > 0) lines.Add("Stated positions — " + string.Join("; ", stated) + ".");
        return lines;
    }

    private static string Describe(FundingFigure f)
    {
        var parts = new List<string> { $"{f.AmountText} ({HumanFormat.Usd(f.ValueUsd)})" };
        if (f.Donor is not null) parts.Add("from " + f.Donor);
        if (f.Recipient is not null) parts.Add("to " + f.Recipient);
        if (f.Channel is not null) parts.Add("via " + f.Channel);
        var attributes = new[] { EnumText.Lower(f.AidType), EnumText.Lower(f.Status), f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(a => a is not null && a != "unspecified");
        var detail = string.Join(", ", attributes);
        return string.Join(" ", parts) + (detail.Length > 0 ? $" [{detail}]" : "");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137].TrimEnd() + "…";
}
