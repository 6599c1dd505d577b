using AidAnalysis.Frames.Relations;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>PartTakesWholeYear: a line that gets its status from its package gets the package's year; fixtures written for
/// these tests.</summary>
public class PartTakesWholeYearTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    [Theory]
    [InlineData(null, 2024)]
    [InlineData(2026, 2026)]
    public void A_line_told_without_status_takes_its_packages_year(int? ownYear, int expected)
    {
        // Rows set by hand as the funding stage leaves a line it could not read: no status and (unless it says one) no year.
        var document = TestSupport.Process("The Varnian government pledged $900 million in relief for Ostrava on Tuesday. The package includes $300 million for the Ostravan Red Cross.", Published);
        var rows = document.Funding.ToArray();
        var (whole, part) = (Row("$900 million"), Row("$300 million"));
        rows[whole] = rows[whole] with { Status = FundingStatus.Pledged, Year = 2024 };
        rows[part] = rows[part] with { Status = FundingStatus.Unspecified, Year = ownYear, PartOfId = rows[whole].Id };
        var draft = new RelationDraft(document with { Funding = rows }, rows);
        new PartTakesWholeStatus().Apply(draft);
        new PartTakesWholeYear().Apply(draft);
        Assert.Equal(expected, draft.Figures[part].Year);

        int Row(string amount) => Array.FindIndex(rows, f => f.AmountText == amount);
    }
}
