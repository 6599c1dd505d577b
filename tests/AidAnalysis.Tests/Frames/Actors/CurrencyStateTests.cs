namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>Office holders and bodies a text ties to no state serve the state whose own single-state currency the text counts
/// in most (two figures at least), when it names that state as a place; not when the money is in a currency of many states, when that state is named
/// only as a speaker, nor for an official the text already ties to a state.</summary>
public class CurrencyStateTests
{
    private const string Pledge = "Japan pledged $5 million to help Kenya on Monday. Japan said the money would arrive soon, and Japan will send tents.\n\n";

    [Fact]
    public void An_untied_minister_serves_the_state_whose_own_currency_the_text_counts_in()
    {
        var actors = TestSupport.Analyze(Pledge + "The Ministry of Interior has set aside KSh300 million for shelters in Kenya, " +
                                         "Interior Minister Peter Otieno said. He said KSh40 million more would buy tents.\n").Actors;
        Assert.Equal("Kenya", actors.Single(a => a.Name == "Peter Otieno").Affiliation);
        Assert.Equal("Kenya", actors.Single(a => a.Name == "Ministry of Interior").Affiliation);
    }

    [Fact]
    public void Dollars_name_no_state()
    {
        var actors = TestSupport.Analyze(Pledge + "The Ministry of Interior has set aside $3 million for shelters in Kenya, " +
                                         "Interior Minister Peter Otieno said. He said $1 million more would buy tents.\n").Actors;
        Assert.Equal("Japan", actors.Single(a => a.Name == "Peter Otieno").Affiliation);
    }

    [Fact]
    public void One_figure_in_a_states_currency_is_no_sign_the_text_counts_in_it()
    {
        var actors = TestSupport.Analyze(Pledge + "The Ministry of Interior said damage in Kenya could exceed KSh300 million, " +
                                         "Interior Minister Peter Otieno said. He said $1 million more would buy tents.\n").Actors;
        Assert.Equal("Japan", actors.Single(a => a.Name == "Peter Otieno").Affiliation);
    }

    [Fact]
    public void A_state_named_only_as_a_speaker_is_no_place()
    {
        var actors = TestSupport.Analyze("Japan pledged $5 million on Monday, Kenya said. Japan said the money would arrive soon, and Japan will send tents.\n\n" +
                                         "The Ministry of Interior has set aside KSh300 million for shelters, Interior Minister Peter Otieno said. " +
                                         "He said KSh40 million more would buy tents.\n").Actors;
        Assert.Equal("Japan", actors.Single(a => a.Name == "Peter Otieno").Affiliation);
    }

    [Fact]
    public void An_official_the_text_ties_to_a_state_keeps_it()
    {
        var actors = TestSupport.Analyze(Pledge + "Japan's Foreign Minister Taro Sato said KSh300 million had been set aside for shelters in Kenya. " +
                                         "Interior Minister Peter Otieno said KSh40 million more would buy tents.\n").Actors;
        Assert.Equal("Japan", actors.Single(a => a.Name == "Taro Sato").Affiliation);
        Assert.Equal("Kenya", actors.Single(a => a.Name == "Peter Otieno").Affiliation);
    }
}
