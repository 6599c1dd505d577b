using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"X was the largest donor. It provided $Y": "It" opening the sentence as the subject of the verb of giving stands
/// for the party opening the sentence before; sentences written for the tests.</summary>
public class PronounSubjectTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Fact]
    public void It_opening_the_sentence_gives_for_the_previous_subject() =>
        Assert.Equal("United States", Figure("Clinics close in Chad\n\nThe European Union raised its aid to Chad by 5 million euros this year. "
            + "The United States was the largest donor to Chad until 2024. It provided about $1.2 billion in aid to the country in 2023.", "$1.2 billion").Donor);

    [Fact]
    public void It_in_a_new_paragraph_has_no_antecedent_there() =>
        Assert.Equal("European Union", Figure("Clinics close in Chad\n\nThe European Union raised its aid to Chad by 5 million euros this year. "
            + "The United States was the largest donor to Chad until 2024.\n\nIt provided about $1.2 billion in aid to the country in 2023.", "$1.2 billion").Donor);

    [Fact]
    public void A_previous_subject_that_received_is_no_giver() =>
        Assert.NotEqual("Chad", Figure("Clinics close in Chad\n\nThe European Union raised its aid to Chad by 5 million euros this year. "
            + "Chad received the most aid in the region last year. It provided about $1.2 million to Niger in 2023.", "$1.2 million").Donor);
}
