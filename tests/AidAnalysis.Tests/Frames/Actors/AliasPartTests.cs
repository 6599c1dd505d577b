namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>A known body named only by a short form of several words that is part of another organisation's name in the text
/// is that organisation; a one-word alias and a short form with nothing longer around it stay the known body.</summary>
public class AliasPartTests
{
    [Fact]
    public void A_short_form_inside_a_national_societys_name_is_that_society()
    {
        var actors = TestSupport.Analyze("The Moldova Red Cross Society opened four shelters on Monday. " +
                                         "The Red Cross said it would use the money to buy blankets.").Actors;
        Assert.DoesNotContain(actors, a => a.Name == "International Committee of the Red Cross");
        Assert.Equal(2, actors.Single(a => a.Name == "Moldova Red Cross Society").Mentions.Count);
    }

    [Fact]
    public void A_short_form_with_no_longer_name_beside_it_stays_the_known_body()
    {
        var actors = TestSupport.Analyze("The Red Cross said it would use the money to buy blankets for Moldova.").Actors;
        Assert.Contains(actors, a => a.Name == "International Committee of the Red Cross");
    }

    [Fact]
    public void A_one_word_alias_inside_a_longer_name_stays_the_larger_body()
    {
        var actors = TestSupport.Analyze("The UN Development Programme will pay for the clinics, the UN said on Monday.").Actors;
        Assert.Contains(actors, a => a.Name == "United Nations");
    }
}
