using System.CommandLine;
using AidAnalysis.Rendering;

namespace AidAnalysis.Cli.Commands;

/// <summary>Hidden `browser-path`: prints the browser `brief` would use, or exits 2 with the install hint
/// (run.sh asks this instead of guessing which browser names to look for).</summary>
public static class BrowserPathCommand
{
    public static Command Create()
    {
        var browser = new Option<string?>("--browser") { Description = "Chromium executable to check" };
        var command = new Command("browser-path", "Print the browser used for PDFs") { browser };
        command.Hidden = true;
        command.SetAction(result =>
        {
            try
            {
                Console.Out.WriteLine(BrowserLocator.Locate(result.GetValue(browser)));
                return ExitCodes.Ok;
            }
            catch (BrowserNotFoundException e)
            {
                throw new CliException(e.Message);
            }
        });
        return command;
    }
}
