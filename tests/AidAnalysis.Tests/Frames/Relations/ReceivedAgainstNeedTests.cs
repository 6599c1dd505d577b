using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>ReceivedAgainstNeed: money already secured, set against a need told before it (in its sentence, or anywhere
/// before when its sentence points to the appeal) or right after it as "of the $Y", is part of that need and earlier money;
/// fixtures written for these tests.</summary>
public class ReceivedAgainstNeedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<FundingFigure> Figures(string text) => TestSupport.Process(text, Published).ToAnalysis().Funding;

    [Theory]
    [InlineData("The Ostravan relief agency said it needs $30 million to keep its clinics open until winter but has so far secured only $7 million.", "$30 million", "$7 million")]
    [InlineData("Relief agencies launched an appeal seeking $60 million for the storm-hit coast of Ostrava. As of Friday, donors had pledged about $12 million toward the appeal.", "$60 million", "$12 million")]
    [InlineData("The Ostravan flood appeal seeks $45 million but had received only $9 million by the end of April.", "$45 million", "$9 million")]
    [InlineData("The Ostravan refugee agency said it had received $5 million of the $22 million it requires this year.", "$22 million", "$5 million")]
    public void Money_secured_against_a_need_is_part_of_it(string text, string needed, string secured)
    {
        var figures = Figures(text);
        var need = figures.Single(f => f.AmountText == needed);
        var part = figures.Single(f => f.AmountText == secured);
        Assert.Equal(FundingStatus.Requested, need.Status);
        Assert.Equal(FundingStatus.Previous, part.Status);
        Assert.Equal(need.Id, part.PartOfId);
    }

    [Fact]
    public void A_need_told_after_the_money_takes_no_part()
    {
        var figures = Figures("The Ostravan relief agency has so far secured only $7 million, and it needs $30 million to keep its clinics open until winter.");
        Assert.Null(figures.Single(f => f.AmountText == "$7 million").PartOfId);
    }

    [Fact]
    public void Money_of_another_year_without_a_received_word_takes_no_part()
    {
        var figures = Figures("The Ostravan flood plan seeks $80 million this year, after donors gave $25 million to the agencies last year.");
        var given = figures.Single(f => f.AmountText == "$25 million");
        Assert.Equal(FundingStatus.Previous, given.Status);
        Assert.Null(given.PartOfId);
    }
}
