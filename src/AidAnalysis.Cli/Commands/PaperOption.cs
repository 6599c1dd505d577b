using System.CommandLine;
using AidAnalysis.Brief;

namespace AidAnalysis.Cli.Commands;

/// <summary>`--paper A4|Letter`, refusing other values by listing the valid ones.</summary>
public static class PaperOption
{
    public static Option<Paper> Create() => new("--paper")
    {
        Description = $"Paper size: {string.Join(" or ", Enum.GetNames<Paper>())}",
        DefaultValueFactory = _ => Paper.A4,
        CustomParser = result =>
        {
            var value = result.Tokens[0].Value;
            if (Enum.TryParse<Paper>(value, ignoreCase: true, out var paper) && Enum.IsDefined(paper) && !char.IsAsciiDigit(value[0])) return paper;
            result.AddError($"--paper: '{value}' is not a paper size (use {string.Join(" or ", Enum.GetNames<Paper>())})");
            return default;
        },
    };
}
