using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Lexicons;

/// <summary>The months of months.tsv, read by the years stage, the dateline and the funding frame from the one lexicon entry.</summary>
public sealed class MonthNamesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-months-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Rows(Func<int, string> row) => [.. Enumerable.Range(1, 12).Select(row)];

    [Fact]
    public void Names_and_abbreviations_give_the_month_number_as_written()
    {
        var months = Lexicon.Default.Months;
        Assert.Equal((1, 9, 9, 12, 0, 0), (months.NumberOf("January"), months.NumberOf("Sept"), months.NumberOf("Sep"),
            months.NumberOf("Dec"), months.NumberOf("may"), months.NumberOf("Mayday")));
        Assert.Equal((3, 5, 0), (months.NumberIn("early March"), months.NumberIn("May 4"), months.NumberIn("this week")));
        Assert.StartsWith("January|February|", months.AnyFormPattern);
        Assert.EndsWith("|Sep|Sept|Oct|Nov|Dec", months.AnyFormPattern);
    }

    [Fact]
    public void Months_named_in_an_overriding_folder_date_the_text_and_its_dateline()
    {
        // German forms listed as abbreviations: "Jänner" (Austrian) for January, "Dezember" for December.
        const string datelined = "Relief talks resume\n\n14 Jänner 2031\n\nThe clinics reopened.";
        const string published = "The Orlen Fund gave $4 million on Dezember 12 to the clinics.";
        var analyse = (Lexicon lexicon, string text, DateOnly? date) => new AnalysisPipeline(lexicon).Process(TestSupport.Process(text, date).Article);
        Assert.Null(analyse(Lexicon.Default, datelined, null).Context.DatelineDate);
        Assert.DoesNotContain(analyse(Lexicon.Default, published, new DateOnly(2031, 2, 10)).Years, y => y.Year == 2030);

        var rows = Rows(n => new DateOnly(2000, n, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)
            + n switch { 1 => "\tJänner", 12 => "\tDezember", _ => "" });
        File.WriteAllLines(Path.Combine(_dir, "months.tsv"), ["# Source: a test fixture.", .. rows]);
        var months = Lexicon.Load(_dir);
        Assert.Equal(new DateOnly(2031, 1, 14), analyse(months, datelined, null).Context.DatelineDate);
        // A December seen from February is last year's.
        var year = Assert.Single(analyse(months, published, new DateOnly(2031, 2, 10)).Years);
        Assert.Equal(("Dezember 12", 2030), (published[year.Span.Start..year.Span.End], year.Year));
    }

    [Fact]
    public void A_months_file_without_twelve_rows_is_refused()
    {
        File.WriteAllLines(Path.Combine(_dir, "months.tsv"), ["January", "February"]);
        Assert.Contains("2 months listed, not 12", Assert.Throws<InvalidDataException>(() => Lexicon.Load(_dir)).Message);
    }
}
