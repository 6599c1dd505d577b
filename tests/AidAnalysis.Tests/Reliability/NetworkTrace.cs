using System.Net;
using System.Text.RegularExpressions;

namespace AidAnalysis.Tests.Reliability;

/// <summary>
/// Reads an <c>strace -e trace=connect,sendto,sendmsg,sendmmsg</c> log and lists every socket address
/// that is not this machine: anything but loopback (127.0.0.0/8, ::1, IPv4-mapped loopback), Unix
/// sockets, netlink (the kernel) and AF_UNSPEC (which only disconnects a datagram socket).
/// </summary>
internal static partial class NetworkTrace
{
    private static readonly HashSet<string> LocalFamilies = ["AF_UNIX", "AF_LOCAL", "AF_NETLINK", "AF_UNSPEC"];

    /// <summary>One entry per offending address: the syscall's line, as strace wrote it.</summary>
    public static IReadOnlyList<string> OffMachine(IEnumerable<string> lines) =>
        lines.Where(line => SocketAddress().Matches(line).Any(m => !IsLocal(m.Groups["family"].Value, m.Groups["rest"].Value))).ToList();

    /// <summary>Loopback addresses the log shows were used (proof that the trace saw the process's sockets at all).</summary>
    public static IReadOnlyList<string> LoopbackAddresses(IEnumerable<string> lines) =>
        lines.SelectMany(line => SocketAddress().Matches(line))
            .Select(m => IpOf(m.Groups["family"].Value, m.Groups["rest"].Value))
            .Where(ip => ip is not null && IsLoopback(ip))
            .Select(ip => ip!.ToString())
            .ToList();

    private static bool IsLocal(string family, string rest)
    {
        if (LocalFamilies.Contains(family)) return true;
        var ip = IpOf(family, rest);
        return ip is not null && IsLoopback(ip);
    }

    private static IPAddress? IpOf(string family, string rest)
    {
        var text = family switch
        {
            "AF_INET" => Ipv4().Match(rest) is { Success: true } m ? m.Groups[1].Value : null,
            "AF_INET6" => Ipv6().Match(rest) is { Success: true } m ? m.Groups[1].Value : null,
            _ => null,
        };
        return text is not null && IPAddress.TryParse(text, out var ip) ? ip : null;
    }

    private static bool IsLoopback(IPAddress ip) =>
        IPAddress.IsLoopback(ip) || (ip.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(ip.MapToIPv4()));

    [GeneratedRegex(@"\{sa_family=(?<family>AF_[A-Z0-9_]+)(?<rest>[^}]*)\}")]
    private static partial Regex SocketAddress();

    [GeneratedRegex(@"inet_addr\(""([^""]*)""\)")]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"inet_pton\(AF_INET6,\s*""([^""]*)""")]
    private static partial Regex Ipv6();
}
