using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"to equip Freedonia’s army": money for a state's armed forces is military aid.</summary>
internal sealed class ForcesOfState
{
    private static readonly string[] ForcesWordList = ["military", "army", "armed forces", "troops", "soldiers", "defence forces", "defense forces"];
    private static readonly SearchValues<string> ForcesWords = SearchValues.Create(ForcesWordList, StringComparison.Ordinal);
    private readonly Lazy<Regex> _pattern = new(() => TextPatterns.Create(@"\p{Lu}\p{L}*[’']s\s(?:" + string.Join('|', ForcesWordList) + @")\b"));

    /// <summary>Whether the clause names them; the pattern is tried only where a forces word stands.</summary>
    public bool In(ReadOnlySpan<char> clause) => clause.IndexOfAny(ForcesWords) >= 0 && _pattern.Value.IsMatch(clause);
}
