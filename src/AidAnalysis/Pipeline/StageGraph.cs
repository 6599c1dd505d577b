namespace AidAnalysis.Pipeline;

/// <summary>
/// The order the stages' declarations impose: a stage runs after the last earlier stage that adds each layer it needs,
/// after the last earlier stage that adds a layer it adds too, and after every earlier stage that reads a layer it adds.
/// Stages on separate branches (claims beside the funding frame) may then run at the same time, each on a document
/// holding exactly the layers of the stages before it, and give what the declared order gives.
/// </summary>
internal sealed class StageGraph
{
    private readonly IReadOnlyList<IAnalysisStage> _stages;
    /// <summary>For each stage, the stages it waits for.</summary>
    private readonly int[][] _before;
    /// <summary>For each stage, the layers present once it has run (its own, its ancestors', the text), each with the
    /// stage whose version it holds (-1 for the text), so that where two stages add one layer the later one's wins.</summary>
    private readonly Dictionary<Layer, int>[] _versionsAfter;
    /// <summary>Stages no later stage waits for: their documents together hold every layer.</summary>
    private readonly int[] _ends;

    public StageGraph(IReadOnlyList<IAnalysisStage> stages)
    {
        _stages = stages;
        _before = new int[stages.Count][];
        _versionsAfter = new Dictionary<Layer, int>[stages.Count];
        var waitedFor = new bool[stages.Count];
        for (var i = 0; i < stages.Count; i++)
        {
            var before = new SortedSet<int>();
            foreach (var layer in stages[i].Needs) AddLastAdder(before, i, layer);
            foreach (var layer in stages[i].Adds)
            {
                AddLastAdder(before, i, layer);
                for (var j = 0; j < i; j++)
                    if (stages[j].Needs.Contains(layer)) before.Add(j);
            }
            _before[i] = [.. before];
            var versions = Latest(before.Select(j => _versionsAfter[j]));
            versions.TryAdd(Layer.Text, -1);
            foreach (var layer in stages[i].Adds) versions[layer] = i;
            foreach (var j in before) waitedFor[j] = true;
            _versionsAfter[i] = versions;
        }
        _ends = Enumerable.Range(0, stages.Count).Where(i => !waitedFor[i]).ToArray();
    }

    private void AddLastAdder(SortedSet<int> before, int stage, Layer layer)
    {
        for (var j = stage - 1; j >= 0; j--)
            if (_stages[j].Adds.Contains(layer)) { before.Add(j); return; }
    }

    /// <summary>Runs every stage, each as soon as the stages it waits for have run; independent stages run on the
    /// thread pool side by side.</summary>
    public async Task<AnalysisDocument> RunAsync(AnalysisDocument start, CancellationToken cancellationToken)
    {
        var runs = new Task<AnalysisDocument>[_stages.Count];
        for (var i = 0; i < _stages.Count; i++)
        {
            var stage = i;
            var inputs = Array.ConvertAll(_before[stage], j => runs[j]);
            runs[stage] = Task.Run(async () =>
            {
                var documents = await Task.WhenAll(inputs).ConfigureAwait(false);
                // Back to the pool first: the await above resumes inline on the thread that finished the last input, which
                // would run every stage waiting on one stage (claims and years, both after context) one after another.
                await Task.Yield();
                var input = Combine(start, documents, _before[stage]);
                return await _stages[stage].RunAsync(input, cancellationToken).ConfigureAwait(false);
            }, cancellationToken);
        }
        var ends = await Task.WhenAll(_ends.Select(i => runs[i])).ConfigureAwait(false);
        return Combine(start, ends, _ends);
    }

    /// <summary>Each layer with the latest stage that added it, over several stages' documents.</summary>
    private static Dictionary<Layer, int> Latest(IEnumerable<Dictionary<Layer, int>> versions)
    {
        var latest = new Dictionary<Layer, int>();
        foreach (var version in versions)
            foreach (var (layer, stage) in version)
                if (!latest.TryGetValue(layer, out var known) || stage > known) latest[layer] = stage;
        return latest;
    }

    /// <summary>One document with the latest version of every layer that <paramref name="documents"/> (made by
    /// <paramref name="producers"/>) hold: the first document, with the layers another one holds a later version of.</summary>
    private AnalysisDocument Combine(AnalysisDocument start, AnalysisDocument[] documents, int[] producers)
    {
        if (documents.Length == 0) return start;
        var combined = documents[0];
        var held = new Dictionary<Layer, int>(_versionsAfter[producers[0]]);
        for (var k = 1; k < documents.Length; k++)
            foreach (var (layer, stage) in _versionsAfter[producers[k]])
                if (!held.TryGetValue(layer, out var known) || stage > known)
                {
                    combined = combined.WithLayer(layer, documents[k]);
                    held[layer] = stage;
                }
        return combined;
    }
}
