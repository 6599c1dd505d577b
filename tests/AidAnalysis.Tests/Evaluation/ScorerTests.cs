using AidAnalysis.Evaluation;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Evaluation;

/// <summary>The scoring rules of SCHEMA.md on hand-made gold and predictions.</summary>
public class ScorerTests
{
    private static readonly Scorer Scorer = new(new NameMatcher(Lexicon.Default));
    private static readonly Span At = new(0, 1);

    private static FundingFigure Figure(string id, string text, double? value, string currency = "USD", string? donor = null,
        string? recipient = null, string? channel = null, FundingStatus status = FundingStatus.Pledged, string? partOf = null, bool counted = false) =>
        new(id, text, value, null, currency, value, null, donor, recipient, channel, null, AidType.Humanitarian, null, status,
            false, null, At, [At], At) { PartOfId = partOf, Counted = counted };

    private static GoldFunding Gold(string text, double? value, string currency = "USD", string? donor = null, string? recipient = null,
        string status = "pledged", string? partOf = null) =>
        new(text, value, currency, donor, recipient, "humanitarian", null, status, partOf);

    private static ArticleAnalysis Analysis(IReadOnlyList<FundingFigure>? funding = null, IReadOnlyList<Actor>? actors = null, IReadOnlyList<Claim>? claims = null) =>
        new(Article.FromText("x", new ArticleMetadata(), "t.txt"), actors ?? [], claims ?? [], funding ?? [], []);

    private static GoldAnnotation GoldOf(IReadOnlyList<GoldFunding>? funding = null, IReadOnlyList<GoldActor>? actors = null, IReadOnlyList<string>? newMoney = null) =>
        new(funding ?? [], actors ?? [], [], newMoney ?? []);

    [Fact]
    public void Vague_amounts_match_only_a_valueless_prediction_whose_text_overlaps()
    {
        var gold = GoldOf([Gold("billions of dollars", null)]);
        Assert.Equal(1, Scorer.Score("a", Analysis([Figure("F1", "billions of dollars in loans", null)]), gold).Funding.TruePositives);
        Assert.Equal(0, Scorer.Score("a", Analysis([Figure("F1", "millions of dollars", null)]), gold).Funding.TruePositives);
    }

    [Fact]
    public void An_empty_attribute_is_right_only_where_the_gold_is_empty()
    {
        var gold = GoldOf([Gold("$5 million", 5e6, donor: "", recipient: "Ukraine")]);
        var score = Scorer.Score("a", Analysis([Figure("F1", "$5 million", 5e6, donor: null, recipient: null)]), gold);
        Assert.Equal(1, score.FundingAttributes["donor"].Correct);
        Assert.Equal(0, score.FundingAttributes["recipient"].Correct);
    }

    [Fact]
    public void The_channel_stands_for_the_recipient_only_where_none_is_predicted()
    {
        var gold = GoldOf([Gold("$5 million", 5e6, recipient: "World Food Programme")]);
        Assert.Equal(1, Scorer.Score("a", Analysis([Figure("F1", "$5 million", 5e6, channel: "World Food Programme")]), gold).FundingAttributes["recipient"].Correct);
        Assert.Equal(0, Scorer.Score("a", Analysis([Figure("F1", "$5 million", 5e6, recipient: "Ukraine", channel: "World Food Programme")]), gold).FundingAttributes["recipient"].Correct);
    }

    [Theory]
    [InlineData("USAID", "United States Agency for International Development", true)]
    [InlineData("U.S.", "US", true)]
    [InlineData("UNHCR", "United Nations High Commissioner for Refugees", true)]
    [InlineData("WHO", "World Food Programme", false)]
    [InlineData("Jane Doe", "John Roe", false)]
    public void Names_match_by_acronym_and_punctuation(string a, string b, bool expected)
    {
        var matcher = new NameMatcher(Lexicon.Default);
        Assert.Equal(expected, matcher.Matches(a, b));
        Assert.Equal(expected, matcher.Matches(b, a));
    }

    [Fact]
    public void Part_of_is_right_when_the_predicted_parent_is_the_row_matched_to_the_gold_parent()
    {
        var gold = GoldOf([Gold("$10 million", 10e6), Gold("$4 million", 4e6, partOf: "$10 million"), Gold("$6 million", 6e6, partOf: "$10 million")]);
        var predicted = Analysis([Figure("F1", "$10 million", 10e6), Figure("F2", "$4 million", 4e6, partOf: "F1"), Figure("F3", "$6 million", 6e6)]);
        var score = Scorer.Score("a", predicted, gold);
        Assert.Equal(new AttributeScore(2, 3), score.PartOf);
    }

    [Fact]
    public void Counted_rows_are_scored_against_new_money_with_numbered_repeats()
    {
        var gold = GoldOf([Gold("$30 million", 30e6, status: "previous"), Gold("$30 million", 30e6)], newMoney: ["$30 million #2"]);
        var right = Scorer.Score("a", Analysis([Figure("F1", "$30 million", 30e6), Figure("F2", "$30 million", 30e6, counted: true)]), gold);
        Assert.True(right.Counted.IsExact);
        var wrong = Scorer.Score("a", Analysis([Figure("F1", "$30 million", 30e6, counted: true), Figure("F2", "$30 million", 30e6)]), gold);
        Assert.Equal(new TableScore(0, 1, 1), wrong.Counted);
    }

    [Fact]
    public void An_anonymous_speaker_counts_when_it_matches_and_is_never_a_false_positive()
    {
        var analysts = new Actor("A1", "Analysts", ActorKind.Group, null, null, []);
        var source = new Actor("A2", "the source", ActorKind.Group, null, null, []);
        var claims = new[] { Claim("A1", "Analysts"), Claim("A2", "the source") };
        var score = Scorer.Score("a", Analysis(actors: [analysts, source], claims: claims), GoldOf(actors: [new GoldActor("analysts", "group")]));
        Assert.Equal(new TableScore(1, 1, 1), score.Actors);
    }

    [Fact]
    public void Affiliation_and_kind_are_scored_on_matched_actors()
    {
        var person = new Actor("A1", "Jane Doe", ActorKind.Person, "minister", "Norway", []);
        var score = Scorer.Score("a", Analysis(actors: [person]), GoldOf(actors: [new GoldActor("Jane Doe", "person", "minister", "Sweden")]));
        Assert.Equal(new AttributeScore(1, 1), score.ActorAttributes["kind"]);
        Assert.Equal(new AttributeScore(0, 1), score.ActorAttributes["affiliation"]);
    }

    private static Claim Claim(string speakerId, string speaker) =>
        new("C" + speakerId, speaker, speakerId, ActorKind.Group, ClaimKind.Reported, "said", "things", At, false, false, [], []);
}
