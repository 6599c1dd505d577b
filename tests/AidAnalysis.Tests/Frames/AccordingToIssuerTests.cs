namespace AidAnalysis.Tests.Frames;

/// <summary>"according to <document> issued by X": only a document or data noun (or a participle that takes only texts) makes
/// the agent the issuer, and a time adjunct that closes the source phrase dates the statement, it names no part of the source.</summary>
public class AccordingToIssuerTests
{
    private static string Speaker(string text) => Assert.Single(TestSupport.Analyze(text).Claims).Speaker;

    [Theory]
    [InlineData("Relief spending in Tavira rose, according to the 2026 report published by the Korvalan Relief Agency.", "Korvalan Relief Agency")]
    [InlineData("According to a memo issued by the relief office last week, the camps were full.", "the relief office")]
    [InlineData("Fuel ran out, according to figures compiled by the Korvalan Relief Agency two weeks ago.", "Korvalan Relief Agency")]
    [InlineData("The convoy left the depot, according to the army in March.", "the army")]
    [InlineData("Prices rose sharply, according to local officials on Monday.", "local officials")]
    public void The_issuer_of_a_document_speaks_without_the_time_adjunct(string text, string speaker) =>
        Assert.Equal(speaker, Speaker(text));

    /// <summary>A person released by a body is the source, not the body; a place after the source is part of its name.</summary>
    [Theory]
    [InlineData("The convoy reached the valley, according to a soldier released by the army in March.", "a soldier")]
    [InlineData("The roads were mined, according to a hostage released by the rebels on Friday.", "a hostage")]
    [InlineData("Food stocks ran low, according to the aid office in Tavira.", "the aid office in Tavira")]
    public void A_released_person_or_a_place_is_left_alone(string text, string speaker) =>
        Assert.Equal(speaker, Speaker(text));

    /// <summary>A statement, release or website speaks for the body that issued it: the body after "from" or "by", the owner of
    /// a possessive, or the organisation a modifying noun names.</summary>
    [Theory]
    [InlineData("The Korvalan Relief Fund opened an office in Tavira. Grants rose by a third, according to a statement from the fund.", "Korvalan Relief Fund")]
    [InlineData("The Tavira Development Bank approved a loan in May. The loan runs ten years, according to the Bank's website.", "Tavira Development Bank")]
    [InlineData("The Ministry of Water Supply met donors on Monday. Pipes were repaired in four towns, according to a ministry statement.", "Ministry of Water Supply")]
    [InlineData("According to a statement by the Norwegian Refugee Council, the camps were full.", "Norwegian Refugee Council")]
    public void A_statement_speaks_for_its_issuer(string text, string speaker) =>
        Assert.Equal(speaker, Speaker(text));

    /// <summary>A statement with no named issuer, or a report (a source of its own), keeps its phrase.</summary>
    [Theory]
    [InlineData("Wells dried up, according to a joint statement.", "a joint statement")]
    [InlineData("The Korvalan Relief Fund opened an office. Prices rose, according to the fund's annual report.", "the fund's annual report")]
    [InlineData("Roads were closed, according to a statement from the mayor.", "a statement from the mayor")]
    // "bank" names no kind of public body: an account's record, not the bank's word.
    [InlineData("The Tavira Development Bank froze a grant. A charity received $2,000, according to a bank statement seen by reporters.", "a bank statement")]
    public void A_statement_without_an_issuer_or_a_report_is_left_alone(string text, string speaker) =>
        Assert.Equal(speaker, Speaker(text));
}
