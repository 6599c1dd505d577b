using AidAnalysis.Text;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary><see cref="NameEndings"/> replaced a test of each entry as a string ending of the name after a space
/// (StateLevelRecipient's force heads); the property test keeps that as its reference.</summary>
public class NameEndingsTests
{
    private static readonly NameEndings Heads = new(["army", "central bank", "coast guard"]);

    [Theory]
    [InlineData("Varnian army")]
    [InlineData("Bank of Quell Central Bank")]
    [InlineData("the Tolby Coast Guard")]
    public void A_name_ending_in_an_entry_after_a_word_of_its_own_ends_in_it(string name) => Assert.True(Heads.End(name));

    [Theory]
    [InlineData("army")]
    [InlineData("central bank")]
    [InlineData("Varnian armyworm")]
    [InlineData("Quell bank")]
    [InlineData("army of Tolby")]
    public void Entries_alone_inside_words_or_cut_short_are_not_endings(string name) => Assert.False(Heads.End(name));

    private static readonly string[] Words = ["army", "ARMY", "central", "bank", "Bank", "coast", "guard", "x", "", "armyx"];

    [Fact]
    public void It_answers_as_the_string_ending_it_replaced()
    {
        var entries = new[] { "army", "central bank", "coast guard" };
        Gen.Int[0, Words.Length - 1].Select(i => Words[i]).Array[0, 5].Select(w => string.Join(' ', w)).Sample(name =>
            Heads.End(name) == entries.Any(head => name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly string[] Pieces = ["army", "Army", "central", "BANK", "bank", "coast", "guard", "x", "", " ", "armyx", "Ärmy", "ı"];

    /// <summary>End read the name without splitting it; before, it split the name at every space and compared the last words.</summary>
    [Fact]
    public void It_answers_as_the_word_split_it_replaced()
    {
        var entries = new[] { "army", "central bank", "coast guard" };
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 6].Select(w => string.Join(' ', w)).Sample(name =>
            Heads.End(name) == Split(entries, name), iter: 20_000);
    }

    private static bool Split(string[] entries, string name)
    {
        var words = name.Split(' ');
        foreach (var entry in entries.Select(e => e.Split(' ')))
            if (words.Length > entry.Length && words.AsSpan(words.Length - entry.Length).SequenceEqual(entry, StringComparer.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
