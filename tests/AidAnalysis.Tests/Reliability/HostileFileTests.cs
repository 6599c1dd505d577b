using System.Diagnostics;
using System.Net.Sockets;
using AidAnalysis.Corpus;
using AidAnalysis.Loading;
using AidAnalysis.Tests.Cli;

namespace AidAnalysis.Tests.Reliability;

/// <summary>Files that are not what their name says: devices, FIFOs, sockets, files that yield more than
/// their size, and HTML nested beyond reason. Each is refused with one line naming it; nothing hangs.</summary>
[Collection("console")]
public sealed class HostileFileTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-hostile-").FullName;
    // Open for the whole test: .NET removes a socket's file when the socket is closed.
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public void Dispose()
    {
        _socket.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(_dir, name);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private string Hostile(string kind)
    {
        switch (kind)
        {
            case "fifo":
                return Fifo("input-1.txt");
            case "device":
                var link = Path.Combine(_dir, "input-2.txt");
                File.CreateSymbolicLink(link, "/dev/zero");
                return link;
            default:
                var path = Path.Combine(_dir, "input-3.txt");
                _socket.Bind(new UnixDomainSocketEndPoint(path));
                return path;
        }
    }

    /// <summary>Runs the load on another thread; a FIFO that blocks it is opened for writing so the test can end.</summary>
    private static async Task<Exception?> LoadWithin(string path, long maxBytes = ArticleLoader.DefaultMaxBytes)
    {
        var load = Task.Run(() => new ArticleLoader { MaxBytes = maxBytes }.Load(path));
        var finished = await Task.WhenAny(load, Task.Delay(HangGuard));
        if (finished != load)
        {
            await using (new FileStream(path, FileMode.Open, FileAccess.Write)) { }
            Assert.Fail($"{path}: loading hung");
        }
        return await Record.ExceptionAsync(() => load);
    }

    [LinuxTheory]
    [InlineData("fifo", "is a FIFO")]
    [InlineData("device", "is a character device")]
    [InlineData("socket", "is a socket")]
    public async Task Only_regular_files_are_read(string kind, string named)
    {
        var path = Hostile(kind);
        var error = Assert.IsType<ArticleLoadException>(await LoadWithin(path, maxBytes: 1000));
        Assert.StartsWith(path, error.Message);
        Assert.Contains(named, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [LinuxFact]
    public async Task Reading_stops_at_the_limit_whatever_size_the_file_claims()
    {
        var link = Path.Combine(_dir, "maps.txt");
        File.CreateSymbolicLink(link, "/proc/self/maps");
        Assert.Equal(0, new FileInfo("/proc/self/maps").Length);
        var error = Assert.IsType<ArticleLoadException>(await LoadWithin(link, maxBytes: 100));
        Assert.Contains("exceeds the article size limit of 100 bytes", error.Message);
    }

    [Fact]
    public async Task A_hundred_thousand_nested_elements_are_refused_in_one_line()
    {
        var path = Path.Combine(_dir, "deep.html");
        File.WriteAllText(path, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "aid</body></html>");
        var clock = Stopwatch.StartNew();
        var error = Assert.IsType<ArticleLoadException>(await LoadWithin(path));
        Assert.Contains("nested more than", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("<p>")]
    [InlineData("<li>")]
    [InlineData("<br>")]
    [InlineData("<svg><path d='M0'/></svg>")]
    public void Elements_the_parser_closes_itself_do_not_count_as_depth(string repeated)
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(repeated + "Aid was pledged. ", 2000)) + "</article></body></html>";
        Assert.False(HtmlDepth.Exceeds(html, HtmlArticle.MaxDepth));
    }

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<b>")]
    [InlineData("<svg><foreignObject><div/>")]
    public void Elements_that_do_nest_count_as_depth(string repeated)
    {
        Assert.True(HtmlDepth.Exceeds(string.Concat(Enumerable.Repeat(repeated, 1000)), HtmlArticle.MaxDepth));
    }

    [LinuxFact]
    public void Corpus_add_names_every_bad_file_and_adds_the_rest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "articles")).FullName;
        File.Copy(TestSupport.SampleArticle, Path.Combine(folder, "good.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
        var fifo = Fifo(Path.Combine("articles", "pipe.txt"));
        File.WriteAllText(Path.Combine(folder, "deep.html"), string.Concat(Enumerable.Repeat("<div>", 100_000)));
        var db = Path.Combine(_dir, "corpus.duckdb");
        var run = Task.Run(() => CliRunner.Run("corpus", "add", folder, "--db", db));
        if (!run.Wait(HangGuard))
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write)) { }
            Assert.Fail("corpus add hung");
        }
        var (code, _, stderr) = run.Result;
        Assert.Equal(2, code);
        foreach (var name in new[] { "zero.txt", "pipe.txt", "deep.html" })
            Assert.Contains(stderr.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal) && line.Contains(name));
        Assert.DoesNotContain("AggregateException", stderr);
        using var store = CorpusStore.Open(db, readOnly: true);
        Assert.Equal(1, store.Count("articles"));
    }
}

/// <summary>A test of Linux file types (FIFOs, devices, /proc); skipped, saying so, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "file types are told apart on Linux only";
    }
}

public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "file types are told apart on Linux only";
    }
}
