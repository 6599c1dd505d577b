using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>A word set is ordinal, either as written or ignoring case; which of the two is the one choice it offers.</summary>
public class WordSetCaseSensitiveTests
{
    [Fact]
    public void A_case_sensitive_set_finds_a_word_only_as_written()
    {
        var set = new WordSet(["Quartermaster"], caseSensitive: true);
        Assert.True(set.Contains("Quartermaster".AsSpan()));
        Assert.False(set.Contains("quartermaster".AsSpan()));
    }
}
