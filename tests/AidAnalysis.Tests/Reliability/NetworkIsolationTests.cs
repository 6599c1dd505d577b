using AidAnalysis.Rendering;
using AidAnalysis.Tests.Brief;
using UglyToad.PdfPig;

namespace AidAnalysis.Tests.Reliability;

/// <summary>
/// The brief's browser never reaches the network. The real CLI runs in a network namespace that has
/// only loopback, under strace, so every connect/send of the whole process tree is recorded, including
/// the attempts that fail because there is no route (a listener alone would never see those).
/// </summary>
public class NetworkTraceTests
{
    [Fact]
    public void Public_addresses_are_flagged_in_every_form_strace_writes()
    {
        string[] lines =
        [
            """91 connect(91, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = -1 ENETUNREACH (Network is unreachable)""",
            """92 connect(25, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>""",
            """93 sendto(7, "\1\0", 2, 0, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("8.8.8.8")}, 16) = 2""",
            """94 sendmsg(8, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.168.1.1")}, msg_namelen=16, msg_iov=[], msg_iovlen=0}, 0) = 0""",
            """95 connect(9, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL)}, 20) = 0""",
        ];
        Assert.Equal(lines, NetworkTrace.OffMachine(lines));
    }

    [Fact]
    public void Loopback_unix_and_kernel_sockets_pass()
    {
        string[] lines =
        [
            """10 connect(24, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)""",
            """11 connect(5, {sa_family=AF_INET6, sin6_port=htons(46799), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6_addr), sin6_scope_id=0}, 28) = 0""",
            """12 connect(6, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0""",
            """13 connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = -1 ENOENT (No such file or directory)""",
            """14 sendto(31, [{nlmsg_len=17, nlmsg_type=RTM_GETADDR}, {ifa_family=AF_UNSPEC}], 17, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 17""",
            """15 sendmsg(11, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1}, MSG_NOSIGNAL) = 1""",
            """16 <... sendto resumed>) = 112""",
        ];
        Assert.Empty(NetworkTrace.OffMachine(lines));
        Assert.Equal(["127.0.0.1", "::ffff:127.0.0.1", "::1"], NetworkTrace.LoopbackAddresses(lines));
    }
}

/// <summary>A network namespace with loopback up: as root, or else inside a user namespace where the kernel allows it.</summary>
internal static class LoopbackOnlyNamespace
{
    private static readonly string[][] Candidates = [["unshare", "-n"], ["unshare", "-r", "-n"]];

    /// <summary>The command prefix that runs what follows it with loopback as the only network, or null.</summary>
    public static string[]? Prefix() =>
        OperatingSystem.IsLinux()
            ? Candidates.Select(c => (string[])[.. c, "--", "sh", "-c", "ip link set lo up && exec \"$@\"", "sh"])
                .FirstOrDefault(prefix => BuiltCli.Available(prefix[0], [.. prefix[1..], "true"]))
            : null;
}

/// <summary>Needs Linux, a loopback-only network namespace (unshare, ip), strace and a browser; says which is missing.</summary>
public sealed class IsolatedNetworkFactAttribute : FactAttribute
{
    public IsolatedNetworkFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux network namespaces";
        else if (!BuiltCli.Available("strace", "-V")) Skip = "strace is not installed (apt-get install strace)";
        else if (LoopbackOnlyNamespace.Prefix() is null) Skip = "cannot create a network namespace with loopback up (needs unshare, ip from iproute2, and root or user namespaces)";
        else
        {
            try { BrowserLocator.Locate(); }
            catch (BrowserNotFoundException e) { Skip = e.Message; }
        }
    }
}

[Collection("browser")]
public class NetworkIsolationTests
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    [IsolatedNetworkFact]
    public void Default_brief_contacts_nothing_but_loopback() =>
        AssertBriefStaysLocal(templateHtml: null);

    [IsolatedNetworkFact]
    public void Hostile_template_contacts_nothing_but_loopback_and_still_prints_the_article() =>
        AssertBriefStaysLocal(HostileTemplate);

    private static void AssertBriefStaysLocal(string? templateHtml)
    {
        var dir = Directory.CreateTempSubdirectory("aid-net-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "brief.pdf");
            var log = Path.Combine(dir, "trace.log");
            var args = new List<string> { "brief", TestSupport.SampleArticle, "-o", pdf };
            if (templateHtml is not null)
            {
                var templateDir = Directory.CreateDirectory(Path.Combine(dir, "template")).FullName;
                File.WriteAllText(Path.Combine(templateDir, "brief.liquid"), templateHtml);
                args.AddRange(["--template", templateDir]);
            }
            string[] isolated =
            [
                .. LoopbackOnlyNamespace.Prefix()!,
                "strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o", log,
                .. BuiltCli.CommandLine([.. args]),
            ];

            var (exitCode, _, stderr) = BuiltCli.Run(isolated, RunLimit);

            Assert.True(exitCode == 0, $"brief failed ({exitCode}): {stderr}");
            var lines = File.ReadAllLines(log);
            Assert.Empty(NetworkTrace.OffMachine(lines));
            // The CLI drives the browser over loopback: seeing that proves the trace covered the process tree.
            Assert.NotEmpty(NetworkTrace.LoopbackAddresses(lines));

            using var document = PdfDocument.Open(pdf);
            var text = string.Join("\n", document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            Assert.Contains("Ukraine to request military assistance from South Korea", text);
            Assert.Contains("$6 million", text);
            Assert.DoesNotContain("reached", text);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>Everything a page can use to reach out without a click: hints, subresources, a socket, navigations.</summary>
    private const string HostileTemplate = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{{ Title }}</title>
        <meta http-equiv="refresh" content="0;url=http://example.com/refresh">
        <link rel="dns-prefetch" href="//dns-prefetch.example.net">
        <link rel="preconnect" href="http://preconnect.example.org">
        <link rel="prefetch" href="http://prefetch.example.com/next.html">
        <link rel="stylesheet" href="http://example.com/style.css">
        <style>@import url(http://example.com/import.css); body { background: url(http://93.184.216.34/bg.png); }
        @font-face { font-family: remote; src: url(https://fonts.example.com/f.woff2); } h1 { font-family: remote; }</style>
        <script>new WebSocket("ws://socket.example.com/live"); fetch("http://fetch.example.com/"); location.href = "http://example.com/script-navigation";</script>
        </head><body>
        <h1>{{ Title }}</h1>
        <img src="http://example.com/image.png"><iframe src="http://frame.example.com/"></iframe>
        <object data="http://example.com/object.svg"></object>
        {% for f in Funding %}<p>{{ f.AsWritten }} from {{ f.Donor }}</p>{% endfor %}
        </body></html>
        """;
}
