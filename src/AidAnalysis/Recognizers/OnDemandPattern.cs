using System.Buffers;
using System.Text.RegularExpressions;

namespace AidAnalysis.Recognizers;

/// <summary>A <see cref="GroupedPattern"/> built the first time a text holds one of the literals every match contains:
/// building a non-backtracking pattern is a large share of a cold start, and most texts never need the rarer money forms.</summary>
internal sealed class OnDemandPattern
{
    private readonly SearchValues<string> _required;
    private readonly Lazy<GroupedPattern> _pattern;

    /// <param name="required">Literals of which every match contains one (at least one).</param>
    public OnDemandPattern(string pattern, params string[] required)
    {
        if (required.Length == 0) throw new ArgumentException("An on-demand pattern needs the literals its matches contain.", nameof(required));
        _required = SearchValues.Create(required, StringComparison.Ordinal);
        _pattern = new(() => TextPatterns.CreateGrouped(pattern, required));
    }

    /// <summary>Whether the text can hold a match; only then is the pattern built.</summary>
    private bool MayMatch(string text) => text.AsSpan().IndexOfAny(_required) >= 0;

    /// <summary>The pattern itself, built on first use.</summary>
    public GroupedPattern Pattern => _pattern.Value;

    /// <summary>The bounds of every match in text order (<see cref="GroupedPattern.Bounds"/>); none without a required literal.</summary>
    public List<(int Index, int Length)> Bounds(string text) => MayMatch(text) ? Pattern.Bounds(text) : [];

    /// <summary>The matches with their groups (<see cref="GroupedPattern.Matches"/>); none without a required literal.</summary>
    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Pattern.Matches(text) : [];
}
