namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>GapOfNeed: the gap a need leaves ("leaving a shortfall of $X") is part of the need told before; fixtures written
/// for these tests.</summary>
public class GapOfNeedTests
{
    [Fact]
    public void The_gap_left_is_part_of_the_need()
    {
        var figures = TestSupport.Process("The Ostravan refugee agency said it had received only a third of the $90 million it needs this year, leaving a shortfall of about $60 million.",
            new DateOnly(2025, 6, 2)).ToAnalysis().Funding;
        Assert.Equal(figures.Single(f => f.AmountText == "$90 million").Id, figures.Single(f => f.AmountText == "$60 million").PartOfId);
    }

    [Fact]
    public void A_shortage_left_is_part_of_the_need()
    {
        var figures = TestSupport.Process("The Ostravan food agency says it requires $45 million for the dry season, leaving a funding shortage of $30 million after early gifts.",
            new DateOnly(2025, 6, 2)).ToAnalysis().Funding;
        Assert.Equal(figures.Single(f => f.AmountText == "$45 million").Id, figures.Single(f => f.AmountText == "$30 million").PartOfId);
    }
}
