using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Status read from the verb that governs a figure; sentences written for the tests.</summary>
public class FundingStatusCueTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("The Nordic Relief Fund released €3 million on Monday to help flood victims in Mozambique.", "€3 million")]
    [InlineData("The regional bloc releases $400,000 to fight a measles outbreak in Chad.", "$400,000")]
    [InlineData("The Nordic Relief Fund said on Friday it was releasing €3 million for shelters in Tarvia.", "€3 million")]
    public void Money_a_fund_releases_is_allocated(string text, string amount) =>
        Assert.Equal(FundingStatus.Allocated, Figure(text, amount).Status);

    /// <summary>An amount that only values goods sent, with no status word of its own, is money delivered; any other thing
    /// valued (a voucher) keeps no status.</summary>
    [Theory]
    [InlineData("Relief tents and blankets from Ostravia reached Port Velna on Monday. The shipment, worth around 90 million euros, was packed by volunteers of the Ostravian Red Cross for flood aid.", "90 million euros")]
    [InlineData("Ostravia's aid agency brought relief supplies worth 4 million euros to the flooded villages of Tarvia.", "4 million euros")]
    public void Valued_goods_are_delivered(string text, string amount) =>
        Assert.Equal(FundingStatus.Delivered, Figure(text, amount).Status);

    /// <summary>Goods valued are sent only when a verb says so: a verb of loss, theft or destruction leaves the value without
    /// a status.</summary>
    [Theory]
    [InlineData("Raiders stole relief goods worth 5 million euros from a Red Cross depot in Port Velna, the agency said.", "5 million euros")]
    [InlineData("The Red Cross said militiamen had burned a shipment worth $6 million of food aid bound for flooded towns in Tarvia.", "$6 million")]
    public void Valued_goods_stolen_or_destroyed_keep_no_status(string text, string amount) =>
        Assert.Equal(FundingStatus.Unspecified, Figure(text, amount).Status);

    [Fact]
    public void A_valued_voucher_keeps_no_status() =>
        Assert.Equal(FundingStatus.Unspecified, Figure("The food voucher of the aid agency, worth $9 per person, covers one week of meals.", "$9").Status);

    /// <summary>A future verb promises the money of its clause, whether the lexicon lists it (adding to aid: "will increase",
    /// "will boost", "will top up") or not.</summary>
    [Theory]
    [InlineData("Belgium will spend 40 million euros this year on military aid for Moldova, its defence minister said.", "40 million euros")]
    [InlineData("Austria would put a further 15 million euros into relief work in Tarvia, its minister said.", "15 million euros")]
    [InlineData("The Nordic Council would increase its food aid to Tarvia by 40 million euros in 2026, its chair said.", "40 million euros")]
    [InlineData("The Nordic Council would boost its food aid to Tarvia by 40 million euros in 2026, its chair said.", "40 million euros")]
    [InlineData("The Nordic Council will top up its relief fund for Tarvia with $12 million, its chair said.", "$12 million")]
    public void Aid_money_in_the_future_tense_is_pledged(string text, string amount) =>
        Assert.Equal(FundingStatus.Pledged, Figure(text, amount).Status);

    [Theory]
    [InlineData("The relief appeal still needs $90 million to feed displaced families in Tarvia.", "$90 million")]
    [InlineData("The agency said its Tarvia operation still needs 40 million euros this year.", "40 million euros")]
    public void Money_a_body_still_needs_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    /// <summary>Money a body must receive for a threatened cut not to happen is still needed, active or passive.</summary>
    [Theory]
    [InlineData("The relief agency will halve rations in Tarvia in May unless it receives $60 million in new contributions.", "$60 million")]
    [InlineData("Clinics in Kigoma could close within weeks unless at least €8 million is received from donors, the agency said.", "€8 million")]
    public void Money_to_be_received_under_a_condition_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    /// <summary>A definite amount whose contact relative clause ends in a verb of needing is the sum asked for, even after "part of".</summary>
    [Theory]
    [InlineData("The pledges made in Oslo cover only part of the $3 billion the U.N. is seeking for Tarvia this year.", "$3 billion")]
    [InlineData("The trust fund has received $40 million so far, well short of the $250 million the agency says it needs.", "$250 million")]
    public void A_definite_amount_a_relative_clause_says_is_needed_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    /// <summary>A need verb after the amount that is not the first verb of a relative clause with its own subject: the clause's
    /// own verb ("Norland provided") or the amount's own noun as subject ("the $X grant requires") makes it no sum sought.</summary>
    [Theory]
    [InlineData("The ministry said the $9 million Norland provided last month is needed to keep the clinics open.", "$9 million")]
    public void A_need_verb_outside_a_contact_relative_clause_does_not_make_the_amount_requested(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Requested, Figure(text, amount).Status);

    /// <summary>A verb whose object the amount is says what the money is and who receives it: the body that needs it asks for
    /// itself; money a body has secured or collected so far is the running sum it has received.</summary>
    [Theory]
    [InlineData("In the northern districts of Tarvia, UNICEF needs $31 million to keep its clinics open.", "$31 million", FundingStatus.Requested, "UNICEF")]
    [InlineData("Officials in Kigoma said the World Food Programme urgently needed $27 million before the lean season.", "$27 million", FundingStatus.Requested, "World Food Programme")]
    [InlineData("UNHCR has secured just $6 million so far for its operation in Tarvia.", "$6 million", FundingStatus.Previous, "UN Refugee Agency")]
    [InlineData("The World Food Programme has collected $14 million from private donors since 2021.", "$14 million", FundingStatus.Previous, "World Food Programme")]
    public void A_verb_governing_the_amount_gives_its_status_and_its_subject_receives(string text, string amount, FundingStatus status, string receiver)
    {
        var figure = Figure(text, amount);
        Assert.Equal(status, figure.Status);
        Assert.Equal(receiver, figure.Recipient);
    }

    /// <summary>Support "announced so far" is the list of announcements the news reports, not a running total.</summary>
    [Fact]
    public void Support_announced_so_far_is_pledged() =>
        Assert.Equal(FundingStatus.Pledged, Figure("Emergency support announced so far includes $4 million from Norlandia for shelter in Tarvia.", "$4 million").Status);

    [Fact]
    public void Money_a_board_cleared_is_allocated() =>
        Assert.Equal(FundingStatus.Allocated, Figure("The World Bank board cleared $40 million for a flood recovery project in Tarvia on Friday.", "$40 million").Status);

    [Fact]
    public void A_pledge_made_at_the_time_is_background() =>
        Assert.Equal(FundingStatus.Previous, Figure("When the earthquake struck Tarvia, Norway pledged 6 million euros at the time.", "6 million euros").Status);

    [Fact]
    public void An_amount_that_names_a_response_plan_is_requested() =>
        Assert.Equal(FundingStatus.Requested,
            Figure("Aid groups on Monday launched a $77 million response plan to help flood survivors in Tarvia.", "$77 million").Status);

    [Fact]
    public void Money_to_be_released_is_pledged() =>
        Assert.Equal(FundingStatus.Pledged, Figure("Oslo said $7 million will be released to the Red Cross next month.", "$7 million").Status);

    [Fact]
    public void Money_released_to_a_named_receiver_is_delivered() =>
        Assert.Equal(FundingStatus.Delivered, Figure("Japan released $4 million in assistance to Ecuador on Friday.", "$4 million").Status);

    [Fact]
    public void A_signer_of_agreements_worth_an_amount_pledges_it()
    {
        var figure = Figure("The Kuwait Fund for Arab Economic Development signed two agreements with UN agencies worth $9 million to provide food in Yemen.", "$9 million");
        Assert.Equal((FundingStatus.Pledged, "Kuwait"), (figure.Status, figure.Donor));
    }

    /// <summary>Funding stated "as of" a date is what had come in by then, a cumulative figure.</summary>
    [Fact]
    public void Money_received_as_of_a_date_is_previous() =>
        Assert.Equal(FundingStatus.Previous,
            Figure("As of 12 May, the flood fund had received $48 million from eleven donors, far below its $150 million target.", "$48 million").Status);

    [Theory]
    [InlineData("Finland will channel 8 million euros through the Red Cross to families in Tarvia.", "8 million euros", FundingStatus.Pledged)]
    [InlineData("Ireland will pay 6 million euros to repair the heating network of Tarvia.", "6 million euros", FundingStatus.Pledged)]
    [InlineData("Portugal distributed relief supplies worth 2 million euros in Tarvia last week.", "2 million euros", FundingStatus.Delivered)]
    public void A_state_that_channels_pays_or_distributes_gives_the_money(string text, string amount, FundingStatus status)
    {
        var figure = Figure(text, amount);
        Assert.Equal(status, figure.Status);
        Assert.NotNull(figure.Donor);
    }

    /// <summary>"over the past two weeks" counts back the news's own days, not an earlier round (RecentPeriod).</summary>
    [Fact]
    public void Money_received_over_the_past_weeks_is_delivered() =>
        Assert.Equal(FundingStatus.Delivered, Figure("Lakeshore Relief welcomed new contributions received over the past two weeks: $2 million from Ostland and $1 million from Sylvania for food in Tarvia.", "$1 million").Status);
}
