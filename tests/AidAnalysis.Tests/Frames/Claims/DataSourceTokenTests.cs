using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The data-source readers on the token layer, each on an invented sentence.</summary>
public class DataSourceTokenTests
{
    private static readonly DataSourceRule Rule = new(Lexicon.Default);

    [Theory]
    [InlineData("The pier lost half its boats, harbour board figures show.", "harbour board", "figures show", "The pier lost half its boats")]
    [InlineData("The pier lost 1,500 boats, board data suggest!", "board", "data suggest", "The pier lost 1,500 boats")]
    [InlineData("The pier, the quay and the dock lost boats, official estimates indicate.", "official", "estimates indicate", "The pier, the quay and the dock lost boats")]
    [InlineData("The pier lost boats, the board: figures show.", null, null, null)]
    [InlineData("The pier lost boats, board figures show it.", null, null, null)]
    [InlineData("The pier lost boats, board Figures show.", null, null, null)]
    [InlineData("The pier lost boats,board figures show.", null, null, null)]
    public void A_final_data_source_closes_the_sentence(string text, string? owner, string? cue, string? statement) =>
        AssertFound(text, Rule.Final(TestSupport.Process(text).Tokens, new Span(0, text.Length)), owner, cue, statement);

    [Theory]
    [InlineData("Figures from the harbour board show that the pier lost boats.", "the harbour board", "Figures from the harbour board show", "the pier lost boats")]
    [InlineData("In May, data by the board indicate the pier lost boats.", "the board", "data by the board indicate", "the pier lost boats")]
    [InlineData("Statistics of a show show that the pier lost boats.", "a show", "Statistics of a show show", "the pier lost boats")]
    [InlineData("Metadata from the board show that the pier lost boats.", null, null, null)]
    [InlineData("Figures from the board, the port show that the pier lost boats.", null, null, null)]
    [InlineData("Figures from X show that the pier lost boats.", null, null, null)]
    public void An_opening_data_source_precedes_its_statement(string text, string? owner, string? cue, string? statement) =>
        AssertFound(text, Rule.Opening(TestSupport.Process(text).Tokens, new Span(0, text.Length)), owner, cue, statement);

    private static void AssertFound(string text, DataSourceRule.Found? found, string? owner, string? cue, string? statement)
    {
        Assert.Equal(owner, found is { } f ? text[f.Owner.Start..f.Owner.End] : null);
        Assert.Equal(cue, found is { } g ? text[g.Cue.Start..g.Cue.End] : null);
        Assert.Equal(statement, found is { } h ? text[h.Statement.Start..h.Statement.End] : null);
    }
}
