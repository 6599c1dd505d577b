using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>Plural staff an infinitive takes as its object ("to hire humanitarian coordinators") are what the money pays for:
/// their type word types the money, while a title naming a speaker does not (JobTitleTypeWord); sentences written for the
/// tests.</summary>
public class PluralStaffTypeTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 3, 10)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid\n\nOstravia will give $5 million to hire humanitarian coordinators in Tarvia.", "$5 million")]
    [InlineData("Aid\n\nThe Nordic fund said its $2 million would be used to support humanitarian coordinators and their teams in Tarvia.", "$2 million")]
    [InlineData("Aid\n\nOstravia pledged $3 million, part of it to pay humanitarian officials working in the camps.", "$3 million")]
    public void Staff_the_money_pays_for_type_it(string text, string amount) =>
        Assert.Equal(AidType.Humanitarian, Figure(text, amount).AidType);

    [Theory]
    [InlineData("Aid\n\nThe humanitarian coordinators said Ostravia will give $5 million in military aid to Tarvia.", "$5 million")]
    [InlineData("Aid\n\nOstravia's humanitarian coordinator said it would send $5 million in weapons to Tarvia.", "$5 million")]
    public void A_title_naming_a_speaker_does_not_type_the_money(string text, string amount) =>
        Assert.NotEqual(AidType.Humanitarian, Figure(text, amount).AidType);
}
