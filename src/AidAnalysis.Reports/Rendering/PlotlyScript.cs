namespace AidAnalysis.Rendering;

/// <summary>plotly.js as bundled inside the Plotly.NET assembly, so charts never need a CDN.</summary>
public static class PlotlyScript
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var reader = new StreamReader(Open());
        return reader.ReadToEnd();
    });

    public static string Source => Script.Value;

    public const string FileName = "plotly.min.js";

    /// <summary>Copies the script to a file, byte for byte.</summary>
    public static void WriteTo(string path)
    {
        using var source = Open();
        using var file = File.Create(path);
        source.CopyTo(file);
    }

    private static Stream Open()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }
}
