using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace AidAnalysis.Interactive;

/// <summary>
/// The library with Plotly.NET, loaded a second time in an isolated load context. Plotly.NET 6 needs
/// FSharp.Core 10.1 while the .NET Interactive kernel has its own, older FSharp.Core loaded; here the
/// charts and the brief get the FSharp.Core they were built against. Only strings cross the boundary
/// (see <see cref="ChartBridge"/>), so no type of one context meets its twin of the other.
/// </summary>
internal sealed class ChartContext : AssemblyLoadContext
{
    /// <summary>Where the package keeps the isolated assemblies, relative to lib/net10.0.</summary>
    private const string PackageFolder = "../../chart-context";

    private static readonly Lazy<ChartContext> Shared = new(() => new ChartContext(LocateAssemblies()));

    private readonly string _folder;
    private readonly string _frameworkFolder = RuntimeEnvironment.GetRuntimeDirectory();
    private readonly Type _bridge;
    private readonly Lazy<object> _briefWriter;

    private ChartContext(string folder) : base("aid-charts")
    {
        _folder = folder;
        _bridge = LoadFromAssemblyPath(Path.Combine(folder, typeof(ChartBridge).Assembly.GetName().Name + ".dll"))
            .GetType(typeof(ChartBridge).FullName!, throwOnError: true)!;
        _briefWriter = new(() => Activator.CreateInstance(_bridge.Assembly.GetType(typeof(BriefWriter).FullName!, throwOnError: true)!)!);
    }

    /// <summary>Calls a <see cref="ChartBridge"/> method inside the isolated context.</summary>
    public static object? Call(string method, params object?[] arguments) =>
        Shared.Value._bridge.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);

    /// <summary>Writes a brief through the process's one <see cref="BriefWriter"/> (one browser for every brief).</summary>
    public static Task WriteBrief(params object?[] arguments)
    {
        var writer = Shared.Value._briefWriter.Value;
        return (Task)writer.GetType().GetMethod(nameof(BriefWriter.WriteAsync))!
            .Invoke(writer, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
    }

    protected override Assembly? Load(AssemblyName name)
    {
        // Framework assemblies are shared; everything the library brings is loaded from the folder.
        if (File.Exists(Path.Combine(_frameworkFolder, name.Name + ".dll"))) return null;
        var path = Path.Combine(_folder, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>The package's chart-context folder, or, in a build output, the folder of this assembly.</summary>
    private static string LocateAssemblies()
    {
        var home = Path.GetDirectoryName(typeof(ChartContext).Assembly.Location)!;
        var candidates = new[] { Path.GetFullPath(Path.Combine(home, PackageFolder)), home };
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "Plotly.NET.dll")) && File.Exists(Path.Combine(c, "FSharp.Core.dll")))
            ?? throw new FileNotFoundException($"Plotly.NET and FSharp.Core not found next to {home} nor in its package's chart-context folder; rebuild with tools/pack-local.sh");
    }
}
