using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames;

/// <summary>Who gives and who receives: general patterns of the party readers, on sentences written for the tests.</summary>
public class FundingPartyPatternTests
{
    private static readonly DateOnly May2026 = new(2026, 5, 12);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: May2026), "t.txt")).Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Flood relief\n\nOn Monday, Norway's Agency for Relief Cooperation (NARC) pledged $3 million toward Red Cross shelters.", "$3 million", "Norway")]
    [InlineData("Flood relief\n\nNorway's Agency for Relief Cooperation (NARC) gave $3 million. The Asian Development Bank's board approved a $200 million credit line for rural bridges on Wednesday.", "$200 million", "Asian Development Bank")]
    public void The_owner_of_a_giving_body_gives(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Theory]
    [InlineData("Aid cuts\n\nSpending on aid to Asian countries will shrink to £0.6bn over the coming year, officials said.", "£0.6bn", "Asian countries")]
    [InlineData("Loans\n\nKorean state lenders lent $3 billion to African governments during 2021.", "$3 billion", "African governments")]
    public void Several_states_named_together_receive(string text, string amount, string recipient) =>
        Assert.Equal(recipient, Figure(text, amount).Recipient);

    [Theory]
    [InlineData("Japan sends flood aid\n\nVIENTIANE, 3 May 2026 - Japan will give $5 million to Laos for flood relief, its embassy said.\n\nSo far the government has spent $7 million of public money rebuilding schools.")]
    [InlineData("Japan sends flood aid\n\nVIENTIANE/BANGKOK, 3 May 2026 - Japan will give $5 million to Laos for flood relief, its embassy said.\n\nSo far the government has spent $7 million of public money rebuilding schools.")]
    public void A_seat_in_capitals_opening_the_dateline_names_the_story_s_state(string text) =>
        Assert.Equal("Laos", Figure(text, "$7 million").Donor);

    [Fact]
    public void An_official_reporting_what_the_government_gives_gives_for_the_state() =>
        Assert.Equal("Kenya", Figure("Vaccines arrive in Kenya\n\nNAIROBI, 3 May 2026 - Cold-chain boxes holding 400,000 doses landed in Kenya this morning, according to UNICEF.\n\n"
            + "Dr. Amina Odhiambo, the Minister of Health, said the government would meet the nurses' wages and had allocated 2 billion shillings from domestic revenue.",
            "2 billion shillings").Donor);

    [Theory]
    [InlineData("Aid for Haiti\n\nThe UN welcomed aid for Haiti. On Friday, Canada's Global, Trade and Relief Office (GTRO) pledged $4 million to Haiti.", "Canada")]
    [InlineData("Aid for Haiti\n\nThe UN welcomed aid for Haiti. On Friday, Spain's Agency for Emergency Cooperation (AECE) pledged $4 million to Haiti.", "Spain")]
    public void The_owner_of_a_giving_body_named_with_its_acronym_gives(string text, string donor) =>
        Assert.Equal(donor, Figure(text, "$4 million").Donor);

    [Theory]
    [InlineData("Budget\n\nJapan gave $5 million to Ghana. Grants from development partners dropped sharply to $19 million in the last budget.", "development partners")]
    [InlineData("Budget\n\nJapan gave $5 million to Ghana. Support from other donors rose to $19 million last year.", "other donors")]
    public void A_group_of_givers_after_an_aid_noun_before_the_amount_gives(string text, string donor) =>
        Assert.Equal(donor, Figure(text, "$19 million").Donor);
}
