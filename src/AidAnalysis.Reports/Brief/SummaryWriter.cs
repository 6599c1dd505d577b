using System.Globalization;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Totals;

namespace AidAnalysis.Brief;

/// <summary>A short, deterministic summary written from the extracted rows: the new money, earlier money and requests apart,
/// the changes the text implies, and stated positions.</summary>
public static class SummaryWriter
{
    public static IReadOnlyList<string> Write(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var lines = new List<string>();
        var figures = AidFigures.Countable(analyses);
        var unconverted = AidFigures.CountedWithoutUsd(analyses);
        if (figures.Count == 0 && unconverted.Count == 0)
        {
            lines.Add(analyses.Any(a => a.Funding.Count > 0) ? "No new money: the figures mentioned are earlier money, requests or other amounts." : "No money figures were found.");
        }
        else
        {
            var facts = NewMoneyTotals.Facts(analyses);
            var total = facts.Sum(f => f.ValueUsd);
            var years = figures.Concat(unconverted).Select(f => f.Year).OfType<int>().Distinct().Order().ToList();
            var when = years.Count == 0 ? "" : $" ({string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))})";
            var repeated = facts.Count(f => f.Sources.Count > 1);
            lines.Add($"New money: {HumanFormat.Usd(total)}{when} in {Count(facts.Count, "figure")}, each counted once (parts, repeats, running totals and conversions are not added again; converted at yearly average rates)"
                + (repeated > 0 ? $"; {Count(repeated, "figure")} reported by more than one article counted once." : "."));
            lines.Add("Largest: " + string.Join("; ", figures.OrderByDescending(f => f.ValueUsd).Take(3).Select(Describe)) + ".");
            if (unconverted.Count > 0) lines.Add("Also new, in a currency the rate table lacks: " + string.Join("; ", unconverted.Take(4).Select(Describe)) + ".");
        }

        var earlier = AidFigures.Earlier(analyses);
        if (earlier.Count > 0) lines.Add("Earlier or cumulative aid mentioned (not added to the new money): " + string.Join("; ", earlier.OrderByDescending(f => f.ValueUsd).Take(4).Select(Describe)) + ".");

        var changes = analyses.SelectMany(a => a.Checks.Where(c => c.Kind == CheckKind.ChangeFromEarlier)).Select(c => c.Message.TrimEnd('.')).ToList();
        if (changes.Count > 0) lines.Add("Change stated in the text: " + string.Join("; ", changes.Take(4)) + ".");

        var requests = AidFigures.Requested(analyses).Select(Describe)
            .Concat(analyses.SelectMany(a => a.AidItems.Where(i => i.Status == AidItemStatus.Requested)
                .Select(i => $"{i.Item}{(i.Recipient is null ? "" : $" for {i.Recipient}")}{(i.Provider is null ? "" : $" from {i.Provider}")}")))
            .Distinct().ToList();
        if (requests.Count > 0) lines.Add("Requested (asked for, not given): " + string.Join("; ", requests.Take(6)) + ".");

        var findings = analyses.Sum(a => a.Checks.Count(c => c.Kind != CheckKind.ChangeFromEarlier));
        if (findings > 0) lines.Add($"{Count(findings, "check")} on the figures need a look (see Checks).");

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
        var parts = new List<string> { f.ValueUsd is null || f.Currency == "USD" && f.AmountText.Contains('$') ? f.AmountText : $"{f.AmountText} ({HumanFormat.Usd(f.ValueUsd)})" };
        if (f.Donor is not null) parts.Add("from " + f.Donor);
        if (f.Recipient is not null) parts.Add("to " + f.Recipient);
        if (f.Channel is not null) parts.Add("via " + f.Channel);
        var attributes = new[] { EnumText.Lower(f.AidType), EnumText.Lower(f.Status), f.Year?.ToString(CultureInfo.InvariantCulture) }
            .Where(a => a is not null && a != "unspecified");
        var detail = string.Join(", ", attributes);
        return string.Join(" ", parts) + (detail.Length > 0 ? $" [{detail}]" : "");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137].TrimEnd() + "…";
}
