using System.Text;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames;

/// <summary>The party readers' closed word classes come from party-words.tsv, so a caller's language data can change them.</summary>
public class FundingPartyWordsTests
{
    private const string Text = "Norway gave $9 million to Tonga last week. The relief fund has received $35 million from benefactors since 2023.";

    private static string? DonorOf(Lexicon lexicon) =>
        new AnalysisPipeline(lexicon).Analyze(Article.FromText(Text, new ArticleMetadata(Published: new DateOnly(2026, 3, 4)), "t.txt"))
            .Funding.First(f => f.AmountText == "$35 million").Donor;

    [Fact]
    public void The_group_of_givers_nouns_are_read_from_the_lexicon()
    {
        Assert.NotEqual("benefactors", DonorOf(Lexicon.Default));
        var otherClasses = Lexicon.Default.PartyWords.Where(c => c.Key != "giver-group").SelectMany(c => c.Value.Select(w => $"{w}\t{c.Key}\n"));
        Assert.Equal("benefactors", DonorOf(Lexicon.Load(PartyWordsData("benefactors\tgiver-group\n" + string.Concat(otherClasses)))));
    }

    [Fact]
    public void A_word_class_missing_from_the_list_is_an_error() =>
        Assert.Throws<FormatException>(() => DonorOf(Lexicon.Load(PartyWordsData("benefactors\tgiver-group\n"))));

    private static LanguageData PartyWordsData(string rows) =>
        LanguageData.FromStreams(name => name == "party-words.tsv" ? new MemoryStream(Encoding.UTF8.GetBytes(rows)) : null, "test");

    [Fact]
    public void The_embedded_list_holds_every_word_class_the_readers_use() =>
        Assert.All(new[] { "giver-group", "group-modifier", "clause-opener", "group-coordinator", "complex-preposition", "owner-marker" },
            c => Assert.NotEmpty(Lexicon.Default.PartyWords[c]));
}
