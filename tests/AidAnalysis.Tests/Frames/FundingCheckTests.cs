using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Each check fires on a fixture that has the problem and stays silent on its corrected twin.</summary>
public class FundingCheckTests
{
    private static ArticleAnalysis Analyze(string text, string? title = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(title is null ? text : title + "\n\n" + text,
            new ArticleMetadata(Title: title, Published: new DateOnly(2024, 5, 2)), "t.txt"));

    private static IEnumerable<FundingCheck> Checks(ArticleAnalysis a, CheckKind kind) => a.Checks.Where(c => c.Kind == kind);

    [Fact]
    public void Parts_adding_up_to_more_than_their_total_fire_and_up_to_ceilings_do_not_count()
    {
        var over = Analyze("Finland has pledged $10 million to Chad, including $6 million for food and $7 million for shelter.");
        var check = Assert.Single(Checks(over, CheckKind.PartsExceedTotal));
        Assert.Equal(3, check.FundingIds.Count);
        Assert.All(check.Spans, s => Assert.Contains(over.Article.Text[s.Start..s.End], new[] { "$10 million", "$6 million", "$7 million" }));
        var ceiling = Analyze("Finland has pledged $10 million to Chad, including up to $6 million for food and $7 million for shelter.");
        Assert.Empty(Checks(ceiling, CheckKind.PartsExceedTotal));
    }

    [Fact]
    public void A_conversion_far_from_the_years_rate_fires_and_a_plausible_one_does_not()
    {
        var off = Analyze("Germany will provide €4 billion ($9 billion) to Ukraine in 2024.");
        Assert.Single(Checks(off, CheckKind.ConversionRateOff));
        var fine = Analyze("Germany will provide €4 billion ($4.35 billion) to Ukraine in 2024.");
        Assert.Empty(Checks(fine, CheckKind.ConversionRateOff));
    }

    [Fact]
    public void A_headline_figure_that_differs_from_the_body_fires_and_a_restatement_does_not()
    {
        var differs = Analyze("Japan has pledged $10 million in humanitarian aid to Nepal.", title: "Japan pledges $13 million to Nepal");
        Assert.Single(Checks(differs, CheckKind.HeadlineDiffers));
        var same = Analyze("Japan has pledged $10 million in humanitarian aid to Nepal.", title: "Japan pledges $10 million to Nepal");
        Assert.Empty(Checks(same, CheckKind.HeadlineDiffers));
    }

    [Fact]
    public void One_counted_figure_given_two_donors_fires_and_one_donor_throughout_does_not()
    {
        var two = Analyze("Korea has pledged $5 million in aid to Laos.", title: "Japan pledges $5 million to Laos");
        Assert.Equal(2, Assert.Single(Checks(two, CheckKind.ConflictingMentions)).Spans.Count);
        var one = Analyze("Japan has pledged $5 million in aid to Laos.", title: "Japan pledges $5 million to Laos");
        Assert.Empty(Checks(one, CheckKind.ConflictingMentions));
    }

    [Fact]
    public void The_change_from_an_earlier_to_a_new_figure_is_measured_and_stated_in_the_summary()
    {
        var a = Analyze("Chile had previously allocated $12 million to rural clinics, and $8 million will be allocated next year.");
        var change = Assert.Single(Checks(a, CheckKind.ChangeFromEarlier));
        Assert.Equal(-1 / 3d, change.Change!.Value, 3);
        Assert.Contains("−33%", change.Message);
        Assert.Contains(AidAnalysis.Brief.SummaryWriter.Write([a]), line => line.Contains("$12 million") && line.Contains("−33%"));
        Assert.Empty(Checks(Analyze("Chile will allocate $8 million next year."), CheckKind.ChangeFromEarlier));
    }
}
