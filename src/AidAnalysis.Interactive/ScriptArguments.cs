using AidAnalysis.Corpus;
using AidAnalysis.Loading;

namespace AidAnalysis.Interactive;

/// <summary>Thrown for a command line the script cannot use; reported as one line with exit code 2.</summary>
public sealed class ScriptUsageException(string message) : Exception(message);

/// <summary>
/// The command line of a notebook's file-based twin: the notebook's parameters as `--name value`, the
/// first also accepted as a positional argument. Given relative paths are the caller's; defaults are
/// the notebook's, relative to the script's folder as they are to the notebook's.
/// </summary>
public sealed record ScriptArguments(IReadOnlyDictionary<string, string> Values)
{
    public string this[string name] => Values[name];

    /// <param name="parameters">Name and default (a path relative to <paramref name="scriptDirectory"/>) of each parameter.</param>
    public static ScriptArguments Parse(string[] args, string scriptDirectory, params (string Name, string Default)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => Path.GetFullPath(p.Default, scriptDirectory), StringComparer.Ordinal);
        var positionalTaken = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                if (!values.ContainsKey(name))
                    throw new ScriptUsageException($"unknown option '{args[i]}' (options: {string.Join(", ", parameters.Select(p => "--" + p.Name))})");
                if (i + 1 >= args.Length) throw new ScriptUsageException($"{args[i]} needs a value");
                values[name] = Path.GetFullPath(args[++i]);
            }
            else if (!positionalTaken)
            {
                values[parameters[0].Name] = Path.GetFullPath(args[i]);
                positionalTaken = true;
            }
            else throw new ScriptUsageException($"unexpected argument '{args[i]}'");
        }
        return new ScriptArguments(values);
    }

    /// <summary>The folder of the running file-based app (dotnet run file.cs), else the working directory.</summary>
    public static string ScriptDirectory() =>
        AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;

    /// <summary>Runs a script body with the CLI's conventions: one error line, exit 2 for bad input, 1 for a failure.</summary>
    public static async Task<int> RunAsync(Func<Task> body)
    {
        try
        {
            await body();
            return 0;
        }
        catch (Exception e) when (e is ScriptUsageException or ArticleLoadException or CorpusException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return 2;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
