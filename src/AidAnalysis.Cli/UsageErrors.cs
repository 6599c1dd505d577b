using System.CommandLine;
using System.CommandLine.Parsing;

namespace AidAnalysis.Cli;

/// <summary>One line for a command line that does not parse, with a "did you mean" for a near miss
/// ('analyse', 'corpus ad', '--fromat'); null when the command line is fine.</summary>
public static class UsageErrors
{
    public static string? Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (parse.UnmatchedTokens.FirstOrDefault() is { } unmatched)
            return unmatched.StartsWith('-') ? UnknownOption(unmatched, parse) : UnknownCommand(unmatched, command);
        // An unknown option after a file argument is taken as one more file name.
        var optionLike = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => LooksLikeOption(v) && !File.Exists(v) && !Directory.Exists(v));
        if (optionLike is not null) return UnknownOption(optionLike, parse);
        return parse.Errors.Count > 0 ? parse.Errors[0].Message.ReplaceLineEndings(" ") : null;
    }

    /// <summary>'-x', '--name' or '--name=value': a dash or two, an ASCII letter, then letters, digits and dashes up to
    /// an optional '=' and anything after it. Checked by hand rather than with a regex, whose construction cost every
    /// start of the CLI tens of milliseconds of CPU.</summary>
    public static bool LooksLikeOption(string value)
    {
        var start = value.StartsWith("--", StringComparison.Ordinal) ? 2 : value.StartsWith('-') ? 1 : 0;
        if (start == 0 || start >= value.Length || !char.IsAsciiLetter(value[start])) return false;
        for (var i = start + 1; i < value.Length && value[i] != '='; i++)
            if (!char.IsAsciiLetterOrDigit(value[i]) && value[i] != '-') return false;
        return true;
    }

    private static string UnknownCommand(string token, Command command)
    {
        if (command.Subcommands.Count == 0) return $"unexpected argument '{token}' for '{command.Name}'";
        var names = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        var where = command.Parents.Any() ? $" of '{command.Name}'" : "";
        return $"unknown command '{token}'{where}" + Suggestion(token, names)
            + $" (commands: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))})";
    }

    private static string UnknownOption(string token, ParseResult parse)
    {
        var name = token.Split('=', 2)[0];
        var options = parse.CommandResult.Command.Options
            .Concat(AncestorsOf(parse.CommandResult).SelectMany(c => c.Options.Where(o => o.Recursive)));
        var names = options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
        return $"unknown option '{name}' for '{parse.CommandResult.Command.Name}'" + Suggestion(name, names);
    }

    private static IEnumerable<Command> AncestorsOf(CommandResult result)
    {
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
            yield return parent.Command;
    }

    private static string Suggestion(string token, IEnumerable<string> candidates)
    {
        var best = candidates.Distinct()
            .Select(c => (Name: c, Distance: EditDistance.Between(token.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, c.Name.TrimStart('-').Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? "" : $"; did you mean '{best.Name}'?";
    }
}
