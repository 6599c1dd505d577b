using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames;

/// <summary>The World Bank, the IMF and the development banks lend: money they give, when its own words name no kind, is
/// financial aid (SCHEMA.md: IMF and bank lending programmes are financial). Read from the organisations gazetteer: an
/// international body whose name is a bank (not a central bank) or a monetary fund, or a body of one (IDA of the World Bank).</summary>
internal static class MultilateralLender
{
    public static bool Is(Lexicon lexicon, string? organization) =>
        organization is not null && lexicon.OrganizationByName.TryGetValue(organization, out var entry)
        && (IsLenderName(entry) || entry.Affiliation is { } body && lexicon.OrganizationByName.TryGetValue(body, out var parent) && IsLenderName(parent));

    private static bool IsLenderName(OrganizationEntry entry) =>
        entry.Type == "international"
        && (entry.Name.Contains(" Bank", StringComparison.Ordinal) && !entry.Name.Contains("Central Bank", StringComparison.Ordinal)
            || entry.Name.EndsWith("Monetary Fund", StringComparison.Ordinal));
}
