using System.Collections.Frozen;
using System.Collections.ObjectModel;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The gender words are looked up with the comparer of the table they come from, whatever kind of table it is.</summary>
public class GenderWordLookupTests
{
    private static readonly GenderWord Warden = new("wardeness", PersonGender.Female, GenderWordKind.Role);

    [Fact]
    public void A_table_that_compares_as_written_is_not_made_case_blind()
    {
        var frozen = new GenderWordLookup(new Dictionary<string, GenderWord> { [Warden.Word] = Warden }.ToFrozenDictionary(StringComparer.Ordinal));
        var wrapped = new GenderWordLookup(new ReadOnlyDictionary<string, GenderWord>(new Dictionary<string, GenderWord> { [Warden.Word] = Warden }));

        Assert.True(frozen.TryGetValue("wardeness", out _));
        Assert.False(frozen.TryGetValue("Wardeness", out _));
        Assert.True(wrapped.TryGetValue("wardeness", out _));
        Assert.False(wrapped.TryGetValue("Wardeness", out _));
    }

    [Fact]
    public void A_case_blind_table_stays_case_blind()
    {
        var frozen = new GenderWordLookup(new Dictionary<string, GenderWord> { [Warden.Word] = Warden }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        Assert.True(frozen.TryGetValue("Wardeness", out var entry));
        Assert.Equal(PersonGender.Female, entry.Gender);
    }
}
