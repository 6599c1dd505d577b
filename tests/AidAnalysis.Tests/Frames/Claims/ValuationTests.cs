namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>"X put/valued Y at Z": a verb of valuing with its object and "at" before a figure is the subject's reported
/// estimate; without an object (a passive description), a figure after "at" or an actor opening the subject it is none.
/// Fixtures are invented.</summary>
public class ValuationTests
{
    [Fact]
    public void Putting_a_cost_at_a_figure_is_the_subjects_estimate()
    {
        var claims = TestSupport.Analyze("Storm costs\n\nThe World Bank has put the cost of rebuilding the harbour at $14 billion.\n").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("World Bank", claim.Speaker);
        Assert.Equal("put", claim.Cue);
        Assert.Equal("put the cost of rebuilding the harbour at $14 billion", claim.Text);
    }

    [Fact]
    public void Valuing_goods_at_about_a_figure_keeps_what_follows_the_figure()
    {
        var claims = TestSupport.Analyze("Relief goods\n\nThe Norwegian embassy valued the shipment at about 12 million euros, mostly tents and blankets.\n").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("valued", claim.Cue);
        Assert.Equal("valued the shipment at about 12 million euros, mostly tents and blankets", claim.Text);
    }

    [Fact]
    public void An_unnamed_subject_or_a_body_an_owner_has_makes_no_claim()
    {
        var claims = TestSupport.Analyze("Flood losses\n\nThe government has put losses at $2 billion. Norway's government put the bill at $5 million.\n").Claims;
        Assert.Empty(claims);
    }

    [Fact]
    public void A_passive_value_or_a_place_after_at_makes_no_claim()
    {
        var claims = TestSupport.Analyze("Port works\n\nThe harbour contract was valued at $3 million. The mayor put pressure on the donors at the meeting in May.\n").Claims;
        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("Reuters put the question at 11 a.m. to the ministry.")]
    [InlineData("The UN put the start of the talks at 9.30 GMT on Monday.")]
    [InlineData("Norway put its troops at 3 bases near the border.")]
    public void Putting_something_other_than_an_amount_at_a_time_or_count_makes_no_claim(string sentence)
    {
        var claims = TestSupport.Analyze("Talks\n\n" + sentence + "\n").Claims;
        Assert.Empty(claims);
    }

    [Fact]
    public void Putting_a_toll_at_a_figure_is_the_subjects_estimate()
    {
        var claims = TestSupport.Analyze("Storm toll\n\nThe World Bank put the death toll at 120 on Friday.\n").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("put the death toll at 120 on Friday", claim.Text);
    }
}
