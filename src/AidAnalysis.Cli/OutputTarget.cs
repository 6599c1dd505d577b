namespace AidAnalysis.Cli;

/// <summary>Checks, before any work, that an output can be written where the user asked, so the error names
/// that path (not the temporary file an atomic write goes through) and nothing is left half-done.</summary>
public static class OutputTarget
{
    /// <summary>A folder to write per-article outputs into (created when missing).</summary>
    public static void CheckFolder(string folder, string option)
    {
        if (File.Exists(folder)) throw new CliException($"{folder}: is a file; {option} names a folder to write into");
        Probe(folder, folder);
    }

    /// <summary>A file to write (its folder created when missing).</summary>
    public static void CheckFile(string file)
    {
        if (Directory.Exists(file)) throw new CliException($"{file}: is a folder; give a file name");
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (File.Exists(folder)) throw new CliException($"{file}: {folder} is a file, not a folder");
        Probe(folder, file);
    }

    private static void Probe(string folder, string named)
    {
        try
        {
            Directory.CreateDirectory(folder);
            using var probe = new FileStream(Path.Combine(folder, $".aid-write-check-{Guid.NewGuid():N}"),
                FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{named}: cannot write there ({Reason(e)})");
        }
    }

    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "folder not found",
        // .NET's Unix messages end with " : '<path>'", here the probe's name.
        _ => e.Message.Split(" : '")[0].ReplaceLineEndings(" "),
    };
}
