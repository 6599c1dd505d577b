using System.Text.RegularExpressions;
using AidAnalysis.Recognizers.Money;

namespace AidAnalysis.Recognizers;

/// <summary>A <see cref="GroupedPattern"/> that must name the literals every match contains, so that it is built only
/// the first time a text holds one of them (the grouped pattern skips other texts before building anything): the rarer
/// money forms cost nothing at a cold start.</summary>
internal sealed class OnDemandPattern
{
    /// <param name="required">Literals of which every match contains one (at least one).</param>
    public OnDemandPattern(string pattern, params string[] required)
    {
        if (required.Length == 0) throw new ArgumentException("An on-demand pattern needs the literals its matches contain.", nameof(required));
        Pattern = new GroupedPattern(pattern, required);
    }

    /// <param name="anchors">Literals of which every match contains one; a text holding one is scanned only around them
    /// (<see cref="MatchAnchors"/>).</param>
    public OnDemandPattern(string pattern, MatchAnchors anchors) => Pattern = new GroupedPattern(pattern, anchors);

    public GroupedPattern Pattern { get; }

    /// <summary>The bounds of every match in text order (<see cref="GroupedPattern.Bounds"/>); none without a required literal.</summary>
    public List<(int Index, int Length)> Bounds(string text) => Pattern.Bounds(text);

    /// <summary>The matches with their groups (<see cref="GroupedPattern.Matches"/>); none without a required literal.</summary>
    public IEnumerable<Match> Matches(string text) => Pattern.Matches(text);
}
