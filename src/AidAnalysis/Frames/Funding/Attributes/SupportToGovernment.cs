using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"budget support to the Freedonian government": money given to a government is financial aid.</summary>
internal sealed class SupportToGovernment
{
    private readonly Lazy<Regex> _pattern = new(() => TextPatterns.Create(@"\b(?:support|assistance|aid|funding|contribution)\s(?:for|to)\s(?:the\s)?(?:\p{Lu}\p{L}+\s)?government\b"));

    public bool In(ReadOnlySpan<char> clause) => clause.Contains("government", StringComparison.Ordinal) && _pattern.Value.IsMatch(clause);
}
