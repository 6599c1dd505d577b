using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Which speaker a pronoun or description points to: gender the text shows, the byline author never, groups for
/// "they" and "it", the organisation named before for "the charity".</summary>
public class ClaimPronounTests
{
    private static IReadOnlyList<Claim> Claims(string text) => TestSupport.Analyze(text).Claims;

    private static Claim ClaimWith(string text, string fragment) =>
        Assert.Single(Claims(text), c => c.Text.Contains(fragment, StringComparison.Ordinal));

    /// <summary>She skips a nearer man with a male given name; he skips a woman titled Mrs; a "he" resolved before rules
    /// the person out for a later "she"; "they" points to a plural unnamed speaker nearer than a named organisation, "it"
    /// to a singular one; "he" to a singular unnamed speaker earlier in its own sentence rather than a person named before;
    /// "the charity" to the charity named before, but "the company" not to a UN agency.</summary>
    [Theory]
    [InlineData("Nancy Vell, the harbour master, met Peter Aldane on Friday. Aldane said the bridge was closed. She said the ferries had resumed.",
        "ferries had resumed", "Nancy Vell")]
    [InlineData("Minister Arvo Kesk visited the camp. Lena Brandt, a nurse who lost her home in the flood, said the school was gone. \"We have nothing left,\" she said.",
        "We have nothing left", "Lena Brandt")]
    [InlineData("Peter Aldane toured the depot with Mrs Orlova on Friday. Mrs Orlova said the fuel was late. He said the pumps were dry.",
        "pumps were dry", "Peter Aldane")]
    [InlineData("Jean Morel opened the hearing in Tarvik. He said the port was open. Kim Arden attended too. Morel thanked the crews. She said the roads were clear.",
        "roads were clear", "Kim Arden")]
    [InlineData("Save the Children criticised the budget. Local residents said it was too small. They argued that the cut broke a promise.",
        "the cut broke a promise", "Local residents")]
    [InlineData("The agency said the camp was full. It added that new tents would arrive on Sunday.",
        "new tents would arrive", "The agency")]
    [InlineData("Police said the road was blocked. They added that the snow would melt by Friday.",
        "snow would melt", "Police")]
    [InlineData("Minister Arvo Kesk said the budget was tight. A senior diplomat in Tarvik, who asked not to be named, suggested that pledges often ran ahead of payments, though he said this was common among donors.",
        "common among donors", "A senior diplomat")]
    [InlineData("Save the Children criticised the plan. The charity added that schools in Tarvik would close.",
        "schools in Tarvik", "Save the Children")]
    [InlineData("UNICEF criticised the plan. The company said that schools in Tarvik would close.",
        "schools in Tarvik", "The company")]
    public void A_pronoun_points_to_a_speaker_of_its_gender_and_number(string text, string fragment, string speaker) =>
        Assert.Equal(speaker, ClaimWith(text, fragment).Speaker);

    /// <summary>A person right before or after a reporting cue is the subject of their clause though others' words open the
    /// sentence: after a quote ("..., said X of Y"), after "according to", in apposition before the cue ("the envoy, X,
    /// welcomed"), after a title run ("Fund president Dr X said"); a "he" then points to them rather than to an earlier
    /// sentence subject. A name inside an aside ("X, speaking alongside Y, thanked") is not the subject, nor one after an
    /// inverted cue that is no plain verb of saying ("..., thanking Y").</summary>
    [Theory]
    [InlineData("Minister Arvo Kesk opened the depot on Monday. \"The roads are open,\" said Peter Aldane of the Tarvik Relief Fund. He said the trucks would leave on Friday.",
        "trucks would leave", "Peter Aldane")]
    [InlineData("Peter Aldane opened the depot on Monday. Tarvik's envoy to the region, Jon Mikkel, welcomed the plan. \"Every truck matters,\" he said.",
        "Every truck matters", "Jon Mikkel")]
    [InlineData("Peter Aldane opened the depot on Monday. Relief Fund president Dr Jon Mikkel said the stores were full. \"We need more trucks,\" he said.",
        "We need more trucks", "Jon Mikkel")]
    [InlineData("Peter Aldane opened the depot on Monday. The camp will close in May, according to Jon Mikkel, the fund's deputy head. \"We have no more tents,\" he told reporters.",
        "We have no more tents", "Jon Mikkel")]
    [InlineData("Peter Aldane, speaking alongside Jon Mikkel, thanked the donors. He said the trucks would leave on Friday.",
        "trucks would leave", "Peter Aldane")]
    [InlineData("Peter Aldane, the fund's envoy, spoke in Tarvik on Monday, thanking David Mikkel for his work. He said the grant of $2 million would arrive soon.",
        "would arrive soon", "Peter Aldane")]
    public void A_pronoun_points_to_the_person_speaking_at_a_cue(string text, string fragment, string speaker) =>
        Assert.Equal(speaker, ClaimWith(text, fragment).Speaker);

    [Fact]
    public void He_never_points_to_the_byline_author()
    {
        var claims = Claims("By Peter Aldane\n\nThe ferry to Tarvik resumed on Monday.\n\nThe crossing will run twice a day, he said.\n");
        Assert.DoesNotContain(claims, c => c.Speaker == "Peter Aldane");
    }
}
