namespace AidAnalysis.Tests.Recognizers;

/// <summary>The article's main state: the one acting, not the one named as where help goes.</summary>
public class StateSalienceTests
{
    private static string? Home(string text)
    {
        var document = TestSupport.Process(text);
        return AidAnalysis.Recognizers.StateSalience.HomeCountry(document, AidAnalysis.Lexicons.Lexicon.Default);
    }

    [Fact]
    public void The_helped_state_named_mostly_as_a_destination_is_not_the_main_state()
    {
        const string text = "Ukraine needs shells, and Ukraine's army is short. Poland sends aid to Ukraine, " +
                            "and the trucks go to Ukraine and on to Ukraine's east. Poland pledged more.";
        Assert.Equal("Poland", Home(text));
    }

    [Fact]
    public void A_state_named_often_as_an_agent_stays_the_main_state()
    {
        const string text = "Poland pledged tents. Poland also said Poland would pay for flights to Ukraine.";
        Assert.Equal("Poland", Home(text));
    }
}
