using System.Text.RegularExpressions;
using AidAnalysis.Cli;
using CsCheck;

namespace AidAnalysis.Tests.Cli;

/// <summary>Which file arguments read as a mistyped option: the hand-written check against the regex it replaced.</summary>
public sealed class OptionShapeTests
{
    [Theory]
    [InlineData("-q", true)]
    [InlineData("--colour", true)]
    [InlineData("--page-size=B5", true)]
    [InlineData("--x2=", true)]
    [InlineData("-z=a=b\nc", true)]
    [InlineData("--a-", true)]
    [InlineData("-", false)]
    [InlineData("--", false)]
    [InlineData("---zz", false)]
    [InlineData("-7", false)]
    [InlineData("--9lives", false)]
    [InlineData("--é", false)]
    [InlineData("--na_me", false)]
    [InlineData("--nam e", false)]
    [InlineData("notes.txt", false)]
    [InlineData("x-y", false)]
    [InlineData("", false)]
    public void Reads_dashes_a_letter_then_a_name_and_an_optional_value(string value, bool expected) =>
        Assert.Equal(expected, UsageErrors.LooksLikeOption(value));

    private static readonly Regex Replaced = new(@"\A--?[A-Za-z][A-Za-z0-9-]*(?:=.*)?\z", RegexOptions.NonBacktracking | RegexOptions.Singleline);

    [Fact]
    public void Agrees_with_the_regex_it_replaced_on_random_arguments() =>
        Gen.String[Gen.Char["-=aZ9_ .\né\u212A"], 0, 8].Sample(value =>
            Assert.Equal(Replaced.IsMatch(value), UsageErrors.LooksLikeOption(value)), iter: 20_000);
}
