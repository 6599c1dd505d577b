using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The backward title reading before a name reads past a few marks between words, and stops at a long run of them.</summary>
public class TitleMarkRunTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static bool Titled(string before) =>
        TitleHolders.LastWordsHold(Tokenizer.Tokenize(before + "Ada Quill", []).Tokens, before.Length, 4, "chief");

    [Fact]
    public void A_few_marks_between_the_title_and_the_name_are_read_past() => Assert.True(Titled("the relief chief / & * "));

    [Fact]
    public void A_long_run_of_marks_ends_the_reading() => Assert.False(Titled("the relief chief " + string.Concat(Enumerable.Repeat("* ", 40))));
}
