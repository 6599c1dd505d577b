namespace AidAnalysis.Pipeline;

/// <summary>
/// Independent pieces of one stage's work, run on the thread pool side by side for a text long enough that the pipeline
/// runs its stages side by side too (<see cref="AnalysisPipeline.ConcurrentFromLength"/>), one after another otherwise.
/// Each piece writes only its own result, so both orders give the same result.
/// </summary>
internal static class SideBySide
{
    public static void Run(int textLength, params Action[] pieces)
    {
        if (textLength < AnalysisPipeline.ConcurrentFromLength)
        {
            foreach (var piece in pieces) piece();
            return;
        }
        Parallel.Invoke(pieces);
    }
}
