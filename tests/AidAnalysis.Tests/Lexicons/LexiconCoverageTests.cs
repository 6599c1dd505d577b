using AidAnalysis.Model;

namespace AidAnalysis.Tests.Lexicons;

/// <summary>Entries of the language data files (funding cues, aid types, group speakers, currencies) that general news
/// wording needs, one class of entry per test, on sentences written for the tests. Each case fails without its entry.</summary>
public class LexiconCoverageTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 15);

    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: May2024), "t.txt"));

    private static FundingFigure Figure(string text, string amount) =>
        Analyze(text).Funding.Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Austria provides 3 million euros for displaced families in Chad.", "3 million euros", "Austria", FundingStatus.Pledged)]
    [InlineData("Ireland gives $2 million to the World Food Programme.", "$2 million", "Ireland", FundingStatus.Pledged)]
    [InlineData("Belgium will also provide 4 million euros to Niger.", "4 million euros", "Belgium", FundingStatus.Pledged)]
    [InlineData("Finland would provide $1 million to Moldova.", "$1 million", "Finland", FundingStatus.Pledged)]
    [InlineData("Chile will soon disburse $6 million to Haiti.", "$6 million", "Chile", FundingStatus.Pledged)]
    [InlineData("Portugal is providing 2 million euros for shelter in Mali.", "2 million euros", "Portugal", FundingStatus.Pledged)]
    [InlineData("Norway contributed $5 million to UNICEF.", "$5 million", "Norway", FundingStatus.Delivered)]
    [InlineData("Kuwait granted $8 million to Sudan.", "$8 million", "Kuwait", FundingStatus.Delivered)]
    [InlineData("Japan had given $7 million to Laos.", "$7 million", "Japan", FundingStatus.Previous)]
    public void Inflected_and_modal_forms_of_giving_verbs_name_the_donor_and_status(string text, string amount, string donor, FundingStatus status)
    {
        var f = Figure(text, amount);
        Assert.Equal((donor, status), (f.Donor, f.Status));
    }

    [Theory]
    [InlineData("Chad asked donors for $90 million to feed refugees.", "$90 million")]
    [InlineData("The World Health Organization said it needs $50 million to contain the outbreak.", "$50 million")]
    [InlineData("The agency appealed on Tuesday for $70 million.", "$70 million")]
    [InlineData("The governor asks Congress for $3 billion to rebuild the levees.", "$3 billion")]
    public void Request_forms_are_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    [Fact]
    public void Urging_donors_to_give_is_a_request_not_a_gift_by_the_one_who_urges()
    {
        var f = Figure("UNICEF urged donors to provide $60 million for the camps.", "$60 million");
        Assert.Equal(FundingStatus.Requested, f.Status);
        Assert.NotEqual("UNICEF", f.Donor);
    }

    [Theory]
    [InlineData("Norway will provide $4 million for clean water in Gaza.", "$4 million", AidType.Humanitarian)]
    [InlineData("Spain will provide 5 million euros for demining fields in Ukraine.", "5 million euros", AidType.Humanitarian)]
    [InlineData("Italy pledged 6 million euros to fight cholera in Yemen.", "6 million euros", AidType.Humanitarian)]
    [InlineData("Poland pledged $30 million for military training in Ukraine.", "$30 million", AidType.Military)]
    [InlineData("Lithuania pledged 9 million euros to train Ukrainian pilots.", "9 million euros", AidType.Military)]
    [InlineData("The World Bank approved $200 million to pay public-sector salaries in Moldova.", "$200 million", AidType.Financial)]
    [InlineData("Germany pledged 40 million euros to repair power plants in Ukraine.", "40 million euros", AidType.Financial)]
    [InlineData("Freedonia will give $9 million to repair bridges destroyed by the cyclone in Ruritania.", "$9 million", AidType.Financial)]
    [InlineData("Freedonia announced a grant of $6 million for rebuilding homes and shelters after the floods.", "$6 million", AidType.Financial)]
    public void Aid_types_follow_the_schema_definitions(string text, string amount, AidType type) =>
        Assert.Equal(type, Figure(text, amount).AidType);

    [Theory]
    [InlineData("The storm flooded 300 homes, the Canadian embassy said.", "embassy")]
    [InlineData("Police said the road to the port had reopened.", "Police")]
    [InlineData("The roads to the valley were cut, aid workers said.", "workers")]
    [InlineData("The charity said it had opened three clinics.", "charity")]
    [InlineData("Two bridges collapsed in the night, the army said.", "army")]
    [InlineData("The ambassador said the convoy had reached the border.", "ambassador")]
    public void Unnamed_institutions_and_common_nouns_speak(string text, string head)
    {
        var claim = Assert.Single(Analyze(text).Claims);
        Assert.EndsWith(head, claim.Speaker);
    }

    [Theory]
    [InlineData("Sweden will give 30 million Swedish crowns to Sudan.", "30 million Swedish crowns", "SEK")]
    [InlineData("Denmark will give 25 million Danish crowns to Sudan.", "25 million Danish crowns", "DKK")]
    [InlineData("South Africa donated 50 million rand to Malawi.", "50 million rand", "ZAR")]
    [InlineData("Egypt pledged 100 million Egyptian pounds to Sudan.", "100 million Egyptian pounds", "EGP")]
    public void Currency_words_with_a_country_adjective_are_read(string text, string amount, string currency) =>
        Assert.Equal(currency, Figure(text, amount).Currency);

    [Fact]
    public void A_currency_without_a_rate_keeps_its_value_and_no_invented_dollar_value()
    {
        var f = Figure("Kenya set aside 2 billion Kenyan shillings for flood relief.", "2 billion Kenyan shillings");
        Assert.Equal(("KES", (double?)2e9, (double?)null), (f.Currency, f.Value, f.ValueUsd));
    }
}
