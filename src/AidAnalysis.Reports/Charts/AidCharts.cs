using AidAnalysis.Model;
using AidAnalysis.Totals;
using Plotly.NET;

namespace AidAnalysis.Charts;

/// <summary>
/// The product's charts as Plotly.NET charts (shown as they are in notebooks; exported to HTML and SVG
/// by <see cref="ChartExport"/>). Long category lists are cut to the largest entries plus "other", so a
/// chart reads the same with one figure as with hundreds.
/// </summary>
public static class AidCharts
{
    private const int MaxCategories = 12;
    private const int MaxFlows = 12;

    private static readonly IReadOnlyDictionary<AidType, string> TypeColours = new Dictionary<AidType, string>
    {
        [AidType.Military] = "#8c2d04", [AidType.Humanitarian] = "#2b8cbe",
        [AidType.Financial] = "#41ab5d", [AidType.Unspecified] = "#969696",
    };

    /// <summary>Pattern per status, so pledged, allocated and delivered money stay apart inside a stacked bar.</summary>
    private static readonly IReadOnlyDictionary<FundingStatus, string> StatusPatterns = new Dictionary<FundingStatus, string>
    {
        [FundingStatus.Delivered] = "", [FundingStatus.Allocated] = "/", [FundingStatus.Pledged] = ".",
        [FundingStatus.Requested] = "x", [FundingStatus.Previous] = "-", [FundingStatus.Unspecified] = "+",
    };

    /// <summary>USD by figure year, stacked by aid type, patterned by status; undated figures in their own bar.</summary>
    public static GenericChart AidOverTime(IEnumerable<ArticleAnalysis> analyses) => AidOverTime(AidFigures.ForCharts(analyses));

    public static GenericChart AidOverTime(IReadOnlyList<ChartFigure> figures)
    {
        var years = figures.Where(f => f.Year is not null).Select(f => f.Year!.Value).Distinct().Order()
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (figures.Any(f => f.Year is null)) years.Add(AidFigures.Undated);
        var traces = figures
            .GroupBy(f => (f.AidType, f.Status))
            .OrderBy(g => g.Key.AidType).ThenBy(g => g.Key.Status)
            .Select(g =>
            {
                var byYear = g.GroupBy(AidFigures.YearLabel).ToDictionary(y => y.Key, y => y.Sum(f => f.Usd));
                var trace = Bar($"{EnumText.Lower(g.Key.AidType)} · {EnumText.Lower(g.Key.Status)}", years, years.Select(y => byYear.GetValueOrDefault(y)).ToList(), horizontal: false);
                trace.SetProperty("marker", Marker(TypeColours[g.Key.AidType], StatusPatterns[g.Key.Status]));
                trace.SetProperty("legendgroup", EnumText.Lower(g.Key.AidType));
                return trace;
            });
        return Build(traces, "Aid over time (USD, by figure year)", "Year", "USD", stacked: true, categoryAxis: "x", categoryOrder: years);
    }

    /// <summary>USD by aid type.</summary>
    public static GenericChart AidByType(IEnumerable<ArticleAnalysis> analyses) => AidByType(AidFigures.ForCharts(analyses));

    public static GenericChart AidByType(IReadOnlyList<ChartFigure> figures)
    {
        var totals = figures.GroupBy(f => f.AidType)
            .Select(g => (Label: EnumText.Lower(g.Key), Type: g.Key, Usd: g.Sum(f => f.Usd)))
            .OrderBy(t => t.Usd).ToList();
        var trace = Bar("USD", totals.Select(t => t.Label).ToList(), totals.Select(t => t.Usd).ToList(), horizontal: true);
        trace.SetProperty("marker", Marker(totals.Select(t => TypeColours[t.Type]).ToArray(), ""));
        return Build([trace], "Aid by type (USD)", "USD", null, stacked: false, categoryAxis: "y", categoryOrder: null);
    }

    /// <summary>USD by donor (figures without a named donor in their own bar).</summary>
    public static GenericChart AidByDonor(IEnumerable<ArticleAnalysis> analyses) => AidByDonor(AidFigures.ForCharts(analyses));

    public static GenericChart AidByDonor(IReadOnlyList<ChartFigure> figures)
    {
        var totals = TopWithOther(figures
            .GroupBy(f => f.Donor ?? AidFigures.UnknownDonor)
            .Select(g => (g.Key, g.Sum(f => f.Usd))));
        var trace = Bar("USD", totals.Select(t => t.Key).ToList(), totals.Select(t => t.Value).ToList(), horizontal: true);
        trace.SetProperty("marker", Marker("#3f007d", ""));
        return Build([trace], "Aid by donor (USD)", "USD", null, stacked: false, categoryAxis: "y", categoryOrder: null);
    }

    /// <summary>Donor → recipient flows (recipient or channel), as a Sankey diagram.</summary>
    public static GenericChart DonorToRecipient(IEnumerable<ArticleAnalysis> analyses) => DonorToRecipient(AidFigures.ForCharts(analyses));

    public static GenericChart DonorToRecipient(IReadOnlyList<ChartFigure> figures)
    {
        var flows = figures
            .GroupBy(f => (Donor: f.Donor ?? AidFigures.UnknownDonor, Recipient: "→ " + (f.Recipient ?? "unnamed recipient")))
            .Select(g => (g.Key.Donor, g.Key.Recipient, Usd: g.Sum(f => f.Usd)))
            .OrderByDescending(f => f.Usd).ToList();
        // Beyond the largest flows the labels crowd into each other: the rest become one "other" flow.
        if (flows.Count > MaxFlows)
            flows = [.. flows.Take(MaxFlows - 1), ("other donors", "→ other recipients", flows.Skip(MaxFlows - 1).Sum(f => f.Usd))];
        var nodes = flows.Select(f => f.Donor).Concat(flows.Select(f => f.Recipient)).Distinct().ToList();
        var trace = new Trace("sankey");
        // Long organisation names run into the neighbouring flows: labels are cut to a readable length at a dark, fixed size.
        trace.SetProperty("node", Dyn(("label", nodes.Select(n => n.Length <= 38 ? n : n[..36].TrimEnd() + "…").ToArray()), ("pad", 16), ("thickness", 14)));
        trace.SetProperty("textfont", Dyn(("size", 11), ("color", "#222222"), ("family", "Liberation Sans, Arial, sans-serif")));
        trace.SetProperty("link", Dyn(
            ("source", flows.Select(f => nodes.IndexOf(f.Donor)).ToArray()),
            ("target", flows.Select(f => nodes.IndexOf(f.Recipient)).ToArray()),
            ("value", flows.Select(f => f.Usd).ToArray())));
        return Build([trace], "Donor → recipient (USD)", null, null, stacked: false, categoryAxis: null, categoryOrder: null);
    }

    /// <summary>Who says what: claims per speaker, quotes and reported statements apart.</summary>
    public static GenericChart ClaimsBySpeaker(IEnumerable<ArticleAnalysis> analyses) => ClaimsBySpeaker(AidFigures.ClaimsForCharts(analyses));

    public static GenericChart ClaimsBySpeaker(IReadOnlyList<ChartClaim> claims)
    {
        var speakers = TopWithOther(claims.GroupBy(c => c.Speaker).Select(g => (g.Key, (double)g.Count())))
            .Select(s => s.Key).Reverse().ToList();
        var known = speakers.Where(s => s != "other").ToHashSet();
        var traces = new[] { ClaimKind.Quote, ClaimKind.Reported }.Select(kind =>
        {
            var counts = claims.Where(c => c.Kind == kind)
                .GroupBy(c => known.Contains(c.Speaker) ? c.Speaker : "other")
                .ToDictionary(g => g.Key, g => (double)g.Count());
            var trace = Bar(kind == ClaimKind.Quote ? "quoted" : "reported", speakers, speakers.Select(s => counts.GetValueOrDefault(s)).ToList(), horizontal: true);
            trace.SetProperty("marker", Marker(kind == ClaimKind.Quote ? "#6a51a3" : "#bcbddc", ""));
            return trace;
        });
        var most = claims.GroupBy(c => c.Speaker).Select(g => g.Count()).DefaultIfEmpty(1).Max();
        return Build(traces, "Who says what (claims per speaker)", "Claims", null, stacked: true, categoryAxis: "y", categoryOrder: speakers, wholeNumbersUpTo: most);
    }

    /// <summary>A print height that fits the chart's bars: horizontal bar charts grow with their categories.</summary>
    public static int SuggestedHeight(GenericChart chart)
    {
        var categories = GenericChart.getTraces(chart)
            .Select(t => Property(t, "orientation") as string == "h" && Property(t, "y") is string[] y ? y.Length : 0)
            .DefaultIfEmpty(0).Max();
        var sankeyNodes = GenericChart.getTraces(chart)
            .Select(t => Property(t, "node") is DynamicObj.DynamicObj node && Property(node, "label") is string[] labels ? labels.Length : 0)
            .DefaultIfEmpty(0).Max();
        if (sankeyNodes > 0) return Math.Clamp(120 + 26 * sankeyNodes, 360, 760);
        return categories == 0 ? 360 : Math.Clamp(110 + 30 * categories, 180, 560);
    }

    private static object? Property(DynamicObj.DynamicObj obj, string key)
    {
        var value = obj.TryGetPropertyValue(key);
        return Microsoft.FSharp.Core.OptionModule.IsSome(value) ? value.Value : null;
    }

    /// <summary>The largest entries (ascending, for horizontal bars) and the rest summed as "other".</summary>
    private static List<(string Key, double Value)> TopWithOther(IEnumerable<(string Key, double Value)> entries)
    {
        var sorted = entries.OrderByDescending(e => e.Value).ToList();
        var top = sorted.Take(MaxCategories).ToList();
        if (sorted.Count > MaxCategories) top.Add(("other", sorted.Skip(MaxCategories).Sum(e => e.Value)));
        top.Reverse();
        return top;
    }

    private static Trace Bar(string name, IReadOnlyList<string> categories, IReadOnlyList<double> values, bool horizontal)
    {
        var trace = new Trace("bar");
        trace.SetProperty("name", name);
        trace.SetProperty(horizontal ? "y" : "x", categories.ToArray());
        trace.SetProperty(horizontal ? "x" : "y", values.ToArray());
        if (horizontal) trace.SetProperty("orientation", "h");
        trace.SetProperty("hovertemplate", horizontal ? "%{y}: %{x:,.0f}<extra>%{fullData.name}</extra>" : "%{x}: %{y:,.0f}<extra>%{fullData.name}</extra>");
        return trace;
    }

    private static DynamicObj.DynamicObj Marker(object colour, string pattern)
    {
        var marker = Dyn(("color", colour));
        if (pattern.Length > 0) marker.SetProperty("pattern", Dyn(("shape", pattern), ("fillmode", "overlay"), ("fgcolor", "#ffffff"), ("size", 6)));
        return marker;
    }

    /// <param name="wholeNumbersUpTo">For a count axis, its largest value: ticks are whole numbers ("500m" claims never appear).</param>
    private static GenericChart Build(IEnumerable<Trace> traces, string title, string? xTitle, string? yTitle, bool stacked,
        string? categoryAxis, IReadOnlyList<string>? categoryOrder, int? wholeNumbersUpTo = null)
    {
        var chart = GenericChart.combine(traces.Select(t => GenericChart.ofTraceObject(true, t)));
        var layout = new Layout();
        layout.SetProperty("title", Dyn(("text", title), ("x", 0.0), ("xanchor", "left")));
        layout.SetProperty("barmode", stacked ? "stack" : "group");
        layout.SetProperty("font", Dyn(("family", "Liberation Sans, Arial, sans-serif"), ("size", 12)));
        // The legend sits to the right of the plot, where it cannot cover axis titles however many entries it has.
        layout.SetProperty("margin", Dyn(("l", 140), ("r", 20), ("t", 50), ("b", 50)));
        layout.SetProperty("legend", Dyn(("orientation", "v"), ("x", 1.02), ("y", 1.0), ("xanchor", "left"), ("font", Dyn(("size", 10)))));
        layout.SetProperty("xaxis", Axis(xTitle, categoryAxis == "x" ? categoryOrder : null, categoryAxis == "x", categoryAxis == "y" ? wholeNumbersUpTo : null));
        layout.SetProperty("yaxis", Axis(yTitle, categoryAxis == "y" ? categoryOrder : null, categoryAxis == "y", categoryAxis == "x" ? wholeNumbersUpTo : null));
        return GenericChart.setLayout(layout, chart);
    }

    private static DynamicObj.DynamicObj Axis(string? title, IReadOnlyList<string>? order, bool isCategory, int? wholeNumbersUpTo = null)
    {
        var axis = Dyn(("automargin", true));
        if (title is not null) axis.SetProperty("title", Dyn(("text", title)));
        if (isCategory) axis.SetProperty("type", "category");
        else if (wholeNumbersUpTo is { } most)
        {
            axis.SetProperty("tickformat", ",d");
            axis.SetProperty("tick0", 0);
            axis.SetProperty("dtick", Math.Max(1, (int)Math.Ceiling(most / 8.0)));
        }
        else
        {
            // "$20B", not the SI "$20G".
            axis.SetProperty("exponentformat", "B");
            axis.SetProperty("tickprefix", title == "USD" ? "$" : "");
        }
        if (order is not null)
        {
            axis.SetProperty("categoryorder", "array");
            axis.SetProperty("categoryarray", order.ToArray());
        }
        return axis;
    }

    private static DynamicObj.DynamicObj Dyn(params (string Key, object Value)[] values)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (key, value) in values) obj.SetProperty(key, value);
        return obj;
    }
}
