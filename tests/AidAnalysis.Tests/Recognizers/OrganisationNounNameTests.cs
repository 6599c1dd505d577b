using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>An unknown name right after a lower-case organisation noun ("the relief charity X") is an organisation actor,
/// even where it is otherwise only a person's affiliation.</summary>
public class OrganisationNounNameTests
{
    [Fact]
    public void A_name_after_an_organisation_noun_is_an_organisation_wherever_it_recurs()
    {
        var actors = TestSupport.Analyze("Ilse Brandt, director of the relief charity Brightpath, said seed stocks were low. " +
                                         "Brightpath has sent two lorries.").Actors;
        var organisation = Assert.Single(actors, a => a.Name == "Brightpath");
        Assert.Equal(ActorKind.Organization, organisation.Kind);
        Assert.Equal(2, organisation.Mentions.Count);
    }

    [Theory]
    [InlineData("The aid group On Monday sent tents.", "On Monday")]
    [InlineData("The agency Director Anna Berg said tents were sent.", "Director Anna Berg")]
    public void A_date_or_a_title_after_an_organisation_noun_is_no_organisation(string text, string words)
    {
        Assert.DoesNotContain(TestSupport.Analyze(text).Actors, a => a.Kind == ActorKind.Organization && a.Name.Contains(words));
    }
}
