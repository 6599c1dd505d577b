using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A story whose figures and headline name no receiver is about aid to the state it is about, unless that state
/// gives; a sum in that state's own currency stays its own money (FundingFill); articles written for the tests.</summary>
public class StoryStateRecipientTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    private const string Story =
        "Norway pledges more flood relief\n\n" +
        "Norway on Monday pledged $5 million in emergency aid for flood relief, its foreign ministry said. " +
        "Uganda has been hit by the worst floods in a decade. Uganda's disaster minister said Uganda would rebuild roads " +
        "and schools, and Uganda's police closed two highways.";

    [Fact]
    public void The_story_state_receives_a_figure_that_names_no_receiver() =>
        Assert.Equal("Uganda", Figure(Story, "$5 million").Recipient);

    [Fact]
    public void A_sum_in_the_story_state_s_own_currency_is_not_aid_to_it() =>
        Assert.Null(Figure(Story + " Norway's plan also sets aside 20 billion Ugandan shillings for seeds.", "20 billion Ugandan shillings").Recipient);

    [Fact]
    public void The_giver_s_own_state_is_no_receiver_of_its_story() =>
        Assert.Null(Figure("Norway raises aid budget\n\nNorway on Monday pledged $5 million in emergency aid for flood relief, " +
            "its foreign ministry said. Norway has given more each year, and Norway's parliament in Norway approved it.", "$5 million").Recipient);
}
