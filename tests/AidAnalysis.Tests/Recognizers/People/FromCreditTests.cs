using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>A credit line opening with "With" names its contributors after "from" ("--With assistance from X").</summary>
public class FromCreditTests
{
    private const string Story = "Port reopens for grain ships\n\nDALMERA (Reuters) - The port reopened on Friday, officials said.\n\n";

    [Theory]
    [InlineData("--With assistance from Ilse Varnholm.")]
    [InlineData("(With inputs from Ilse Varnholm in Korva)")]
    public void A_contributor_credited_after_from_is_a_person(string credit)
    {
        var people = TestSupport.Analyze(Story + credit).Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name);
        Assert.Contains("Ilse Varnholm", people);
    }

    [Fact]
    public void Assistance_from_inside_a_sentence_credits_no_one()
    {
        var people = TestSupport.Analyze(Story + "The town asked for assistance from Ilse Varnholm on Friday.").Actors
            .Where(a => a.Kind == ActorKind.Person).Select(a => a.Name);
        Assert.DoesNotContain("Ilse Varnholm", people);
    }
}
