using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Recognizers.Money;

namespace AidAnalysis.Recognizers;

/// <summary>
/// A pattern scanned over whole texts, whose groups are read at each match. The non-backtracking
/// engine finds the matches (linear whatever the text); a backtracking twin anchored at each match
/// start reads the groups, which for patterns without nested repetition takes work in proportion to
/// the match and spares the non-backtracking engine its slow capture phase. Both engines choose the same match; should they
/// ever disagree, the non-backtracking engine's own groups are taken. A pattern that cannot match
/// without one of a few literals skips texts that hold none of them, found by a vectorised search. Both engines are
/// built on first use: building a non-backtracking pattern is a large share of a cold start, and most texts never
/// reach the rarer patterns.
/// </summary>
public sealed class GroupedPattern
{
    private readonly Lazy<Regex> _find;
    private readonly Lazy<Regex> _groups;
    private readonly SearchValues<string>? _required;
    private readonly MatchAnchors? _anchors;
    private readonly bool _requiredUntilBuilt;

    /// <param name="required">Literals of which every match contains one; empty when there are none.</param>
    /// <param name="requiredUntilBuilt">Search for the literals only until the pattern is built: for a pattern whose scan
    /// costs less than the search, the search only spares a cold start the building.</param>
    public GroupedPattern(string pattern, IReadOnlyCollection<string> required, bool requiredUntilBuilt = false) : this(pattern)
    {
        _requiredUntilBuilt = requiredUntilBuilt;
        if (required.Count > 0) _required = SearchValues.Create([.. required], StringComparison.Ordinal);
    }

    /// <param name="anchors">The text is scanned only around these literals (<see cref="MatchAnchors"/>), of which every
    /// match contains one: a text without them is skipped before the pattern is built, by the anchors' own search.</param>
    public GroupedPattern(string pattern, MatchAnchors anchors) : this(pattern) => _anchors = anchors;

    private GroupedPattern(string pattern)
    {
        _find = new(() => TextPatterns.Create(pattern));
        _groups = new(() => new Regex(@"\G(?:" + pattern + ")", RegexOptions.CultureInvariant));
    }

    /// <summary>The matches in text order. Only their bounds are kept for the whole text; each match's groups
    /// are read when it is reached, so a text with a million matches never holds a million Match objects.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        foreach (var (index, length) in Bounds(text)) yield return Read(text, index, length);
    }

    /// <summary>The bounds of every match in text order, for a caller that can read some matches without their groups.</summary>
    public List<(int Index, int Length)> Bounds(string text)
    {
        var bounds = new List<(int, int)>();
        if (_anchors is not null)
        {
            // The anchors' first literal, searched once: it both skips a text without one and starts the scan.
            if (_anchors.First(text) is var hit and >= 0) _anchors.Scan(_find.Value, text, hit, bounds);
            return bounds;
        }
        if (_required is not null && !(_requiredUntilBuilt && _find.IsValueCreated) && text.AsSpan().IndexOfAny(_required) < 0) return bounds;
        foreach (var found in _find.Value.EnumerateMatches(text)) bounds.Add((found.Index, found.Length));
        return bounds;
    }

    /// <summary>The match found at these bounds, with its groups.</summary>
    public Match Read(string text, int index, int length)
    {
        var m = _groups.Value.Match(text, index);
        return m.Success && m.Length == length ? m : _find.Value.Match(text, index);
    }
}
