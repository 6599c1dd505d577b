using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>A line of a request is requested too ("$12 billion ... requested", then "$4.2 billion in budget support"),
/// whatever verb its own sentence uses: a request's parts are never money given.</summary>
internal sealed class RequestLines : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        foreach (var i in draft.Primary)
        {
            if (draft.Figures[i].Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) continue;
            var seen = new HashSet<int>();
            for (var p = draft.Parent(i); p is { } at && seen.Add(at); p = draft.Parent(at))
            {
                if (draft.Figures[at].Status != FundingStatus.Requested) continue;
                draft.SetStatus(i, FundingStatus.Requested);
                break;
            }
        }
    }
}
