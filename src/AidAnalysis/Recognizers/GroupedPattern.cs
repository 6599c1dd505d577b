using System.Text.RegularExpressions;

namespace AidAnalysis.Recognizers;

/// <summary>
/// A pattern scanned over whole texts, whose groups are read at each match. The non-backtracking
/// engine finds the matches (linear whatever the text); a backtracking twin anchored at each match
/// start reads the groups, which costs no more than the match's own length and spares the
/// non-backtracking engine its slow capture phase. Both engines choose the same match; should they
/// ever disagree, the non-backtracking engine's own groups are taken.
/// </summary>
public sealed class GroupedPattern
{
    private readonly Regex _find;
    private readonly Regex _groups;

    public GroupedPattern(string pattern)
    {
        _find = TextPatterns.Create(pattern);
        _groups = new Regex(@"\G(?:" + pattern + ")", RegexOptions.CultureInvariant);
    }

    public List<Match> Matches(string text)
    {
        var matches = new List<Match>();
        foreach (var found in _find.EnumerateMatches(text))
        {
            var m = _groups.Match(text, found.Index);
            matches.Add(m.Success && m.Length == found.Length ? m : _find.Match(text, found.Index));
        }
        return matches;
    }
}
