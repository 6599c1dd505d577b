using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Lower-case particles inside a person's name ("al-", "bin", "dos", "van der", "de la") belong to the name, wherever
/// the name is read: after a title, before or after a reporting verb, before an aside.</summary>
public class NameParticleTests
{
    [Theory]
    [InlineData("Aid envoy Joost van der Meulen said the trucks would leave in May.", "Joost van der Meulen")]
    [InlineData("\"The wells are dry,\" said Lucia da Costa Menezes, who runs the clinic.", "Lucia da Costa Menezes")]
    [InlineData("Renata dos Reis said the shelters were full.", "Renata dos Reis")]
    [InlineData("\"We will rebuild,\" said Faisal bin Nasser, the council's chairman.", "Faisal bin Nasser")]
    [InlineData("\"The road is open,\" Tariq al-Hamdani, the governor, said.", "Tariq al-Hamdani")]
    [InlineData("Housing Minister Carmen Ibarra de la Vega said the homes were ready.", "Carmen Ibarra de la Vega")]
    public void A_name_with_particles_is_one_speaking_person(string text, string name)
    {
        var analysis = TestSupport.Analyze(text);
        Assert.Contains(analysis.Actors, a => a.Name == name && a.Kind == ActorKind.Person);
        Assert.Contains(analysis.Claims, c => c.Speaker == name);
    }

    [Theory]
    [InlineData("On Monday the Honourable Marie Tremblay-Roy, Minister of Agriculture, announced $12 million for Kessa.", "Marie Tremblay-Roy")]
    public void A_name_after_a_commonwealth_style_honorific_speaks(string text, string name)
    {
        Assert.Contains(TestSupport.Analyze(text).Claims, c => c.Speaker == name);
    }
}
