using AidAnalysis.Loading;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Loading;

/// <summary>Invented article files written to a temporary folder and loaded as the command line loads them.</summary>
public sealed class TempArticles : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-articles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public Article Load(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return new ArticleLoader().Load(path);
    }

    public ArticleAnalysis Analyze(string name, string content) => TestSupport.Pipeline.Analyze(Load(name, content));
}
