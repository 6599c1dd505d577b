namespace AidAnalysis.Tests.Frames;

/// <summary>"sowed the seeds of unrest": a figure verb before the item and "of" after it make the item a figure of speech,
/// no goods (aid-item-words.tsv, figure-verb). Invented sentences.</summary>
public class AidItemFigureTests
{
    private static string[] Items(string text) => [.. TestSupport.Process("Aid\n\n" + text).AidItems.Select(i => i.Item)];

    [Theory]
    [InlineData("The cuts sowed the seeds of unrest, and Chile sent tents to Peru.", "shelter")]
    [InlineData("Years of delay planted seeds of doubt among donors before Chile shipped blankets to Peru.", "blankets")]
    [InlineData("Critics say the cuts have sown the seeds of anger, although Chile sent generators to Peru.", "generators")]
    public void Sown_seeds_of_something_are_no_item(string text, string goods) => Assert.Equal([goods], Items(text));

    [Theory]
    [InlineData("Farmers sowed the seeds that Chile delivered to Peru.")]
    [InlineData("Chile delivered seeds of drought-tolerant maize to Peru.")]
    public void Seeds_sown_or_seeds_of_a_crop_stay(string text) => Assert.Contains("seeds", Items(text));
}
