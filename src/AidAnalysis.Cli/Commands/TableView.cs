using System.Globalization;
using AidAnalysis.Model;
using Spectre.Console;
using static AidAnalysis.Model.EnumText;

namespace AidAnalysis.Cli.Commands;

/// <summary>Readable terminal tables of one analysis.</summary>
public static class TableView
{
    public static void Print(ArticleAnalysis analysis)
    {
        var title = analysis.Article.Metadata.Title ?? ArticleInputs.Stem(analysis.Article);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

        var funding = new Table().Title("Funding").AddColumns("Amount", "Currency", "USD", "Donor", "Recipient / channel", "Type", "Year", "Status", "Span");
        foreach (var f in analysis.Funding)
            funding.AddRow(Cells(f.AmountText, f.Currency, f.ValueUsd is { } u ? u.ToString("N0", CultureInfo.InvariantCulture) : "",
                f.Donor, Join(f.Recipient, f.Channel), Lower(f.AidType), f.Year?.ToString(CultureInfo.InvariantCulture),
                Lower(f.Status), $"{f.Span.Start}-{f.Span.End}"));
        AnsiConsole.Write(funding);

        var items = new Table().Title("Aid items").AddColumns("Item", "Category", "Lethal", "Status", "Provider", "Recipient");
        foreach (var i in analysis.AidItems)
            items.AddRow(Cells(i.Item, Lower(i.Category), i.Lethal ? "yes" : "no", Lower(i.Status), i.Provider, i.Recipient));
        AnsiConsole.Write(items);

        var actors = new Table().Title("Actors").AddColumns("Name", "Kind", "Role", "Affiliation", "Mentions");
        foreach (var a in analysis.Actors)
            actors.AddRow(Cells(a.Name, Lower(a.Kind), a.Role, a.Affiliation, a.Mentions.Count.ToString(CultureInfo.InvariantCulture)));
        AnsiConsole.Write(actors);

        var claims = new Table().Title("Claims").AddColumns("Speaker", "Kind", "Cue", "Hedged", "Text");
        foreach (var c in analysis.Claims)
            claims.AddRow(Cells(c.Speaker, Lower(c.Kind), c.Cue, c.Hedged ? "yes" : "", c.Text));
        AnsiConsole.Write(claims);
    }

    private static string[] Cells(params string?[] values) => values.Select(v => Markup.Escape(v ?? "")).ToArray();

    private static string? Join(string? a, string? b) => (a, b) switch
    {
        (null, null) => null,
        (_, null) => a,
        (null, _) => "via " + b,
        _ => $"{a} via {b}",
    };
}
