using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>"US funding for the operation fell from $58 million in 2024 to ...", "commitments of about $4.1 billion in
/// 2024": a figure of aid (an aid type known, its own or the one filled in from its neighbour, the headline or the article)
/// that no status word governs, dated to a year before the article's, is earlier money told as history (SCHEMA.md:
/// previous), as a pledge of an earlier year is. Its own type alone was measured: it loses status on the written sets.</summary>
internal static class EarlierYearBackground
{
    public static FundingStatus Of(FundingStatus status, AidType aidType, int? year, int? referenceYear) =>
        status == FundingStatus.Unspecified && aidType != AidType.Unspecified && year < referenceYear ? FundingStatus.Previous : status;
}
