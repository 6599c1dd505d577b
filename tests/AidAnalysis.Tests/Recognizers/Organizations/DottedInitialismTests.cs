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
}
