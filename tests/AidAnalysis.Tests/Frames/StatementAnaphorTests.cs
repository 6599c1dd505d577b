namespace AidAnalysis.Tests.Frames;

/// <summary>"..., the statement said": a statement named shortly before speaks again for whoever issued it.</summary>
public class StatementAnaphorTests
{
    private static string SpeakerOf(string text, string fragment) =>
        Assert.Single(TestSupport.Analyze(text).Claims, c => c.Text.Contains(fragment, StringComparison.Ordinal)).Speaker;

    [Theory]
    [InlineData("The Korvalan Relief Fund said in a statement that it would open two clinics. The clinics will serve 4,000 families, the statement said.", "4,000 families", "Korvalan Relief Fund")]
    [InlineData("Pipes were repaired in four towns, according to a statement from the Norwegian Refugee Council. Another six towns will follow in May, the statement said.", "six towns", "Norwegian Refugee Council")]
    [InlineData("The Tavira Development Bank said in a statement that the loan was approved. \"This is a start,\" said Mira Osk, a farmer. The clinics will serve 4,000 families, the statement said.", "4,000 families", "Tavira Development Bank")]
    public void The_statement_speaks_for_its_issuer(string text, string fragment, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text, fragment));

    [Theory]
    [InlineData("The clinics will serve 4,000 families, the statement said.")]
    [InlineData("The Korvalan Relief Fund opened a clinic in May. The clinics will serve 4,000 families, the statement said.")]
    [InlineData("The Korvalan Relief Fund said in a statement that it would open two clinics. The roads were bad. The rains came early. The river rose. Two bridges fell. The clinics will serve 4,000 families, the statement said.")]
    public void A_statement_with_no_issuer_near_is_left_alone(string text) =>
        Assert.Equal("the statement", SpeakerOf(text, "4,000 families"));
}
