using AidAnalysis.Frames.Relations;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames;

/// <summary>The relations stage run alone on a hand-built document: it adds its own layer and leaves the funding layer as it was.</summary>
public class FundingRelationLayerTests
{
    private const string Text = "Portugal will contribute a further $3 million for refugees in Moldova. This grant brings Portugal's overall support for the refugees to $11 million.";

    private static Span At(string words) => new(Text.IndexOf(words, StringComparison.Ordinal), Text.IndexOf(words, StringComparison.Ordinal) + words.Length);

    private static FundingFigure Row(string id, string amount, double value, Span sentence) =>
        new(id, amount, value, null, "USD", value, 2024, "Portugal", "Moldova", null, null, AidType.Humanitarian, null,
            FundingStatus.Pledged, false, null, At(amount), [At(amount)], sentence);

    /// <summary>Paragraphs, sentences, tokens, money and funding as the earlier stages would write them; no relations yet.</summary>
    private static AnalysisDocument HandBuilt()
    {
        var first = new Span(0, Text.IndexOf("This", StringComparison.Ordinal) - 1);
        var second = new Span(first.End + 1, Text.Length);
        Sentence[] sentences = [new Sentence(first, 0), new Sentence(second, 0)];
        return new AnalysisDocument(Article.FromText(Text, new ArticleMetadata(Published: new DateOnly(2024, 5, 2)), "fixture.txt"))
        {
            Paragraphs = [new Span(0, Text.Length)],
            Sentences = sentences,
            // The running-total wording is read on the tokens, a layer the stage needs.
            Tokens = new Tokenizer(Lexicon.Default).Tokenize(Text, sentences).Tokens,
            Money = [new MoneyMention(At("$3 million"), "$3 million", 3e6, null, "USD", null), new MoneyMention(At("$11 million"), "$11 million", 11e6, null, "USD", null)],
            Funding = [Row("F1", "$3 million", 3e6, first), Row("F2", "$11 million", 11e6, second)],
        };
    }

    [Fact]
    public async Task The_relations_stage_adds_the_links_as_its_own_layer_and_leaves_the_funding_layer_unchanged()
    {
        var stage = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "funding-relations");
        var document = HandBuilt();
        Assert.Empty(document.Relations);
        Assert.Same(document.Funding, document.RelatedFunding);

        var result = await stage.RunAsync(document, CancellationToken.None);

        Assert.Same(document.Funding, result.Funding);
        Assert.All(result.Funding, f => Assert.True(f.PartOfId is null && !f.Counted && f.Status == FundingStatus.Pledged));
        Assert.Equal(
            [new FundingRelation("F1", "F2", null, Counted: true), new FundingRelation("F2", null, null, Counted: false) { Status = FundingStatus.Previous }],
            result.Relations);
        var related = result.RelatedFunding;
        Assert.Equal(("F2", true, FundingStatus.Pledged), (related[0].PartOfId, related[0].Counted, related[0].Status));
        Assert.Equal((null, false, FundingStatus.Previous), (related[1].PartOfId, related[1].Counted, related[1].Status));
        Assert.Equal(related, result.ToAnalysis().Funding);
        Assert.Equal(related, FundingRelation.Compose(result.Funding, result.Relations.Reverse().ToArray()));
    }
}
