using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Names of bodies that act for their state (a ministry gives, or speaks, for its country).</summary>
internal static class GovernmentBody
{
    private static readonly Regex Pattern = TextPatterns.Create(@"\b(?:[Mm]inistry|[Dd]epartment|[Gg]overnment|[Cc]abinet|[Aa]ssembly|[Pp]arliament)\b");

    public static bool Matches(string name) => Pattern.IsMatch(name);
}
