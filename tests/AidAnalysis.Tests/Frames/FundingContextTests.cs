using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>What the funding frame reads from the article as a whole (headline, dateline) and the recipients a sentence
/// describes instead of naming (issue 17), on texts written for the tests.</summary>
public class FundingContextTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 15);

    /// <summary>An article whose first line is its headline, as loaded articles are.</summary>
    private static ArticleAnalysis Analyze(string headline, string body, DateOnly? published = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(headline + "\n\n" + body, new ArticleMetadata(Title: headline, Published: published), "t.txt"));

    private static FundingFigure Figure(string text, string amount, DateOnly? published = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: published), "t.txt")).Funding.Single(f => f.AmountText == amount);

    private static (string? Donor, string? Recipient) Parties(string headline, string body, string amount) =>
        Analyze(headline, body, May2024).Funding.Single(f => f.AmountText == amount) is var f ? (f.Donor, f.Recipient) : default;

    [Theory]
    [InlineData("Chile commits new loans to Peru", "The ambassador and the finance minister exchanged notes last week for two loans amounting to $5 million.", "$5 million")]
    [InlineData("Chile commits new grants to Peru", "The ambassador and the minister exchanged notes for two grants amounting to $5 million and a loan amounting to $7 million. The total of these ODA projects is $12 million.", "$12 million")]
    public void A_headline_subject_with_a_verb_of_giving_is_the_donor_the_body_leaves_out(string headline, string body, string amount) =>
        Assert.Equal(("Chile", "Peru"), Parties(headline, body, amount));

    [Fact]
    public void A_headline_subject_that_asks_is_no_donor()
    {
        var a = Analyze("Peru to request loans from partners", "The finance minister exchanged notes last week for two loans amounting to $5 million.", May2024);
        Assert.NotEqual("Peru", Assert.Single(a.Funding).Donor);
    }

    [Fact]
    public void A_dateline_in_another_state_than_the_giver_names_the_recipient()
    {
        var a = Analyze("Norway commits new grants", "LIMA, Peru - The ambassador and the foreign minister exchanged notes for two grants amounting to $5 million. The grants deepen ties between Norway and Peru.", May2024);
        Assert.Equal(("Norway", "Peru"), (a.Funding[0].Donor, a.Funding[0].Recipient));
    }

    [Fact]
    public void A_dateline_in_the_givers_own_state_names_no_recipient()
    {
        var a = Analyze("Norway commits new grants", "OSLO, Norway - The foreign minister signed two grants amounting to $5 million. Norway has long given such grants.", May2024);
        Assert.Null(a.Funding[0].Recipient);
    }

    [Theory]
    [InlineData("Finland will provide $3 million for those who have escaped the fighting in the north.", "those who have escaped the fighting in the north")]
    [InlineData("Finland will provide $3 million in relief to areas affected by the drought.", "areas affected by the drought")]
    [InlineData("Finland will provide $3 million to help families displaced by the storm, the minister said.", "families displaced by the storm")]
    public void A_described_recipient_is_kept_as_the_text_describes_it(string text, string recipient) =>
        Assert.Equal(recipient, Figure(text, "$3 million", May2024).Recipient);

    [Theory]
    [InlineData("Finland will provide $3 million for those in need.")]
    [InlineData("Finland will provide $3 million to flood victims.")]
    [InlineData("Finland will provide $3 million to the victims of the floods in the country.")]
    public void A_description_that_singles_out_no_one_or_points_back_is_not_a_recipient(string text) =>
        Assert.Null(Figure(text, "$3 million", May2024).Recipient);

    [Fact]
    public void A_place_the_described_recipients_went_to_is_not_the_recipient()
    {
        var f = Figure("Finland will provide $3 million for those who have escaped the floods to Chad.", "$3 million", May2024);
        Assert.Equal("those who have escaped the floods", f.Recipient);
    }

    [Fact]
    public void Money_that_passes_only_through_an_agency_of_an_international_body_goes_to_it()
    {
        var funding = Analyze("Ireland gives more aid to Gaza",
            "Ireland gave $2 million to Gaza in March. Ireland will provide a further $1 million for emergency food, to be delivered through the World Food Programme.", May2024).Funding;
        Assert.Equal("World Food Programme", funding.Single(f => f.AmountText == "$1 million").Recipient);
    }

    [Fact]
    public void Money_that_passes_through_the_donors_own_agency_goes_to_the_storys_recipient()
    {
        var funding = Analyze("US gives more aid to Ukraine",
            "The United States will give $3 million to Ukraine. The United States will also provide $1 million in food aid through USAID.", May2024).Funding;
        Assert.Equal("Ukraine", funding.Single(f => f.AmountText == "$1 million").Recipient);
    }

    [Fact]
    public void A_package_whose_modifiers_name_different_types_is_unspecified()
    {
        Assert.Equal(AidType.Unspecified, Figure("Spain will provide $40 million in military, economic and humanitarian aid to Chad.", "$40 million", May2024).AidType);
        Assert.Equal(AidType.Humanitarian, Figure("Spain will provide $40 million in humanitarian aid to Chad.", "$40 million", May2024).AidType);
    }

    [Fact]
    public void Peso_and_naira_convert_at_their_years_rate_and_a_later_year_at_the_latest_the_table_has()
    {
        var rates = Lexicon.Default.Rates;
        Assert.Equal(2012, rates.ToUsd(100, "PHP", 2012)!.Value.FxYear);
        Assert.InRange(rates.ToUsd(4223, "PHP", 2012)!.Value.Usd, 99, 101);
        Assert.Equal(2020, rates.ToUsd(100, "NGN", 2024)!.Value.FxYear);
        Assert.Null(rates.ToUsd(100, "XYZ", 2020));
    }

    [Fact]
    public void A_dateless_article_says_its_fx_year_fell_back()
    {
        var dateless = TestSupport.Pipeline.Analyze(Article.FromText("Greece will give €5 million to Chad.", new ArticleMetadata(), "t.txt"));
        var check = Assert.Single(dateless.Checks, c => c.Kind == CheckKind.FxYearFallback);
        Assert.Contains("No date", check.Message);
        var dated = TestSupport.Pipeline.Analyze(Article.FromText("Greece will give €5 million to Chad.", new ArticleMetadata(Published: May2024), "t.txt"));
        Assert.DoesNotContain(dated.Checks, c => c.Kind == CheckKind.FxYearFallback);
    }

    [Fact]
    public void Aid_the_headline_says_reaches_a_state_goes_to_it_and_a_place_after_in_is_not_the_giver() =>
        Assert.Equal(("China", "Peru"), Parties("Chinese aid reaches Peru", "Chinese businesses in Peru gave $3 million to the victims of the floods in the country.", "$3 million"));

    [Fact]
    public void A_people_after_to_help_receives() =>
        Assert.Equal("Syrians", Figure("Norway will give $2 million to help Syrians who fled the war.", "$2 million", May2024).Recipient);

    [Fact]
    public void A_body_coordinated_with_its_people_receives_with_them() =>
        Assert.Equal("Kurdistan Regional Government and people", Figure("Italy will provide $4 million for the Kurdistan Regional Government and people.", "$4 million", May2024).Recipient);

    [Fact]
    public void A_package_whose_parts_differ_in_type_is_unspecified()
    {
        var funding = TestSupport.Pipeline.Analyze(Article.FromText(
            "Italy will provide $12 million in humanitarian assistance to Jordan. Of the $12 million, $8 million will be budget support and the other $4 million will be emergency food assistance.",
            new ArticleMetadata(Published: May2024), "t.txt")).Funding;
        Assert.Equal(AidType.Unspecified, funding.First(f => f.AmountText == "$12 million").AidType);
        Assert.Equal(AidType.Financial, funding.Single(f => f.AmountText == "$8 million").AidType);
    }
}
