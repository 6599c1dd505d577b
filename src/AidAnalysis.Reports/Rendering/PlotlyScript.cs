namespace AidAnalysis.Rendering;

/// <summary>plotly.js as bundled inside the Plotly.NET assembly, so charts never need a CDN.</summary>
public static class PlotlyScript
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    });

    public static string Source => Script.Value;
}
