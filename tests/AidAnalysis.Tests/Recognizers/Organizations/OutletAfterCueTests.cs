using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>"told Devex", "seen by The Meridian Ledger": the unknown name a statement is told to, or that saw a document, is a
/// news outlet (an organisation). Sentences and names invented for the tests.</summary>
public class OutletAfterCueTests
{
    private static IReadOnlyList<Actor> Actors(string text) => TestSupport.Analyze(text).Actors;

    [Fact]
    public void A_name_told_a_statement_or_that_saw_a_document_is_an_organisation()
    {
        const string text = "Lakeland clinics close\n\nBy Orla Venn\n\nThe Lakeland health fund has run dry, " +
                            "a senior nurse told Quillpost that the wards would shut. The gap shows in figures seen by The Meridian Ledger.";
        var actors = Actors(text);
        Assert.Equal(ActorKind.Organization, actors.Single(a => a.Name == "Quillpost").Kind);
        Assert.Contains(actors, a => a.Name == "The Meridian Ledger" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_media_noun_announces_an_outlet_before_any_word()
    {
        var actors = Actors("The minister, telling state broadcaster RTQ the roads would reopen, asked for patience.");
        Assert.Contains(actors, a => a.Name == "RTQ" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_hearing_body_a_modifier_or_a_persons_surname_is_no_outlet()
    {
        var actors = Actors("The finance minister told the House that revenue had grown. He later told Kakuma residents the rations " +
                            "would rise. Aid chief Tomas Brell spoke first, and the minister told Brell.");
        Assert.DoesNotContain(actors, a => a.Name is "House" or "Kakuma" or "Brell" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_person_or_a_group_told_a_statement_is_no_outlet()
    {
        var actors = Actors("Marsh valley floods\n\nThe water minister told Senators that the dykes would hold, a medic told Adeyemo " +
                            "on Friday that tents were short, and the premier told Brevik in a call that Norway would send $2 million.");
        Assert.DoesNotContain(actors, a => a.Name is "Senators" or "Adeyemo" or "Brevik" && a.Kind == ActorKind.Organization);
    }

    [Theory]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nThe health fund has run dry, a senior nurse told The Meridian Ledger that the wards would shut.")]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nThe wards will shut, according to figures seen by The Meridian Ledger.")]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nThe minister, telling the daily Meridian Ledger that wards would shut, asked for calm.")]
    public void An_outlet_its_cue_shows_is_the_news_outlet_a_bylines_author_writes_for(string text)
    {
        var actors = Actors(text);
        Assert.Equal("news outlet", actors.Single(a => a.Name.EndsWith("Meridian Ledger", StringComparison.Ordinal)).Role);
        Assert.EndsWith("Meridian Ledger", actors.Single(a => a.Name == "Orla Venn").Affiliation);
    }

    [Theory]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nThe finance minister told the House that the wards would shut.")]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nAid chief Tomas Brell spoke first, and the minister told Brell that wards would shut.")]
    public void A_hearing_body_or_a_surname_told_a_statement_gives_the_author_no_outlet(string text)
    {
        Assert.Null(Actors(text).Single(a => a.Name == "Orla Venn").Affiliation);
    }

    [Theory]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nThe budget was cut, according to minutes seen by the Lakeside Water Trust.", "Lakeside Water Trust")]
    [InlineData("Lakeland clinics close\n\nBy Orla Venn\n\nThe minister told Amnesty Norland that the camps were full.", "Amnesty Norland")]
    public void A_charity_after_a_cue_is_no_outlet_and_no_outlet_of_the_author(string text, string charity)
    {
        var actors = Actors(text);
        Assert.DoesNotContain(actors, a => a.Name == charity && a.Role == "news outlet");
        Assert.Null(actors.Single(a => a.Name == "Orla Venn").Affiliation);
    }

    [Fact]
    public void Of_two_outlets_told_a_statement_neither_is_the_authors()
    {
        var actors = Actors("Lakeland clinics close\n\nBy Orla Venn\n\nThe wells are dry, Karin Holm told Radio Kiri on Monday. " +
                            "Donors have pledged $2 million, she told The Meridian Ledger.");
        Assert.Equal("news outlet", actors.Single(a => a.Name == "Radio Kiri").Role);
        Assert.Equal("news outlet", actors.Single(a => a.Name == "The Meridian Ledger").Role);
        Assert.Null(actors.Single(a => a.Name == "Orla Venn").Affiliation);
    }
}
