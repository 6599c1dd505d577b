using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>A known name whose opening initialism is written with full stops ("U.N. Development Programme") is that
/// organisation.</summary>
public class DottedInitialismTests
{
    [Fact]
    public void A_dotted_opening_initialism_reads_as_the_known_name()
    {
        var actors = TestSupport.Analyze("Seed was bought through the U.N. Development Programme, the ministry said.").Actors;
        Assert.Contains(actors, a => a.Kind == ActorKind.Organization && a.Name == "UN Development Programme");
    }

    [Fact]
    public void The_undotted_name_is_still_found()
    {
        var actors = TestSupport.Analyze("Seed was bought through the UN Development Programme, the ministry said.").Actors;
        Assert.Contains(actors, a => a.Kind == ActorKind.Organization && a.Name == "UN Development Programme");
    }

    [Theory]
    [InlineData("Seed was bought through the UNDev. Programme, the ministry said.")]
    [InlineData("Seed was bought through the UN. Development Programme, the ministry said.")]
    [InlineData("Seed was bought through the U.N Development Programme, the ministry said.")]
    public void Full_stops_elsewhere_than_after_each_initial_make_no_match(string text)
    {
        var actors = TestSupport.Analyze(text).Actors;
        Assert.DoesNotContain(actors, a => a.Name == "UN Development Programme");
    }
}
