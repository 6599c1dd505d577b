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
    [InlineData("Flood relief\n\nNorway's Agency for Relief Cooperation (NARC) separately announced $3 million for the Red Cross on Monday.", "$3 million", "Norway")]
    [InlineData("Flood relief\n\nNorway's Agency for Relief Cooperation (NARC) gave $3 million. The Asian Development Bank's board on Tuesday approved a $200 million loan for roads.", "$200 million", "Asian Development Bank")]
    public void The_owner_of_a_giving_body_gives(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Theory]
    [InlineData("Aid cuts\n\nBilateral aid to Asian countries is set to drop to £1.1bn next year, the ministry said.", "£1.1bn", "Asian countries")]
    [InlineData("Loans\n\nChinese banks extended $4 billion in new loans to African governments in 2023.", "$4 billion", "African governments")]
    public void Several_states_named_together_receive(string text, string amount, string recipient) =>
        Assert.Equal(recipient, Figure(text, amount).Recipient);

    [Theory]
    [InlineData("Japan sends flood aid\n\nVIENTIANE, 3 May 2026 - Japan will give $5 million to Laos for flood relief, its embassy said.\n\nThe government has already spent $7 million from the state budget on repairs.")]
    [InlineData("Japan sends flood aid\n\nVIENTIANE/BANGKOK, 3 May 2026 - Japan will give $5 million to Laos for flood relief, its embassy said.\n\nThe government has already spent $7 million from the state budget on repairs.")]
    public void A_seat_in_capitals_opening_the_dateline_names_the_story_s_state(string text) =>
        Assert.Equal("Laos", Figure(text, "$7 million").Donor);

    [Fact]
    public void An_official_reporting_what_the_government_gives_gives_for_the_state() =>
        Assert.Equal("Kenya", Figure("Vaccines arrive in Kenya\n\nNAIROBI, 3 May 2026 - A shipment of vaccines arrived in Kenya today, UNICEF said.\n\n"
            + "The Minister of Health, Dr. Peter Banda, said the government would pay for the vaccination teams and had allocated 2 billion shillings from the national budget for the campaign.",
            "2 billion shillings").Donor);

    [Theory]
    [InlineData("Aid for Haiti\n\nThe UN welcomed aid for Haiti. Canada's Global, Trade and Relief Office (GTRO) announced $4 million for Haiti on Monday.", "Canada")]
    [InlineData("Aid for Haiti\n\nThe UN welcomed aid for Haiti. Spain's Agency for Emergency Cooperation (AECE) separately announced $4 million for Haiti on Monday.", "Spain")]
    public void The_owner_of_a_giving_body_named_with_its_acronym_gives(string text, string donor) =>
        Assert.Equal(donor, Figure(text, "$4 million").Donor);

    [Theory]
    [InlineData("Budget\n\nJapan gave $5 million to Ghana. Grants from development partners are projected to fall to $19 million next year.", "development partners")]
    [InlineData("Budget\n\nJapan gave $5 million to Ghana. Support from other donors rose to $19 million last year.", "other donors")]
    public void A_group_of_givers_after_an_aid_noun_before_the_amount_gives(string text, string donor) =>
        Assert.Equal(donor, Figure(text, "$19 million").Donor);
}
