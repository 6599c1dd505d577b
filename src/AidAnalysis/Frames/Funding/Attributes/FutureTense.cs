using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"Earlier, the ministry said that $4 million will be spent": the future tense of the amount's own clause
/// outweighs the background words around it.</summary>
internal static partial class FutureTense
{
    [GeneratedRegex(@"\b(?:will|shall|is to be|are to be|is going to)\b", TextPatterns.WindowOptions)]
    private static partial Regex Marker { get; }

    public static bool In(string text, Span clause) => Marker.IsMatch(text.AsSpan()[clause.Start..clause.End]);
}
