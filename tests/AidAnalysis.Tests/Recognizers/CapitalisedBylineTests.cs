using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Wire bylines in capitals that run on into the outlet's name ("By X Y and Z W Associated Press").</summary>
public class CapitalisedBylineTests
{
    [Fact]
    public void Each_author_of_a_capitalised_byline_before_the_outlet_is_a_person()
    {
        const string text = "Convoy reaches the valley\n\nBy NORA VANCE and TOMAS EKLUND Associated Press\n\n" +
                             "AMMAN (AP) — Forty trucks reached the valley on Sunday, officials said.";
        var people = TestSupport.Analyze(text).Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).ToArray();
        Assert.Contains("NORA VANCE", people);
        Assert.Contains("TOMAS EKLUND", people);
    }
}
