using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

public class FundingTests
{
    private static ArticleAnalysis Analyze(string text, DateOnly? published = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: published), "t.txt"));

    [Fact]
    public void Subject_of_a_giving_verb_is_the_donor_and_to_names_the_recipient()
    {
        var f = Assert.Single(Analyze("Denmark has allocated $15 million in humanitarian aid to Sudan in 2024.").Funding);
        Assert.Equal("Denmark", f.Donor);
        Assert.Equal("Sudan", f.Recipient);
        Assert.Equal(AidType.Humanitarian, f.AidType);
        Assert.Equal(2024, f.Year);
        Assert.Equal(FundingStatus.Allocated, f.Status);
    }

    [Fact]
    public void Ministry_gives_for_its_state_and_later_sentence_names_the_channel()
    {
        var f = Assert.Single(Analyze("The Irish Foreign Ministry will give $4 million for school meals. The money will be transferred to UNICEF.").Funding);
        Assert.Equal("Ireland", f.Donor);
        Assert.Equal("UNICEF", f.Channel);
    }

    [Fact]
    public void Previously_marks_an_earlier_figure_and_next_year_resolves_against_the_publication_date()
    {
        var funding = Analyze("Chile had previously provided $2 million to rural clinics, and $3 million will be allocated next year.",
            new DateOnly(2023, 6, 1)).Funding;
        Assert.Equal(FundingStatus.Previous, funding[0].Status);
        // Money that "will be allocated" is promised for the future: pledged (SCHEMA.md).
        Assert.Equal(FundingStatus.Pledged, funding[1].Status);
        Assert.Equal(2024, funding[1].Year);
        Assert.Null(funding[0].Year);
    }

    [Fact]
    public void From_names_the_donor_and_a_military_cue_sets_the_type()
    {
        var f = Assert.Single(Analyze("Lithuania received $40 million in military aid from Canada.").Funding);
        Assert.Equal("Canada", f.Donor);
        Assert.Equal(AidType.Military, f.AidType);
    }

    [Fact]
    public void Request_makes_the_subject_the_recipient()
    {
        var f = Assert.Single(Analyze("UNICEF is appealing for $90 million for children in Haiti.").Funding);
        Assert.Equal(FundingStatus.Requested, f.Status);
        Assert.Null(f.Donor);
        Assert.Equal("UNICEF", f.Recipient);
    }

    [Fact]
    public void Same_amount_repeated_is_one_row_with_two_mentions()
    {
        var funding = Analyze("Spain pledged $8 million to Chad. The $8 million will fund clinics.").Funding;
        var f = Assert.Single(funding);
        Assert.Equal(2, f.Mentions.Count);
    }

    [Fact]
    public void A_run_of_bare_amounts_is_one_row_without_parties_and_a_year_beside_one_still_dates_it()
    {
        var funding = Analyze("Spain pledged $8 million to Chad.\n\n$1 $1 $1 $1\n\n$2 2023").Funding;
        Assert.Equal(3, funding.Count);
        var run = funding[1];
        Assert.Equal("$1", run.AmountText);
        Assert.Equal(4, run.Mentions.Count);
        Assert.Null(run.Donor);
        Assert.Equal(FundingStatus.Unspecified, run.Status);
        Assert.Equal(2023, funding[2].Year);
    }

    [Fact]
    public void Converted_pair_keeps_both_rows_linked_with_the_same_frame()
    {
        var funding = Analyze("Norway will provide NOK 1.1 billion (EUR 95 million) to Moldova.").Funding;
        Assert.Equal(2, funding.Count);
        Assert.Equal(funding[0].Id, funding[1].ConvertedFromId);
        Assert.Equal(funding[0].Donor, funding[1].Donor);
        Assert.Equal("Moldova", funding[1].Recipient);
    }

    [Fact]
    public void Usd_value_uses_the_figure_year()
    {
        var f = Assert.Single(Analyze("Sweden pledged EUR 100 million to Ukraine in 2020.").Funding);
        Assert.Equal(2020, f.FxYear);
        Assert.InRange(f.ValueUsd!.Value, 100e6 / 0.877 - 1, 100e6 / 0.877 + 1);
    }

    [Fact]
    public void Aid_items_have_category_lethality_and_status()
    {
        var items = Analyze("Georgia asked Latvia for artillery and drones. Latvia has delivered helmets and medical supplies.").AidItems;
        Assert.Contains(items, i => i.Item == "artillery" && i.Lethal && i.Status == AidItemStatus.Requested);
        Assert.Contains(items, i => i.Item == "helmets" && !i.Lethal && i.Status == AidItemStatus.Delivered);
        Assert.Contains(items, i => i.Item == "medical supplies" && i.Category == AidType.Humanitarian);
    }
}
