using System.Buffers;
using AidAnalysis.Text;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>The hand-written search finds what the framework's search over "every other ASCII character" finds.</summary>
public class CapitalSearchTests
{
    private static int Reference(ReadOnlySpan<char> text, char also) =>
        text.IndexOfAnyExcept(SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c)
            .Where(c => !char.IsAsciiLetterUpper(c) && c != also).ToArray()));

    [Theory]
    [InlineData("a quiet morning", 't', 6)]
    [InlineData("plain lower-case words only", 'A', -1)]
    [InlineData("no capital until the ninth: Zed", 'A', 28)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789@[`{", 'A', -1)]
    [InlineData("eight ch\u2019s", 'A', 8)]
    [InlineData("seven!Q", 'A', 6)]
    [InlineData("", 'A', -1)]
    public void Finds_the_first_capital_non_ascii_character_or_the_extra_one(string text, char also, int expected)
    {
        Assert.Equal(expected, CapitalSearch.IndexOfCapitalOrNonAscii(text, also));
        Assert.Equal(expected, Reference(text, also));
    }

    [Fact]
    public void Agrees_with_the_framework_search_at_every_position_and_length()
    {
        var characters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char[' ', '@'], Gen.Char['A', 'Z'], Gen.Char['[', '`'], Gen.Char['{', '\u00ff'], Gen.Char['\u2000', '\u2030']);
        Gen.Select(Gen.String[characters, 0, 70], Gen.OneOf(Gen.Const('t'), Gen.Const('A'))).Sample((text, also) =>
        {
            for (var from = 0; from <= text.Length; from++)
                if (CapitalSearch.IndexOfCapitalOrNonAscii(text.AsSpan(from), also) != Reference(text.AsSpan(from), also)) return false;
            return true;
        });
    }
}
