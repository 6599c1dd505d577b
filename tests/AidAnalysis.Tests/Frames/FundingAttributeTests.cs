using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Status, donor, recipient, aid type, year and currency of funding figures, one kind of case per test
/// (issue 17), on sentences written for the tests.</summary>
public class FundingAttributeTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 15);

    private static IReadOnlyList<FundingFigure> Funding(string text, DateOnly? published = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: published), "t.txt")).Funding;

    private static FundingFigure Figure(string text, string amount, DateOnly? published = null) =>
        Funding(text, published).Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Sweden has committed $300 million for Moldova since the war began.", "$300 million")]
    [InlineData("In total, Austria gave $45 million to Yemen.", "$45 million")]
    [InlineData("The previously announced $8 million will go to clinics in Chad.", "$8 million")]
    [InlineData("The grant is part of the $60 million package Spain unveiled for Niger.", "$60 million")]
    [InlineData("Canada will send $5 million to Chad. Canada has committed $40 million towards UNICEF's regional work.", "$40 million")]
    public void Cumulative_and_background_money_is_previous(string text, string amount) =>
        Assert.Equal(FundingStatus.Previous, Figure(text, amount, May2024).Status);

    [Theory]
    [InlineData("Freedonia will give $2 million to Chad. Freedonia's humanitarian aid budget for this year stands at about $450 million.", "$450 million", true)]
    [InlineData("Freedonia will send $3 million to Niger. Its humanitarian support to the region this year amounts to more than $30 million.", "$30 million", true)]
    [InlineData("Freedonia will send $3 million to Niger and $6 million to Mali. Together, the grants amount to $9 million.", "$9 million", false)]
    [InlineData("Freedonia will send $3 million to Niger. Its aid commitment now stands at up to $16 million.", "$16 million", false)]
    [InlineData("Freedonia announced aid to Niger on Monday. The new package totals $25 million.", "$25 million", false)]
    [InlineData("Freedonia will give $2 million to Chad. Aid contributions to this year's appeal now stand at $41 million.", "$41 million", true)]
    [InlineData("Freedonia will give $2 million to Chad. Pledges to the fund stand at about $75 million, officials said.", "$75 million", true)]
    [InlineData("Freedonia will give $2 million to Chad. Relief grants from other donors stand at $120 million, the agency said.", "$120 million", true)]
    [InlineData("Freedonia will give $2 million to Chad and $3 million to Niger. Together, the new grants stand at $5 million.", "$5 million", false)]
    public void A_verb_of_level_states_a_sum_in_place(string text, string amount, bool previous) =>
        Assert.Equal(previous, Figure(text, amount, May2024).Status == FundingStatus.Previous);

    [Fact]
    public void A_programme_over_several_years_beside_the_days_figure_is_previous()
    {
        var funding = Funding("Ghana will give $20 million to Chad. Ghana has made a firm commitment to provide $100 million each year for four years to Niger.", May2024);
        Assert.Equal((FundingStatus.Pledged, FundingStatus.Previous), (funding[0].Status, funding[1].Status));
    }

    [Fact]
    public void Money_of_an_earlier_year_is_previous_whatever_its_verb()
    {
        var f = Figure("In 2021 Portugal donated $4 million to Haiti.", "$4 million", May2024);
        Assert.Equal((FundingStatus.Previous, (int?)2021), (f.Status, f.Year));
    }

    [Theory]
    [InlineData("Estonia will give $4 million to Moldova. Most of the $9 million the parliament approved in February has been spent.", "$9 million", true)]
    [InlineData("In March, Estonia pledged $9 million to Moldova.", "$9 million", true)]
    [InlineData("Estonia pledged $9 million to Moldova, approved in June.", "$9 million", false)]
    [InlineData("Estonia will give $9 million to Moldova, to be delivered in June.", "$9 million", false)]
    [InlineData("Only last month a Latvian bank donated $4 million toward Red Cross shelters.", "$4 million", true)]
    [InlineData("Latvia will donate $4 million toward Red Cross shelters next month.", "$4 million", false)]
    public void Money_given_in_an_earlier_month_of_the_articles_year_is_previous(string text, string amount, bool previous) =>
        Assert.Equal(previous, Figure(text, amount, May2024).Status == FundingStatus.Previous);

    [Theory]
    [InlineData("Belgium has transferred $5 million to UNICEF.", "$5 million")]
    [InlineData("The Dutch grant of $3 million arrived this week and was disbursed to UNICEF.", "$3 million")]
    public void Completed_transfer_is_delivered(string text, string amount) =>
        Assert.Equal(FundingStatus.Delivered, Figure(text, amount, May2024).Status);

    [Theory]
    [InlineData("Ireland is announcing $12 million for Sudan.", "$12 million")]
    [InlineData("Canada is committing another $50 million to help Ukraine's military.", "$50 million")]
    [InlineData("Chile will provide $2 million to Haiti.", "$2 million")]
    [InlineData("Peru said $9 million will be allocated for rural clinics.", "$9 million")]
    [InlineData("Nepal will be provided a $70 million loan for hill roads.", "$70 million")]
    public void Announcement_or_future_gift_is_pledged(string text, string amount) =>
        Assert.Equal(FundingStatus.Pledged, Figure(text, amount, May2024).Status);

    [Fact]
    public void Amount_that_is_not_aid_has_no_aid_status_or_type()
    {
        var f = Figure("Each fighter jet costs $80 million, the manufacturer said.", "$80 million", May2024);
        Assert.Equal((FundingStatus.Unspecified, AidType.Unspecified, (int?)null), (f.Status, f.AidType, f.Year));
    }

    [Fact]
    public void Request_to_a_legislature_keeps_the_state_as_donor()
    {
        var f = Figure("The White House is calling on the Congress to provide $6 billion in economic aid to Moldova.", "$6 billion", May2024);
        Assert.Equal((FundingStatus.Requested, "United States"), (f.Status, f.Donor));
    }

    [Theory]
    [InlineData("USAID will provide $10 million to Sudan.", "United States", "U.S. Agency for International Development")]
    [InlineData("The European Commission will release €20 million for Gaza.", "European Union", "European Commission")]
    [InlineData("The Irish Foreign Ministry will give $4 million for school meals in Malawi.", "Ireland", "Irish Foreign Ministry")]
    public void A_body_gives_for_its_state_or_union_and_is_kept_as_donor_body(string text, string donor, string body)
    {
        var f = Assert.Single(Funding(text, May2024));
        Assert.Equal((donor, body), (f.Donor, f.DonorBody));
    }

    [Theory]
    [InlineData("The new Danish package of $30 million will go to Ukraine.", "$30 million", "Denmark")]
    [InlineData("Chile's aid of $5 million reached Haiti.", "$5 million", "Chile")]
    [InlineData("UK aid worth $7 million reached Sudan.", "$7 million", "United Kingdom")]
    [InlineData("The largest commitment made by Australia was a package worth $1.4 billion.", "$1.4 billion", "Australia")]
    [InlineData("Spain pledged 60 million euros, while Italy 75 million euros.", "75 million euros", "Italy")]
    public void Donor_inside_the_noun_phrase_or_list(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount, May2024).Donor);

    [Fact]
    public void Received_money_goes_to_the_receiver_and_takes_no_donor_from_the_story()
    {
        var funding = Funding("Chile pledged $9 million to Peru on Monday.\n\nChile was hit by floods too. Its interior ministry has received donations from abroad, including $2 million in cash.", May2024);
        var received = funding.Single(f => f.AmountText == "$2 million");
        Assert.Equal(("Chile", (string?)null), (received.Recipient, received.Donor));
    }

    [Fact]
    public void An_ambassador_named_by_demonym_gives_for_the_state()
    {
        var f = Assert.Single(Funding("The Japanese ambassador signed loans amounting to 5 billion yen.", May2024));
        Assert.Equal("Japan", f.Donor);
    }

    [Fact]
    public void Donor_and_recipient_carry_over_from_the_story_before()
    {
        var funding = Funding("Kenya pledged $10 million to Somalia on Monday.\n\nA further $2 million in aid will go to clinics.", May2024);
        Assert.Equal(("Kenya", "Somalia"), (funding[1].Donor, funding[1].Recipient));
    }

    [Fact]
    public void Helping_a_states_military_names_recipient_and_military_type()
    {
        var f = Figure("Canada is committing another $50 million to help Ukraine's military.", "$50 million", May2024);
        Assert.Equal(("Canada", "Ukraine", AidType.Military), (f.Donor, f.Recipient, f.AidType));
    }

    [Theory]
    [InlineData("Norway gave $9 million for the people of Haiti.", "Haiti")]
    [InlineData("Yemen welcomed the news. Qatar pledged $300 million to ease the hunger crisis in Yemen.", "Yemen")]
    [InlineData("Nepal will be provided a $70 million loan for hill roads.", "Nepal")]
    [InlineData("Japan gave $5 million to the World Food Programme, said the spokesman for Antonio Guterres.", "World Food Programme")]
    public void Recipient_from_people_place_of_need_passive_subject_never_a_person(string text, string recipient)
    {
        var f = Assert.Single(Funding(text, May2024));
        Assert.Contains(recipient, f.Recipient ?? f.Channel ?? "");
    }

    [Fact]
    public void Headline_names_the_recipient_the_body_leaves_out()
    {
        const string headline = "Ireland pledges aid to quake-hit Nepal";
        var article = Article.FromText(headline + "\n\nIreland announces a package of up to €2 million in emergency relief.",
            new ArticleMetadata(Title: headline, Published: May2024), "t.txt");
        var f = Assert.Single(TestSupport.Pipeline.Analyze(article).Funding);
        Assert.Equal("Nepal", f.Recipient);
    }

    [Theory]
    [InlineData("Japan will extend a $500 million loan to Egypt.")]
    [InlineData("Sweden will provide $50 million in guarantees to Ukraine.")]
    [InlineData("Italy gave $20 million for reconstruction in Ukraine.")]
    [InlineData("Norway is setting aside $40 million in support for the Moldovan government.")]
    public void Loans_guarantees_reconstruction_and_money_for_a_government_are_financial(string text) =>
        Assert.Equal(AidType.Financial, Assert.Single(Funding(text, May2024)).AidType);

    [Theory]
    [InlineData("Floods swept Laos last week and relief reached flood victims. The Asian Development Bank on Tuesday approved $75 million for Laos to rebuild rural roads.", "$75 million")]
    [InlineData("Floods swept Malawi last week and relief reached flood victims. The International Development Association approved $40 million for Malawi to rebuild bridges.", "$40 million")]
    public void Money_a_multilateral_lender_gives_is_financial_rather_than_the_kind_of_the_story_around_it(string text, string amount) =>
        Assert.Equal(AidType.Financial, Figure(text, amount, May2024).AidType);

    [Fact]
    public void A_lenders_money_keeps_the_kind_its_own_words_name() =>
        Assert.Equal(AidType.Humanitarian, Figure("The World Bank approved $30 million in emergency food aid for Malawi.", "$30 million", May2024).AidType);

    [Fact]
    public void Parallel_amounts_share_the_type_named_once()
    {
        var funding = Funding("Japan pledged a $4 billion loan, with Korea contributing $2 billion and Canada offering $1 billion.", May2024);
        Assert.All(funding, f => Assert.Equal(AidType.Financial, f.AidType));
    }

    [Theory]
    [InlineData("Ireland announced on Tuesday that it will give $3 million to Chad.", 2024)]
    [InlineData("Ireland announced today that it will give $3 million to Chad.", 2024)]
    [InlineData("Ireland gave $3 million to Chad in January.", 2024)]
    [InlineData("Ireland promised to give $3 million to Chad by 2020.", 2020)]
    public void Year_from_days_months_deadlines_and_the_publication_date(string text, int year) =>
        Assert.Equal(year, Assert.Single(Funding(text, May2024)).Year);

    [Fact]
    public void A_possessive_day_dates_another_event_and_weeks_ago_dates_the_money()
    {
        Assert.Null(Figure("Today’s grant comes on top of the $20 million Chile had provided to Haiti.", "$20 million", May2024).Year);
        Assert.Equal(2024, Figure("Chile had announced $20 million for Haiti some three weeks ago.", "$20 million", May2024).Year);
    }

    [Fact]
    public void A_month_far_ahead_of_the_publication_is_last_years()
    {
        var f = Assert.Single(Funding("Britain doubled its aid to Sudan in November to GBP 226 million.", new DateOnly(2025, 1, 25)));
        Assert.Equal(2024, f.Year);
    }

    [Theory]
    [InlineData("Ghana will provide $100 million to Niger each year over the coming five years.")]
    [InlineData("Ghana will provide $100 million to Niger in the years from 2025 to 2029.")]
    public void A_programme_over_several_years_has_no_year(string text) =>
        Assert.Null(Assert.Single(Funding(text, May2024)).Year);

    [Fact]
    public void Dollar_value_uses_the_figures_year_else_the_publication_year()
    {
        Assert.Equal(2020, Assert.Single(Funding("Norway gave NOK 100 million to Chad in 2020.", May2024)).FxYear);
        Assert.Equal(2024, Assert.Single(Funding("Norway will give NOK 100 million to Chad.", May2024)).FxYear);
    }

    [Fact]
    public void A_bare_dollar_given_by_a_state_without_that_dollar_is_the_us_dollar()
    {
        var funding = Funding("Australia welcomed the move. Sweden will provide $20 million to Papua New Guinea.", May2024);
        Assert.Equal("USD", Assert.Single(funding).Currency);
        Assert.Equal("AUD", Assert.Single(Funding("Australia will provide $20 million to Fiji.", May2024)).Currency);
    }

    [Fact]
    public void Bare_dollars_of_a_text_naming_two_dollar_states_are_us_dollars()
    {
        Assert.Equal("USD", Assert.Single(Funding("Canada and New Zealand together pledged $12 million for flood relief in Fiji.", May2024)).Currency);
        Assert.Equal("NZD", Assert.Single(Funding("New Zealand will give $3 million to Tonga.", May2024)).Currency);
    }

    [Theory]
    // The group asked gives as the text groups it (SCHEMA.md: "donors" are written as the text groups them).
    [InlineData("Malawi asked donors for $90 million to repair flooded roads.", "Malawi", "donors")]
    [InlineData("The World Health Organization says it needs $75 million to contain measles.", "World Health Organization", null)]
    [InlineData("UNICEF launched an appeal for $60 million for schools.", "UNICEF", null)]
    public void The_requester_is_the_recipient_of_a_request(string text, string recipient, string? donor)
    {
        var f = Assert.Single(Funding(text, May2024));
        Assert.Equal((FundingStatus.Requested, recipient, donor), (f.Status, f.Recipient, f.Donor));
    }

    [Fact]
    public void An_appeal_beside_a_request_to_congress_keeps_no_donor()
    {
        var funding = Funding("The United Nations appealed for $3 billion for Chad. President Joe Biden asked Congress for $2 billion for Chad.", May2024);
        Assert.Equal(((string?)null, "United Nations"), (funding[0].Donor, funding[0].Recipient));
        Assert.Equal("United States", funding[1].Donor);
    }

    [Theory]
    [InlineData("Peru gave $4 million to UNICEF three years ago.", 2021)]
    [InlineData("Peru gave $4 million to UNICEF a decade ago.", 2014)]
    public void Years_ago_count_back_from_the_publication_and_are_earlier_money(string text, int year)
    {
        var f = Assert.Single(Funding(text, May2024));
        Assert.Equal(((int?)year, FundingStatus.Previous), (f.Year, f.Status));
    }

    [Fact]
    public void A_day_does_not_date_a_programme_over_several_years() =>
        Assert.Null(Assert.Single(Funding("Chile pledged on Tuesday to give UNICEF $6 million over the coming six years.", May2024)).Year);

    [Fact]
    public void List_lines_under_an_announcement_continue_it()
    {
        var funding = Funding("Denmark will provide DKK 90 million of humanitarian aid for Chad, the minister said.\n\n\"It is urgent,\" she said.\n\n- DKK 50 million to UNICEF\n- DKK 40 million to the Red Cross\n", May2024);
        Assert.Equal(3, funding.Count);
        Assert.All(funding.Skip(1), f => Assert.Equal(("Denmark", FundingStatus.Pledged, AidType.Humanitarian, (int?)2024), (f.Donor, f.Status, f.AidType, f.Year)));
    }

    [Fact]
    public void A_running_total_owned_by_another_giver_is_its_earlier_money()
    {
        var f = Figure("Italy will give 5 million euros to UNICEF. The funding brings the EU's total humanitarian aid to Chad this year to 80 million euros.", "80 million euros", May2024);
        Assert.Equal(("European Union", FundingStatus.Previous), (f.Donor, f.Status));
    }

    [Fact]
    public void The_whole_named_again_before_its_parts_is_the_earlier_figure()
    {
        var funding = Funding("Sweden on Friday announced a $3 billion aid package for Moldova.\nThe new aid brings total Swedish assistance to Moldova since 2022 to $9 billion.\nOf the $3 billion, $700 million will come from existing stocks.", May2024);
        Assert.Single(funding, f => f.AmountText == "$3 billion");
        Assert.Equal(FundingStatus.Pledged, funding.Single(f => f.AmountText == "$700 million").Status);
    }

    [Fact]
    public void A_background_word_of_the_whole_an_amount_is_drawn_from_leaves_its_verb_the_status() =>
        Assert.Equal(FundingStatus.Delivered, Figure("The Korean government has disbursed $40 million of an earlier loan this month.", "$40 million", May2024).Status);

    [Fact]
    public void A_repayment_year_does_not_date_the_loan() =>
        Assert.Equal(2024, Figure("The Dutch government gave Ghana a $300 million loan, due for repayment in 2041.", "$300 million", May2024).Year);

    [Fact]
    public void Another_amount_after_an_announcement_continues_it()
    {
        var f = Figure("Finland will give 8 million euros to UNICEF. Another 2 million euros will be sent to the World Health Organization.", "2 million euros", May2024);
        Assert.Equal(("Finland", FundingStatus.Pledged), (f.Donor, f.Status));
    }

    [Fact]
    public void Money_received_from_a_giver_is_delivered_aid()
    {
        var f = Assert.Single(Funding("The World Food Programme received $6 million from Kuwait.", May2024));
        Assert.Equal(("Kuwait", "World Food Programme", FundingStatus.Delivered), (f.Donor, f.Recipient, f.Status));
    }

    [Fact]
    public void A_perfect_giving_verb_with_an_adverb_between_is_earlier_money()
    {
        var f = Assert.Single(Funding("Norway has so far given $7 million to UNICEF.", May2024));
        Assert.Equal(("Norway", FundingStatus.Previous), (f.Donor, f.Status));
    }

    [Theory]
    [InlineData("Niger's health ministry asked donors for $45 million to fight cholera.")]
    [InlineData("Niger's prime minister asked donors for $45 million to fight cholera.")]
    public void A_state_asking_through_its_body_or_official_is_the_recipient(string text) =>
        Assert.Equal("Niger", Assert.Single(Funding(text, May2024)).Recipient);

    [Theory]
    [InlineData("Ireland is allocating 3 million euros in Malawi for cholera treatment.", "Malawi")]
    [InlineData("Ireland pledged 3 million euros in Dublin for cholera treatment.", null)]
    public void A_state_named_right_after_the_amount_receives_it_but_not_a_capital(string text, string? recipient) =>
        Assert.Equal(recipient, Assert.Single(Funding(text, May2024)).Recipient);

    [Theory]
    [InlineData("Estonia made a $4 million donation to UNICEF.", FundingStatus.Delivered)]
    [InlineData("Estonia will make a contribution of $4 million to UNICEF.", FundingStatus.Pledged)]
    public void The_subject_of_a_light_verb_with_a_gift_noun_gives(string text, FundingStatus status)
    {
        var f = Assert.Single(Funding(text, May2024));
        Assert.Equal(("Estonia", status), (f.Donor, f.Status));
    }

    [Fact]
    public void A_gift_that_will_fund_something_is_pledged() =>
        Assert.Equal(FundingStatus.Pledged, Assert.Single(Funding("A $7 million grant from Latvia will fund new wells in Chad.", May2024)).Status);

    [Fact]
    public void A_bare_dollar_in_copy_credited_to_a_foreign_wire_is_the_us_dollar()
    {
        Assert.Equal("USD", Assert.Single(Funding("Canada boosts aid\n\nOTTAWA, May 2 (Reuters) - Canada will give $50 million to UNICEF for schools in Haiti.", May2024)).Currency);
        Assert.Equal("CAD", Assert.Single(Funding("Canada boosts aid\n\nOTTAWA, May 2 - Canada will give $50 million to UNICEF for schools in Haiti.", May2024)).Currency);
    }

    [Fact]
    public void A_commitment_carrying_the_storys_first_figure_is_pledged() =>
        Assert.Equal(FundingStatus.Pledged, Figure("Austria has committed $30 million to UNICEF for Sudan. It will reach farmers.", "$30 million", May2024).Status);

    [Fact]
    public void Same_amount_for_two_things_stays_two_rows_and_a_repeat_stays_one()
    {
        Assert.Equal(2, Funding("Italy gave $5 million to Chad and Spain gave $5 million to Niger.", May2024).Count);
        Assert.Single(Funding("Italy gave $5 million to Chad.\n\nThe $5 million from Italy will fund clinics.", May2024));
        Assert.Equal(2, Funding("Italy pledged $5 million on Tuesday. Italy had given $5 million to Chad last year.", May2024).Count);
    }
}
