using AidAnalysis.Loading;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The sample article the product was specified with (shipped in data/articles): what an analyst must get from it.</summary>
public class SampleArticleTests
{
    private static readonly Lazy<ArticleAnalysis> Analysis = new(() => TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle)));

    private static Claim ClaimContaining(string fragment) =>
        Analysis.Value.Claims.Single(c => c.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void Both_quotes_belong_to_the_research_fellow()
    {
        var quotes = Analysis.Value.Claims.Where(c => c.Kind == ClaimKind.Quote).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Doo Jin-ho", q.Speaker));
    }

    [Fact]
    public void Analysts_expectation_is_hedged_and_the_anonymous_source_is_a_group()
    {
        var analysts = ClaimContaining("Seoul will adopt a cautious approach");
        Assert.Equal(("Analysts", true), (analysts.Speaker, analysts.Hedged));
        var source = ClaimContaining("wish list");
        Assert.Equal(("the source", ActorKind.Group), (source.Speaker, source.SpeakerKind));
    }

    [Fact]
    public void Reported_statements_and_the_refusal_to_comment_have_their_speakers()
    {
        // The unnamed spokesperson speaks, named with the ministry as the text names them (the gold's "defense ministry" is inside).
        Assert.Equal("A spokesperson for South Korea’s defense ministry", ClaimContaining("declined to comment").Speaker);
        Assert.Equal(("Doo Jin-ho", "pointed out"), (ClaimContaining("likely to proceed cautiously").Speaker, ClaimContaining("likely to proceed cautiously").Cue));
        Assert.Equal(("Doo Jin-ho", "added"), (ClaimContaining("contributing to").Speaker, ClaimContaining("contributing to").Cue));
        Assert.Equal("Yoon Suk-yeol", ClaimContaining("potential shift").Speaker);
    }

    [Fact]
    public void The_ministry_announcement_is_linked_to_its_funding_row_and_its_explanation_is_attributed()
    {
        var announcement = ClaimContaining("will be allocated to support the supply");
        Assert.Equal("South Korean Foreign Ministry", announcement.Speaker);
        var six = Analysis.Value.Funding.Single(f => f.Value == 6_000_000);
        Assert.Contains(six.Id, announcement.FundingIds);
        Assert.Equal("South Korean Foreign Ministry", ClaimContaining("being delivered as humanitarian aid").Speaker);
    }

    [Fact]
    public void Aid_items_are_requested_weapons_and_delivered_protective_gear()
    {
        var items = Analysis.Value.AidItems.ToDictionary(i => i.Item);
        Assert.Equal((true, AidItemStatus.Requested), (items["anti-aircraft missiles"].Lethal, items["anti-aircraft missiles"].Status));
        Assert.Equal((true, AidItemStatus.Requested), (items["artillery"].Lethal, items["artillery"].Status));
        Assert.Equal((false, AidItemStatus.Delivered), (items["gas masks"].Lethal, items["gas masks"].Status));
        Assert.Equal((false, AidItemStatus.Delivered), (items["field rations"].Lethal, items["field rations"].Status));
        Assert.Equal(("South Korea", "Ukraine"), (items["artillery"].Provider, items["artillery"].Recipient));
    }

    [Fact]
    public void People_carry_roles_affiliations_and_linked_mentions()
    {
        var actors = Analysis.Value.Actors.ToDictionary(a => a.Name);
        Assert.Equal(("Defence Minister", "Ukraine"), (actors["Rustem Umerov"].Role, actors["Rustem Umerov"].Affiliation));
        Assert.Equal(("President", "South Korea"), (actors["Yoon Suk-yeol"].Role, actors["Yoon Suk-yeol"].Affiliation));
        Assert.Equal("Korea Institute for Defence Analyses", actors["Doo Jin-ho"].Affiliation);
        Assert.Equal(3, actors["Doo Jin-ho"].Mentions.Count);
        Assert.Equal("author", actors["Naila Huseynova"].Role);
        Assert.Contains(actors["Russia"].Mentions, m => TestSupport.SampleText[m.Start..m.End] == "Moscow");
        foreach (var noise in new[] { "Defence", "Wednesday", "Earlier" }) Assert.False(actors.ContainsKey(noise));
    }
}
