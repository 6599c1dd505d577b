using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>One check over an article's linked funding rows; each finding cites the rows and spans involved.</summary>
internal interface IFundingCheck
{
    IEnumerable<(CheckKind Kind, string Message, IReadOnlyList<int> Rows, double? Change)> Find(RelationDraft draft);
}
