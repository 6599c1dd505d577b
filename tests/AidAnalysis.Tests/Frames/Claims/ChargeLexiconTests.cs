using System.Text;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The rejected-charge rule matches each charge noun and denial verb against one token, so it refuses an entry
/// that is not one word rather than never matching it.</summary>
public class ChargeLexiconTests
{
    private static Lexicon With(string file, string entries) =>
        Lexicon.Load(LanguageData.FromStreams(name => name == file ? new MemoryStream(Encoding.UTF8.GetBytes("# Source: a test fixture.\n" + entries)) : null, "fixture"));

    [Theory]
    [InlineData("charge-nouns.txt", "charge\nsmear campaign\n")]
    [InlineData("denial-verbs.txt", "denies\nbrushes-off\n")]
    public void An_entry_of_more_than_one_word_is_refused(string file, string entries)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RejectedChargeRule(With(file, entries), null!));
        Assert.Contains("not one word", error.Message);
    }

    [Fact]
    public void One_word_entries_are_taken() => Assert.NotNull(new RejectedChargeRule(With("charge-nouns.txt", "charge\nrumour\n"), null!));
}
