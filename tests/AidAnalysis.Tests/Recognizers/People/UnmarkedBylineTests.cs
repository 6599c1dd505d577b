using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>Bylines without "By": a short line under the headline that opens with a name and holds nothing but a byline's
/// furniture (a mark and a date or an outlet, a date, the author's title) names the author. Names and lines invented.</summary>
public class UnmarkedBylineTests
{
    private static List<EntityMention> Find(string text)
    {
        var (tokens, _) = new Tokenizer(Lexicon.Default).Tokenize(text, []);
        var lexicon = Lexicon.Default;
        return new UnmarkedBylines(lexicon, new NameCleaner(lexicon), new UntitledNames(lexicon), new OutletForm(lexicon)).Find(tokens, new bool[text.Length]);
    }

    [Theory]
    [InlineData("Ferry service resumes on the northern coast\n\nTomas Redlich\n\nHARBOUR TOWN: The ferry sailed again on Monday.", "Tomas Redlich")]
    [InlineData("Rations cut at border camps\nAgencies say the money will run out before the rains come back to the valley.\nIlse Marwick | 03.02.2026 - Update : 03.02.2026\n\nThe camps", "Ilse Marwick")]
    [InlineData("Grain arrives in the port\n\nPetra Lindqvist Published March 4, 2026\n\nThe first ship docked.", "Petra Lindqvist")]
    [InlineData("Clinics reopen after floods\n\nMarta Ruiz-Obando Welfare affairs correspondent\n\nThe clinics reopened.", "Marta Ruiz-Obando")]
    [InlineData("Donors meet on grid repairs\n\nLena Marsh | 4 March 2026\n\nDonors met.", "Lena Marsh")]
    [InlineData("Donors meet on grid repairs\n\nDaniel Orme — Thursday, 5 March 2026, 10:15\n\nDonors met.", "Daniel Orme")]
    public void A_name_alone_on_a_head_line_or_before_its_furniture_is_the_author(string text, string author)
    {
        var byline = Assert.Single(Find(text));
        Assert.Equal(author, byline.Canonical);
        Assert.Equal(MentionType.Byline, byline.Type);
        Assert.Equal(PersonRecognizer.BylineRole, byline.Role);
    }

    [Fact]
    public void Capitalised_words_after_the_mark_are_the_outlet_the_author_writes_for()
    {
        var found = Find("Storm aid lands on the islands\n\nKofi Ansah-Birch · Coastline Radio\n\nThe first flight landed.");
        Assert.Equal("Coastline Radio", Assert.Single(found, m => m.Type == MentionType.Byline).Affiliation);
        Assert.Equal(OrganizationRecognizer.NewsOutletRole, Assert.Single(found, m => m.Type == MentionType.Organization && m.Canonical == "Coastline Radio").Role);
    }

    [Theory]
    [InlineData("Aid convoy reaches the hills\n\nStaff Correspondent\n\nThe convoy arrived.")]
    [InlineData("Minister pledges relief\n\nRt Hon Alan Pell\nMinister of Relief\n\nThe minister pledged.")]
    [InlineData("Jetty to reopen\n\nNora Vance, the mayor of the port, said the jetty would reopen on Monday.\n")]
    [InlineData("Ansel Marr\n\nThe trust opened a clinic.")]
    [InlineData("Wells dug in dry districts\n\nNEW HAVEN\n\nThe wells were dug.")]
    [InlineData("Wells dug in dry districts\n\nPress Release | 4 March 2026\n\nThe wells were dug.")]
    [InlineData("Wells dug in dry districts\n\nDrought Relief\n\nThe drought left wells dry, and relief came late.")]
    [InlineData("Wells run dry\n\nKarin Holm said 40 families had no water.\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nKarin Holm wins 2026 Kiri peace prize\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nKarin Holm 2026\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nKarin Holm — a nurse for twenty years — runs the ward alone.\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nTomas Brell – Norland Relief Fund – Kiri\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nKarin Holm appointed interim health minister\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nTop Stories | 4 March 2026\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nKiri Times | 4 March 2026\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nAmina Yusuf/UNICEF\n\nThe wells ran dry.")]
    [InlineData("Wells run dry\n\nSarah Kimani / Kiri Water Trust\n\nThe wells ran dry.")]
    [InlineData("Wells dug\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nLena Markov\n")]
    public void A_title_an_honorific_a_sentence_a_subheading_a_dash_aside_a_photo_credit_a_label_an_outlet_or_a_line_deep_in_the_body_give_no_author(string text)
    {
        Assert.Empty(Find(text));
    }
}
