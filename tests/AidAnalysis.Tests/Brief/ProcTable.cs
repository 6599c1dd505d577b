namespace AidAnalysis.Tests.Brief;

/// <summary>Reads Linux's /proc: the process tree under a pid, and whether a process still runs.</summary>
internal static class ProcTable
{
    /// <summary>A process as seen once: its start time tells it apart from a later process that reuses the pid.</summary>
    public sealed record Entry(int Pid, int ParentPid, string StartTime, string Command)
    {
        public string? ProfileFolder =>
            Command.Split(' ').FirstOrDefault(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))?["--user-data-dir=".Length..];
    }

    public static IReadOnlyList<Entry> Descendants(int pid)
    {
        var all = Snapshot();
        var found = new List<Entry>();
        var parents = new HashSet<int> { pid };
        for (var grew = true; grew;)
        {
            var next = all.Where(e => parents.Contains(e.ParentPid) && !parents.Contains(e.Pid)).ToList();
            found.AddRange(next);
            foreach (var e in next) parents.Add(e.Pid);
            grew = next.Count > 0;
        }
        return found;
    }

    /// <summary>Still running: the same process (same start time) exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsRunning(Entry entry)
    {
        var now = Read(entry.Pid);
        return now is not null && now.StartTime == entry.StartTime && State(entry.Pid) is not ('Z' or 'X');
    }

    /// <summary>The environment a process was started with.</summary>
    public static IReadOnlyDictionary<string, string> Environment(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .GroupBy(kv => kv[0])
            .ToDictionary(g => g.Key, g => g.Last()[1]);

    private static List<Entry> Snapshot() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Read(pid) : null)
            .OfType<Entry>()
            .ToList();

    private static Entry? Read(int pid)
    {
        try
        {
            var fields = StatFields(pid);
            var command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return new Entry(pid, int.Parse(fields[1]), fields[19], command);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static char? State(int pid)
    {
        try { return StatFields(pid)[0][0]; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The fields after the command name, which may itself hold spaces and parentheses: [0] state, [1] ppid, [19] start time.</summary>
    private static string[] StatFields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }
}
