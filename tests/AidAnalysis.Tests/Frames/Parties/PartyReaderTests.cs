using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Party readers over the token layer, each on an invented sentence.</summary>
public class PartyReaderTests
{
    private static readonly DateOnly Published = new(2026, 4, 2);

    private static FundingFigure Row(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: Published), "t.txt")).Funding.First(f => f.AmountText == amount);

    [Fact]
    public void A_party_after_from_gives() =>
        Assert.Equal("Norway", Row("The shelter programme received $4 million from Norway this week.", "$4 million").Donor);

    [Fact]
    public void From_after_people_on_the_move_names_where_they_came_from() =>
        Assert.NotEqual("Eritrea", Row("Norway gave $4 million for refugees from Eritrea this week.", "$4 million").Donor);

    [Fact]
    public void A_party_after_a_channel_marker_passes_the_money_on() =>
        Assert.Equal("UNICEF", Row("Norway gave $4 million to Chad through UNICEF this week.", "$4 million").Channel);

    [Fact]
    public void A_listed_giver_stands_right_before_its_amount() =>
        Assert.Equal("Sweden", Row("Norway pledged $4 million, Sweden $3 million and Finland $2 million for Chad.", "$3 million").Donor);

    [Fact]
    public void The_subject_of_a_passive_verb_of_giving_receives() =>
        Assert.Equal("Tonga", Row("Tonga will be provided $6 million by the World Bank this year.", "$6 million").Recipient);

    [Fact]
    public void Its_aid_noun_points_at_the_party_opening_the_sentence() =>
        Assert.Equal("Norway", Row("Norway said its contribution would be $7 million this year.", "$7 million").Donor);

    [Fact]
    public void The_party_of_an_agreement_after_the_amount_receives_it() =>
        Assert.Equal("UNICEF", Row("Norway signed a $12 million agreement with UNICEF on Monday to rebuild schools in Yemen.", "$12 million").Recipient);

    [Fact]
    public void A_description_may_stand_between_with_and_the_agreement_party() =>
        Assert.Equal("World Food Programme", Row("Norway signed a $12 million grant with the UN food agency World Food Programme for Yemen.", "$12 million").Recipient);

    [Fact]
    public void A_lender_a_borrower_signs_a_loan_with_does_not_receive() =>
        Assert.NotEqual("Asian Development Bank", Row("Nepal signed a $90 million concessional loan with the Asian Development Bank on Friday.", "$90 million").Recipient);

    [Fact]
    public void The_party_after_agreements_worth_an_amount_receives_it() =>
        Assert.Equal("UNICEF", Row("Norway signed two agreements worth $12 million with UNICEF on Monday to rebuild schools in Yemen.", "$12 million").Recipient);

    [Fact]
    public void A_bank_a_borrower_signs_a_loan_with_does_not_receive() =>
        Assert.DoesNotContain("Bank", Row("Tavland signed a $70 million loan with the Export-Import Bank of Morvia on Tuesday to repair bridges.", "$70 million").Recipient ?? "");

    [Fact]
    public void Without_a_verb_of_signing_the_party_after_with_does_not_receive() =>
        Assert.NotEqual("Finland", Row("The African Development Bank co-financed the $25 million loan with Finland to build clinics in Chad.", "$25 million").Recipient);

    [Fact]
    public void A_name_after_a_preposition_after_with_does_not_receive() =>
        Assert.NotEqual("Denmark", Row("WFP launched a $15 million grant with the backing of Denmark to feed children in Niger.", "$15 million").Recipient);

    [Fact]
    public void The_last_noun_of_a_run_of_agreement_nouns_takes_with() =>
        Assert.Equal("UNICEF", Row("Finland signed a $25 million grant agreement with UNICEF on Tuesday to build clinics in Chad.", "$25 million").Recipient);
}
