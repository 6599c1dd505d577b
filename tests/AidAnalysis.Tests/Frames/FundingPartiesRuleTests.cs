using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames;

/// <summary>Who gives and who receives, one rule of Frames/Funding/Parties per test; sentences written for the tests.</summary>
public class FundingPartiesRuleTests
{
    private static readonly DateOnly March2026 = new(2026, 3, 4);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2026), "t.txt")).Funding;

    private static FundingFigure Figure(string text, string amount) => Funding(text).First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Norway gave $9 million to Tonga last week. By the end of March, donors had provided $41 million to the response.", "$41 million", "donors")]
    [InlineData("Canada gave $2 million to Fiji in May. According to the ministry, allies have committed $70 million for the repairs.", "$70 million", "allies")]
    [InlineData("Sweden gave $3 million to Samoa. Donors gathered in Oslo pledged $250 million to rebuild Samoa's schools.", "$250 million", "Donors")]
    public void A_group_of_givers_as_subject_gives(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Theory]
    [InlineData("Chad clinics get more help\n\nCanada gave $2 million to Chad in May, its embassy said.\n\nOxfam, which relies mostly on private gifts, said it would spend $4 million of its own funds to keep the Abeche clinic open.", "$4 million", "Oxfam")]
    [InlineData("Sweden will spend $30 million on tents and water pumps for Chad, the ministry said.", "$30 million", "Sweden")]
    public void The_subject_of_will_spend_gives(string text, string amount, string donor)
    {
        var figure = Figure(text, amount);
        Assert.Equal(donor, figure.Donor);
        Assert.Equal(FundingStatus.Pledged, figure.Status);
    }

    [Fact]
    public void A_states_initials_before_an_aid_noun_after_the_amount_give() =>
        Assert.Equal("United States", Figure("Chad clinics close after US cuts\n\nThe United States cut its grants to Chad in January, officials said.\n\nOxfam said it had lost $6 million in US funding for Chad when the grants ended.", "$6 million").Donor);

    [Fact]
    public void A_named_body_before_the_group_noun_stays_the_giver() =>
        Assert.NotEqual("G20 leaders", Figure("G20 leaders pledged $60 billion for Tonga on Monday.", "$60 billion").Donor);

    [Theory]
    [InlineData("Japan sends flood aid\n\nVIENTIANE, Laos - Japan will give $5 million to Laos for flood relief, its embassy said.\n\nThe government has already spent $7 million of its own money on repairs.", "$7 million")]
    [InlineData("Japan will give $5 million to Laos for flood relief, its embassy said.\n\nThe government has released $9 million for shelters, Lao Finance Minister Bounmy Phet said.", "$9 million")]
    public void An_unnamed_government_is_the_state_where_the_story_happens(string text, string amount) =>
        Assert.Equal("Laos", Figure(text, amount).Donor);

    [Theory]
    [InlineData("The Asian Development Bank approved $120 million to help Nepal's hill districts cope with landslides.", "Nepal")]
    [InlineData("Sweden will give $6 million to support Malawi's rural clinics, the ministry said.", "Malawi")]
    public void A_state_whose_own_part_the_money_helps_receives_it(string text, string recipient) =>
        Assert.Equal(recipient, Funding(text).First().Recipient);

    [Fact]
    public void A_state_after_in_response_to_does_not_receive() =>
        Assert.NotEqual("Russia", Funding("Canada gave $8 million in response to Russia's attacks on the grid.").First().Recipient);

    [Theory]
    [InlineData("Norway gave $9 million to Tonga last week. The relief fund has received $35 million from donors since 2023.", "$35 million", "donors")]
    [InlineData("Norway gave $9 million to Tonga last week. The trust fund has collected $80 million from 12 donors so far.", "$80 million", "12 donors")]
    public void A_group_of_givers_after_from_gives(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Fact]
    public void A_currency_abbreviation_does_not_end_the_sentence_of_its_amount()
    {
        var doc = TestSupport.Pipeline.Process(Article.FromText("Colombo said it had received Rs. 500 million from donors last year.", new ArticleMetadata(Published: March2026), "t.txt"));
        Assert.Single(doc.Sentences);
        Assert.Equal("donors", doc.Funding.Single(f => f.AmountText == "Rs. 500 million").Donor);
    }

    [Fact]
    public void An_amount_the_segmenter_splits_reads_the_sentences_it_runs_into_as_one()
    {
        // A user's abbreviation list without "Rs." lets the segmenter end a sentence inside the amount.
        var dir = Directory.CreateTempSubdirectory("aid-abbreviations-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "abbreviations.txt"), "Mr.\n");
            var pipeline = new AnalysisPipeline(Lexicon.Load(dir));
            var doc = pipeline.Process(Article.FromText("Colombo said it had received Rs. 500 million from donors last year.", new ArticleMetadata(Published: March2026), "t.txt"));
            Assert.Equal(2, doc.Sentences.Count);
            Assert.Equal("donors", doc.Funding.Single(f => f.AmountText == "Rs. 500 million").Donor);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("Norway gave $3 million to Mali in May. On Friday Norway said it will give $4 million in food aid for the Horn of Africa.", "$4 million", "Horn of Africa")]
    [InlineData("Norway gave $3 million to Mali in May. Denmark will provide $7 million to the Sahel for water and seeds.", "$7 million", "Sahel")]
    public void A_region_after_a_recipient_marker_receives(string text, string amount, string recipient) =>
        Assert.Equal(recipient, Figure(text, amount).Recipient);

    [Fact]
    public void The_owner_of_a_giving_body_after_from_gives() =>
        Assert.Equal("Sweden", Figure("WFP welcomed $4 million from Sweden's development agency, $2 million from Canada and $1 million from Chile.", "$4 million").Donor);

    [Fact]
    public void A_party_after_a_later_amount_belongs_to_that_amount()
    {
        const string text = "Austria gave €1 million to Nepal in April. Vienna is sending €6 million in relief, among it €4 million to the World Food Programme for meals.";
        Assert.NotEqual("World Food Programme", Figure(text, "€6 million").Recipient);
        Assert.Equal("World Food Programme", Figure(text, "€4 million").Recipient);
    }

    [Fact]
    public void Coordinated_amounts_share_the_party_after_the_last() =>
        Assert.Equal("Fiji", Figure("Norway will give $5 million and $3 million to Fiji for the recovery.", "$5 million").Recipient);

    [Fact]
    public void A_people_before_the_amount_in_its_clause_receives_it() =>
        Assert.Equal("Syrians", Figure("Norway gave $2 million to Mali in May. Total Norwegian aid for Syrians reached $40 million this year.", "$40 million").Recipient);

    [Theory]
    [InlineData("Norway pledged $5 million in flood relief to Paraguay on Monday. The government said it had set aside $2 million from the national budget for emergency shelters.", "$2 million")]
    [InlineData("Norway pledged $5 million in flood relief to Paraguay on Monday. Officials said they had allocated $2 million (about 1.8 million euros) from the Treasury for the shelters.", "$2 million")]
    public void Money_from_a_governments_own_budget_is_the_receiving_states_own(string text, string amount)
    {
        var figure = Figure(text, amount);
        Assert.Equal("Paraguay", figure.Donor);
        Assert.Null(figure.Recipient);
    }

    [Fact]
    public void A_budget_without_an_owner_word_leaves_the_giver_to_the_story() =>
        Assert.Equal("Norway", Figure("Norway pledged $5 million in flood relief to Paraguay on Monday. A further $2 million will come from the aid budget for shelters.", "$2 million").Donor);

    [Fact]
    public void Money_from_a_givers_own_budget_takes_no_receiver_from_the_story() =>
        Assert.Null(Figure("Norway pledged $5 million to Paraguay for flood relief. Paraguay said it would set aside $3 million from its national budget for shelters.", "$3 million").Recipient);

    [Theory]
    [InlineData("The Asian Development Bank's lending to Mongolia stood at about $900 million last year.", "$900 million")]
    [InlineData("The Asian Development Bank's portfolio in Laos currently stands at about $1.2 billion across 14 projects.", "$1.2 billion")]
    public void A_lenders_lending_or_portfolio_is_its_own(string text, string amount) =>
        Assert.Equal("Asian Development Bank", Figure("The Asian Development Bank said on Monday that its board had met. " + text, amount).Donor);
}
