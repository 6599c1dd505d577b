using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Relations between figures (SCHEMA.md part_of, converted_from, counted), on fixtures written for these tests.</summary>
public class FundingRelationTests
{
    private static ArticleAnalysis Analyze(string text, string? title = null, DateOnly? published = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(title is null ? text : title + "\n\n" + text,
            new ArticleMetadata(Title: title, Published: published ?? new DateOnly(2024, 5, 2)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText);

    private static string? ParentText(ArticleAnalysis a, FundingFigure f) => a.Funding.SingleOrDefault(p => p.Id == f.PartOfId)?.AmountText;

    private static string[] Counted(ArticleAnalysis a) => a.Funding.Where(f => f.Counted).Select(f => f.AmountText).ToArray();

    [Fact]
    public void Lines_named_with_including_are_parts_of_the_package_and_only_the_package_is_counted()
    {
        var a = Analyze("Finland has pledged $40 million to Chad, including $25 million for food and $15 million for clean water.");
        Assert.Equal("$40 million", ParentText(a, Row(a, "$25 million")));
        Assert.Equal("$40 million", ParentText(a, Row(a, "$15 million")));
        Assert.Equal(["$40 million"], Counted(a));
    }

    [Fact]
    public void Lines_that_open_with_an_amount_under_a_heading_ending_in_a_colon_are_parts_of_the_news_figure()
    {
        var a = Analyze("Estonia is allocating EUR 12 million to relief agencies working in Lorvania.\n\nThe money will be shared as follows:\n"
            + "EUR 6 million to the food agency for rations in the north\nEUR 4 million to the children's fund for clean water\n"
            + "- EUR 2 million to a medical charity for field clinics\n\nThe minister visited a clinic on Friday.");
        Assert.All(new[] { "EUR 6 million", "EUR 4 million", "EUR 2 million" }, line => Assert.Equal("EUR 12 million", ParentText(a, Row(a, line))));
        Assert.Equal(["EUR 12 million"], Counted(a));
    }

    [Fact]
    public void A_sentence_opening_with_this_allocation_tells_a_running_total_that_includes_the_news()
    {
        var a = Analyze("Estonia is allocating EUR 12 million to relief agencies working in Lorvania.\n\n"
            + "With this allocation, Estonia's humanitarian support to Lorvania this year amounts to EUR 30 million.");
        var total = Row(a, "EUR 30 million");
        Assert.Equal(("EUR 30 million", FundingStatus.Previous), (ParentText(a, Row(a, "EUR 12 million")), total.Status));
        Assert.Equal(["EUR 12 million"], Counted(a));
    }

    [Theory]
    [InlineData("Other donors have given these amounts so far:\nEUR 5 million from Denmark\nEUR 3 million from Austria\n")]
    [InlineData("Estonia's aid to Lorvania in earlier years was:\nEUR 5 million in 2021\nEUR 6 million in 2022\n")]
    [InlineData("The pledges of the week were:\nEUR 5 million from Denmark\nEUR 3 million from Austria\n")]
    public void Lines_of_other_givers_or_earlier_years_under_a_heading_are_no_parts_of_the_news(string list)
    {
        var a = Analyze("Estonia is allocating EUR 12 million to relief agencies working in Lorvania.\n\n" + list + "\nThe minister visited a clinic on Friday.");
        Assert.All(new[] { "EUR 5 million", "EUR 3 million", "EUR 6 million" }.Where(t => a.Funding.Any(f => f.AmountText == t)),
            line => Assert.Null(Row(a, line).PartOfId));
    }

    [Theory]
    [InlineData("With this grant, EUR 8 million remains to be raised for the shelters, the agency said.")]
    [InlineData("With this pledge, the relief appeal for Lorvania has now raised EUR 30 million, a third of what it needs.")]
    public void A_sentence_opening_with_the_news_that_tells_a_need_or_what_is_left_holds_no_running_total(string sentence)
    {
        var a = Analyze("Estonia will give EUR 5 million in flood relief to Lorvania, the ministry said on Monday.\n\n" + sentence);
        var news = Row(a, "EUR 5 million");
        Assert.Equal((null, FundingStatus.Pledged, true), (news.PartOfId, news.Status, news.Counted));
    }

    [Fact]
    public void This_includes_points_back_to_the_amount_of_the_sentence_before()
    {
        var a = Analyze("Sweden will provide $30 million in new aid to Haiti. This includes $20 million for shelter and $10 million for schools.");
        Assert.Equal("$30 million", ParentText(a, Row(a, "$20 million")));
        Assert.Equal("$30 million", ParentText(a, Row(a, "$10 million")));
        Assert.Equal(["$30 million"], Counted(a));
    }

    [Fact]
    public void Of_the_amount_and_the_remaining_amount_are_its_lines()
    {
        var a = Analyze("Ireland will give $8 million to Yemen this year. Of the $8 million, $5 million is for food aid. The remaining $3 million goes to health care.");
        Assert.Equal("$8 million", ParentText(a, Row(a, "$5 million")));
        Assert.Equal("$8 million", ParentText(a, Row(a, "$3 million")));
        Assert.Equal(["$8 million"], Counted(a));
    }

    [Theory]
    [InlineData("Freedonia will send Sylvania a $90 million aid package. The package includes $50 million for field hospitals. Another $30 million will pay for water pumps, the minister said.",
        "$30 million", "$90 million")]
    [InlineData("Ruritania announced a grant of €40 million for flood relief on Monday. Of the €40 million, €20 million is for shelter. A further €15 million will be channelled through the Red Cross.",
        "€15 million", "€40 million")]
    [InlineData("Lorvania pledged £60 million in humanitarian aid for Osterlich. It includes £25 million for food and £10 million for tents. An additional £20 million, officials added, is set aside for seeds.",
        "£20 million", "£60 million")]
    public void A_sentence_opening_with_an_additive_before_its_amount_names_another_line_of_the_package(string text, string line, string package)
    {
        var a = Analyze(text);
        Assert.Equal(package, ParentText(a, Row(a, line)));
        Assert.Equal([package], Counted(a));
    }

    [Theory]
    [InlineData("Freedonia pledged $20 million to Sylvania on Monday. Another $5 million came from Lorvania's development bank.", "$5 million")]
    [InlineData("Freedonia will send Sylvania a $90 million aid package. The package includes $50 million for field hospitals. Ruritania said it gave another $30 million for water pumps.", "$30 million")]
    [InlineData("Freedonia gave Sylvania $80 million in humanitarian aid last year, including $30 million for food. Another $20 million was pledged by Freedonia on Monday.", "$20 million")]
    [InlineData("Freedonia announced $400 million in military aid for Sylvania, including $100 million in air defence missiles. Another $150 million in budget support will follow next month, officials said.", "$150 million")]
    public void An_additive_after_a_top_level_amount_inside_the_sentence_of_earlier_money_or_of_another_kind_names_no_line(string text, string amount)
    {
        var a = Analyze(text);
        Assert.Null(Row(a, amount).PartOfId);
    }

    [Theory]
    [InlineData("The European Union announced €30 million for flood relief in Chad on Monday.\n\nSpain pledged €5 million, while Canada committed €4 million.",
        "€30 million", "€5 million", "€4 million")]
    [InlineData("Tokyo will provide $6 million in emergency aid to Nepal, officials said on Friday.\n\nIndia pledged $2 million and Australia promised $1 million.",
        "$6 million", "$2 million", "$1 million")]
    [InlineData("On Tuesday the World Bank pledged $12 million in grants for the drought response in Kenya.\n\nGermany pledged $3 million, while Norway pledged $2 million.",
        "$12 million", "$3 million", "$2 million")]
    public void A_lead_figure_whose_sentence_names_its_one_giver_is_no_sum_of_other_givers_pledges(string text, string lead, string first, string second)
    {
        var a = Analyze(text, title: "Aid news");
        Assert.Null(Row(a, first).PartOfId);
        Assert.Null(Row(a, second).PartOfId);
        Assert.Equal([lead, first, second], Counted(a));
    }

    [Theory]
    [InlineData("Germany, France and Italy on Monday announced a joint €30 million package for Chad.\n\nGermany will provide €12 million, France €10 million and Italy €8 million.",
        "€30 million", "€12 million")]
    [InlineData("The Ford Foundation and the Wellcome Trust have committed $50 million to fight malaria in Ghana.\n\nThe Ford Foundation will give $40 million and the Wellcome Trust $10 million, a spokesman said.",
        "$50 million", "$40 million")]
    [InlineData("Donors pledged $2 billion for Sudan at a conference in Paris on Monday.\n\nGermany pledged $500 million, while Britain committed $300 million.",
        "$2 billion", "$500 million")]
    [InlineData("A total of $900 million was pledged by the World Bank, the African Development Bank and Qatar for Sudan on Monday.\n\nThe World Bank promised $500 million, the African Development Bank $250 million and Qatar $150 million.",
        "$900 million", "$250 million")]
    public void A_lead_figure_of_several_givers_or_of_donors_is_the_sum_of_the_pledges_listed_below(string text, string collective, string pledge)
    {
        var a = Analyze(text, title: "Aid news");
        Assert.Equal(collective, ParentText(a, Row(a, pledge)));
        Assert.Equal([collective], Counted(a));
    }

    [Fact]
    public void A_running_total_that_includes_the_news_is_earlier_money_and_the_news_is_its_part()
    {
        var a = Analyze("Portugal will contribute a further $3 million for refugees in Moldova. This grant brings Portugal's overall support for the refugees to $11 million.");
        var total = Row(a, "$11 million");
        Assert.Equal(FundingStatus.Previous, total.Status);
        Assert.Equal("$11 million", ParentText(a, Row(a, "$3 million")));
        Assert.Equal(["$3 million"], Counted(a));
    }

    [Fact]
    public void Beside_the_news_a_running_total_makes_money_already_paid_earlier_but_keeps_a_new_allocation_news()
    {
        var a = Analyze("Chile will give $6 million to the Red Cross for flood victims. Separately, Chile approved $2 million for the World Food Programme. "
            + "Last month Chile delivered $1 million in relief. The new aid brings the total support from Chile to $30 million.");
        Assert.Equal(FundingStatus.Allocated, Row(a, "$2 million").Status);
        Assert.Equal(FundingStatus.Previous, Row(a, "$1 million").Status);
        Assert.Equal(["$6 million", "$2 million"], Counted(a));
    }

    [Fact]
    public void A_cumulative_figure_since_a_date_is_earlier_money_and_never_counted()
    {
        var a = Analyze("Austria will provide $4 million in humanitarian aid to Sudan. Austria has provided $90 million to Sudan since 2020.");
        Assert.Equal(FundingStatus.Previous, Row(a, "$90 million").Status);
        Assert.Equal(["$4 million"], Counted(a));
    }

    [Fact]
    public void A_tranche_of_an_earlier_commitment_makes_that_commitment_earlier_money()
    {
        var a = Analyze("Belgium will provide $12 million to Jordan for refugees. This is the second tranche of the $36 million pledged by Belgium in 2022.");
        Assert.Equal("$36 million", ParentText(a, Row(a, "$12 million")));
        Assert.Equal(FundingStatus.Previous, Row(a, "$36 million").Status);
        Assert.Equal(["$12 million"], Counted(a));
    }

    [Fact]
    public void Figures_that_add_up_to_a_stated_total_are_its_parts()
    {
        var a = Analyze("Spain has allocated $6 million to Niger for food and $9 million to Mali for shelter. Together the two grants amount to $15 million.");
        Assert.Equal("$15 million", ParentText(a, Row(a, "$6 million")));
        Assert.Equal("$15 million", ParentText(a, Row(a, "$9 million")));
    }

    [Fact]
    public void A_total_stated_without_a_verb_of_giving_takes_the_status_of_its_parts_and_only_it_is_counted()
    {
        var a = Analyze("Norway will provide a grant of 40 million kroner to Malawi and a loan of 25 million kroner. The combined value of these two projects is 65 million kroner.");
        var total = Row(a, "65 million kroner");
        Assert.Equal("65 million kroner", ParentText(a, Row(a, "40 million kroner")));
        Assert.Equal(Row(a, "40 million kroner").Status, total.Status);
        Assert.Equal(["65 million kroner"], Counted(a));
    }

    [Fact]
    public void A_headline_figure_restating_the_body_in_rounder_words_is_part_of_the_body_row()
    {
        var a = Analyze("Greece has pledged $1.05 billion in reconstruction aid to Lebanon.", title: "Greece pledges over $1 billion for Lebanon");
        var headline = Row(a, "$1 billion");
        Assert.Equal("$1.05 billion", ParentText(a, headline));
        Assert.Equal(["$1.05 billion"], Counted(a));
    }

    /// <summary>Named givers' pledges listed in one paragraph, or each in a paragraph of its own, are parts of the collective
    /// pledge that leads the story.</summary>
    [Theory]
    [InlineData("Donors pledged $900 million in aid for Somalia at a conference on Monday.\n\n"
        + "Canada pledged $200 million, while Norway pledged $150 million and Japan pledged $100 million.", "$200 million", "$100 million")]
    [InlineData("International donors pledged about $900 million on Tuesday to rebuild Tarvia after the floods.\n\n"
        + "France pledged $200 million, its foreign minister said.\n\nJapan committed $300 million, a Japanese diplomat said.", "$200 million", "$300 million")]
    public void Listed_pledges_are_parts_of_the_collective_pledge_that_leads_the_story(string text, string first, string last)
    {
        var a = Analyze(text);
        Assert.Equal("$900 million", ParentText(a, Row(a, first)));
        Assert.Equal("$900 million", ParentText(a, Row(a, last)));
        Assert.Equal(["$900 million"], Counted(a));
    }

    [Fact]
    public void Needs_appeals_and_requests_are_never_counted()
    {
        var a = Analyze("The agency said $70 million is needed for the response. Aid groups are appealing for $30 million. Canada has pledged $5 million to the response.");
        Assert.Equal(["$5 million"], Counted(a));
    }

    [Fact]
    public void The_lines_of_a_request_are_requested_too_and_never_counted()
    {
        var a = Analyze("The government is requesting $10 billion in new aid from Congress. This includes $6 billion that will provide weapons and $4 billion for food.");
        Assert.Equal("$10 billion", ParentText(a, Row(a, "$6 billion")));
        Assert.Equal(FundingStatus.Requested, Row(a, "$6 billion").Status);
        Assert.Empty(Counted(a));
    }

    [Fact]
    public void A_conversion_is_never_counted_and_restates_its_source()
    {
        var a = Analyze("Norway will provide NOK 500 million (EUR 43 million) to Ukraine.");
        var euros = Row(a, "EUR 43 million");
        Assert.Equal(Row(a, "NOK 500 million").Id, euros.ConvertedFromId);
        Assert.Equal(["NOK 500 million"], Counted(a));
    }

    [Fact]
    public void An_earlier_figure_and_a_new_one_of_the_same_amount_stay_two_rows()
    {
        var a = Analyze("Chile will provide $2 million to Peru this year. Chile had previously provided $2 million to Peru in 2021.");
        Assert.Equal(2, a.Funding.Count(f => f.Value == 2_000_000));
        Assert.Single(Counted(a));
    }

    // A figure its own clause names as no money given (a revenue, a cost, a loss) is no whole of aid lines that add up to it.
    [Theory]
    [InlineData("Sweden will provide $70 million to Kenya for drought relief. Last year Sweden gave Kenya $30 million.\n\nKenya's tourism revenue fell by $100 million in the drought, officials said.",
        "$70 million", "$100 million")]
    [InlineData("Norway pledged €40 million for Moldova's winter. Norway also gave €20 million to UNICEF there.\n\nHouseholds' energy costs rose to €60 million this winter.",
        "€40 million", "€60 million")]
    [InlineData("Japan gave $12 million to Peru on Monday. Japan added $8 million for shelters.\n\nThe floods caused losses of about $20 million, the ministry said.",
        "$12 million", "$20 million")]
    public void A_figure_named_as_no_aid_takes_no_aid_parts_by_sum(string text, string part, string notAid)
    {
        var a = Analyze(text, title: "Aid news");
        Assert.Null(Row(a, part).PartOfId);
        Assert.False(Row(a, notAid).Counted);
    }

    // A whole that names no such noun, one told as aid, or one whose parts are no aid either still takes its parts by sum.
    [Theory]
    [InlineData("Japan gave $12 million to Peru on Monday. Japan added $8 million for shelters.\n\nThe combined value of the two grants is $20 million, the ministry said.",
        "$12 million", "$20 million")]
    [InlineData("Norway pledged €40 million for Moldova's winter. Norway also gave €20 million to UNICEF there.\n\nIn all, Norway's support to Moldova will reach €60 million, covering energy costs.",
        "€40 million", "€60 million")]
    [InlineData("Ruritania's exports reached $70 million last year, while its imports stood at $30 million.\n\nIts trade came to $100 million, the bureau said.",
        "$70 million", "$100 million")]
    public void A_whole_not_named_as_no_aid_or_of_no_aid_parts_still_takes_its_parts(string text, string part, string whole)
    {
        var a = Analyze(text, title: "Aid news");
        Assert.Equal(whole, ParentText(a, Row(a, part)));
    }
}
