using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>The purpose after an amount, found on tokens and read off the text by their offsets; fixtures written for these tests.</summary>
public class PurposeTokenTests
{
    private static readonly PurposeAfter Purpose = new(new AttributeWords(Lexicon.Default));

    private static string? Of(string text)
    {
        var start = text.IndexOf('$', StringComparison.Ordinal);
        var amount = new Span(start, text.IndexOf(" million", start, StringComparison.Ordinal) + " million".Length);
        return Purpose.Of(TestSupport.Process(text).Tokens, amount, new Span(0, text.Length));
    }

    [Theory]
    [InlineData("Varnia gave $4 million to rebuild schools in the north, officials said.", "to rebuild schools in the north")]
    [InlineData("Varnia gave $4 million in support of clinics and roads.", "in support of clinics")]
    [InlineData("Varnia gave $4 million for 2,500 families (mostly farmers).", "for 2,500 families")]
    // A comma inside a number three characters on ends the purpose as any comma does, as the pattern before it did.
    [InlineData("Varnia gave $4 million for 1,000,000 families.", "for 1,000")]
    [InlineData("Varnia gave $4 million for 12,500 families.", "for 12,500 families")]
    [InlineData("Varnia gave $4 million on Monday aimed at easing hunger", "aimed at easing hunger")]
    public void The_purpose_runs_from_its_opener_to_the_first_break(string text, string purpose) => Assert.Equal(purpose, Of(text));

    [Theory]
    [InlineData("Varnia gave $4 million, mostly to rebuild schools.")]
    [InlineData("Varnia gave $4 million to a.")]
    [InlineData("Varnia gave $4 million in the first half of this very long and busy year to rebuild schools.")]
    public void No_opener_in_reach_or_no_body_gives_no_purpose(string text) => Assert.Null(Of(text));
}
