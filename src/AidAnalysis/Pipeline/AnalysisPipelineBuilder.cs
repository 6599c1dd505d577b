namespace AidAnalysis.Pipeline;

/// <summary>
/// Adds, replaces or removes stages of a pipeline, then checks that every stage runs after the stages that add
/// the layers it needs and that names are unique.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisStage> _stages;

    internal AnalysisPipelineBuilder(IEnumerable<IAnalysisStage> stages) => _stages = [.. stages];

    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToArray();

    /// <summary>Adds <paramref name="stage"/> after the stage named <paramref name="after"/>, or at the end.</summary>
    public AnalysisPipelineBuilder Add(IAnalysisStage stage, string? after = null)
    {
        _stages.Insert(after is null ? _stages.Count : IndexOf(after) + 1, stage);
        return this;
    }

    public AnalysisPipelineBuilder Replace(string name, IAnalysisStage stage)
    {
        _stages[IndexOf(name)] = stage;
        return this;
    }

    public AnalysisPipelineBuilder Remove(string name)
    {
        _stages.RemoveAt(IndexOf(name));
        return this;
    }

    /// <exception cref="InvalidOperationException">A name repeats, or a stage needs a layer no earlier stage adds.</exception>
    public AnalysisPipeline Build()
    {
        var present = new HashSet<Layer> { Layer.Text };
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name)) throw new InvalidOperationException($"pipeline: two stages are named '{stage.Name}'");
            var missing = stage.Needs.Where(layer => !present.Contains(layer)).ToArray();
            if (missing.Length > 0)
                throw new InvalidOperationException($"pipeline: stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage adds");
            present.UnionWith(stage.Adds);
        }
        return new AnalysisPipeline(_stages.ToArray());
    }

    private int IndexOf(string name)
    {
        var index = _stages.FindIndex(s => s.Name == name);
        return index >= 0 ? index : throw new InvalidOperationException($"pipeline: no stage named '{name}' (stages: {string.Join(", ", StageNames)})");
    }
}
