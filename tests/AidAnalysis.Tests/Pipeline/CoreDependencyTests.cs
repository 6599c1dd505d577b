using System.Xml.Linq;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Pipeline;

/// <summary>The core library stays light: whoever only extracts never loads a browser, database or chart package.</summary>
public class CoreDependencyTests
{
    private static readonly string[] HeavyPackages = ["PuppeteerSharp", "DuckDB", "Plotly.NET", "Fluid", "FSharp.Core"];

    [Fact]
    public void Core_assembly_references_no_browser_database_or_chart_assembly()
    {
        var references = typeof(AnalysisPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("SmartReader", references);
        Assert.DoesNotContain(references, name => HeavyPackages.Any(heavy => name.StartsWith(heavy, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_project_declares_no_heavy_package_or_project()
    {
        var project = XDocument.Load(Path.Combine(TestSupport.RepositoryRoot, "src", "AidAnalysis", "AidAnalysis.csproj"));
        var packages = project.Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!).ToArray();

        Assert.Contains("Microsoft.Data.Analysis", packages);
        Assert.DoesNotContain(packages, name => HeavyPackages.Any(heavy => name.StartsWith(heavy, StringComparison.Ordinal)));
        Assert.Empty(project.Descendants("ProjectReference"));
    }
}
