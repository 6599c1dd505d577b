using System.Globalization;
using System.Text;
using AidAnalysis.Model;

namespace AidAnalysis.Synthetic;

/// <summary>A figure a generated article states, to check that extraction recovers it.</summary>
public sealed record ExpectedFigure(string AmountText, double Value, string Currency, string Donor, string Recipient, int? Year);

public sealed record SyntheticArticle(string Name, string Text, DateOnly Published, IReadOnlyList<ExpectedFigure> Figures);

/// <summary>
/// A reproducible generator of aid news articles built from templates written for this project,
/// with known figures, donors, recipients and years (same seed, same articles).
/// </summary>
public sealed class SyntheticArticles(int seed)
{
    private static readonly (string Country, string Demonym, string Capital, string Currency, string Symbol)[] Donors =
    [
        ("Norway", "Norwegian", "Oslo", "NOK", "NOK "), ("Japan", "Japanese", "Tokyo", "JPY", "¥"),
        ("Germany", "German", "Berlin", "EUR", "€"), ("South Korea", "South Korean", "Seoul", "KRW", "₩"),
        ("United Kingdom", "British", "London", "GBP", "£"), ("Canada", "Canadian", "Ottawa", "CAD", "C$"),
        ("Sweden", "Swedish", "Stockholm", "SEK", "SEK "), ("Denmark", "Danish", "Copenhagen", "DKK", "DKK "),
    ];

    private static readonly string[] Recipients = ["Ukraine", "Sudan", "Yemen", "Somalia", "Moldova", "Haiti", "Lebanon", "Jordan"];
    private static readonly string[] Purposes = ["emergency food assistance", "winter shelter", "repairs to power lines", "medical supplies", "budget support"];
    private static readonly string[] Ministers = ["Anna Lind", "Kenji Mori", "Petra Vogel", "Park Ji-won", "Helen Marsh", "Luc Tremblay", "Erik Strand", "Mette Holm"];
    private static readonly string[] Fillers =
    [
        "Officials expect further talks on the corridor later this month.",
        "Road access to the northern districts remained difficult after heavy rain.",
        "Aid groups have warned that needs are rising faster than funding.",
        "The announcement followed a meeting of donors earlier in the week.",
        "Prices for fuel and bread have doubled since the spring.",
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next(i);
    }

    private SyntheticArticle Next(int index)
    {
        var d = Pick(Donors);
        var recipient = Pick(Recipients);
        var minister = Ministers[Array.IndexOf(Donors, d)];
        var year = 2015 + _random.Next(0, 11);
        var published = new DateOnly(year, 1 + _random.Next(0, 12), 1 + _random.Next(0, 28));
        var first = Amount(d.Currency, d.Symbol);
        var second = Amount("USD", "$");
        var purpose = Pick(Purposes);
        var text = new StringBuilder();
        text.Append($"{d.Country} pledges new aid to {recipient}\n\n");
        text.Append($"{d.Country} will provide {first.Text} in humanitarian aid to {recipient} in {year}, the {d.Demonym} Foreign Ministry said on Tuesday.\n\n");
        text.Append($"Foreign Minister {minister} said that the money would pay for {purpose}. {Pick(Fillers)}\n\n");
        text.Append($"“We will not look away from {recipient},” {minister.Split(' ')[^1]} said.\n\n");
        text.Append($"{d.Capital} had previously allocated {second.Text} to the United Nations for the same purpose. {Pick(Fillers)} {Pick(Fillers)}\n\n");
        for (var f = 0; f < 3; f++) text.Append(Pick(Fillers)).Append(' ').Append(Pick(Fillers)).Append("\n\n");
        text.Append($"By {Pick(Ministers)}\n");
        return new SyntheticArticle($"synthetic-{index:D6}", text.ToString(), published,
        [
            new ExpectedFigure(first.Text, first.Value, d.Currency, d.Country, recipient, year),
            new ExpectedFigure(second.Text, second.Value, "USD", d.Country, "United Nations", null),
        ]);
    }

    private (string Text, double Value) Amount(string currency, string symbol)
    {
        var scale = currency is "JPY" or "KRW" ? 1e9 : 1e6;
        var number = Math.Round(1 + _random.NextDouble() * 400, _random.Next(0, 2));
        var n = number.ToString(CultureInfo.InvariantCulture);
        var word = scale == 1e9 ? "billion" : "million";
        return ($"{symbol}{n} {word}", number * scale);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public static Article ToArticle(SyntheticArticle s) =>
        Article.FromText(s.Text, new ArticleMetadata(Title: s.Text[..s.Text.IndexOf('\n')], Source: "Synthetic Wire", Published: s.Published), s.Name + ".txt");
}
