using System.Text.RegularExpressions;

namespace AidAnalysis.Frames;

/// <summary>Names of bodies that act for their state (a ministry gives, or speaks, for its country).</summary>
internal static partial class GovernmentBody
{
    /// <summary>Read on names only, which are short: backtracking is bounded there.</summary>
    [GeneratedRegex(@"\b(?:[Mm]inistry|[Dd]epartment|[Gg]overnment|[Cc]abinet|[Aa]ssembly|[Pp]arliament)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool Matches(string name) => Pattern().IsMatch(name);
}
