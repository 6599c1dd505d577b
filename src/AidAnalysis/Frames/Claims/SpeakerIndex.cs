using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>
/// The actor mentions of one document as the claim rules read them: the mention index, and per actor its mentions
/// sorted once (on first use), so the mention of a person nearest a cue is found by binary search however often the
/// person is named in a long input; and the genders the text shows for its people. Built per run; not shared between documents.
/// </summary>
internal sealed class SpeakerIndex(ActorMentionIndex mentions, SpeakerGenders genders)
{
    private readonly ActorMentionIndex _mentions = mentions;

    /// <summary>Which people "he" or "she" may point to.</summary>
    public SpeakerGenders Genders { get; } = genders;

    /// <summary>Unnamed speakers the claim rules found ("Opposition lawmakers said"), sorted by where they spoke, so that a
    /// later "they" or "it" can point to them though the actor layer lacks them.</summary>
    private readonly List<(int At, Actor Group)> _groups = [];

    /// <summary>Records an unnamed speaker found in subject position, ending at <paramref name="at"/>.</summary>
    public void AddGroupSpeaker(Actor group, int at) => _groups.Insert(GroupsUpTo(at), (at, group));

    /// <summary>The unnamed speakers recorded at or before <paramref name="position"/> and less than <paramref name="reach"/>
    /// before it, nearest first.</summary>
    public IEnumerable<(Actor Group, int At)> GroupSpeakersBefore(int position, int reach)
    {
        for (var i = GroupsUpTo(position) - 1; i >= 0 && position - _groups[i].At < reach; i--) yield return (_groups[i].Group, _groups[i].At);
    }
    private readonly Dictionary<Actor, MentionOrder> _orders = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc cref="ActorMentionIndex.Within"/>
    public IEnumerable<(Actor Actor, Span Span)> Within(Span window) => _mentions.Within(window);

    /// <inheritdoc cref="ActorMentionIndex.EndingBy"/>
    public IEnumerable<(Actor Actor, Span Span)> EndingBy(int position) => _mentions.EndingBy(position);

    /// <summary>The latest start of a mention of <paramref name="actor"/> that ends at or before <paramref name="position"/>, or -1.</summary>
    public int LastStartEndingBy(Actor actor, int position)
    {
        var order = OrderOf(actor);
        var count = UpperBound(order.Ends, position);
        return count == 0 ? -1 : order.LatestStartByEnd[count - 1];
    }

    /// <summary>The earliest start at or after <paramref name="position"/> of a mention of <paramref name="actor"/>, or <see cref="int.MaxValue"/>.</summary>
    public int FirstStartFrom(Actor actor, int position)
    {
        var order = OrderOf(actor);
        var i = LowerBound(order.Starts, position);
        return i < order.Starts.Length ? order.Starts[i] : int.MaxValue;
    }

    /// <summary>How far the start of the mention of <paramref name="actor"/> nearest <paramref name="position"/> is from it, or <see cref="int.MaxValue"/>.</summary>
    public int NearestStartDistance(Actor actor, int position)
    {
        var starts = OrderOf(actor).Starts;
        var i = LowerBound(starts, position);
        var distance = int.MaxValue;
        if (i < starts.Length) distance = starts[i] - position;
        if (i > 0) distance = Math.Min(distance, position - starts[i - 1]);
        return distance;
    }

    /// <summary>The mentions of <paramref name="actor"/> wholly inside <paramref name="window"/>, in order of start.</summary>
    public IEnumerable<Span> MentionsWithin(Actor actor, Span window)
    {
        var order = OrderOf(actor);
        for (var i = LowerBound(order.Starts, window.Start); i < order.ByStart.Length && order.ByStart[i].Start <= window.End; i++)
            if (order.ByStart[i].End <= window.End) yield return order.ByStart[i];
    }

    private MentionOrder OrderOf(Actor actor)
    {
        if (_orders.TryGetValue(actor, out var order)) return order;
        var byStart = actor.Mentions.OrderBy(m => m.Start).ToArray();
        var byEnd = actor.Mentions.OrderBy(m => m.End).ToArray();
        var latest = new int[byEnd.Length];
        for (var i = 0; i < byEnd.Length; i++) latest[i] = Math.Max(i > 0 ? latest[i - 1] : -1, byEnd[i].Start);
        order = new MentionOrder(byStart, [.. byStart.Select(m => m.Start)], [.. byEnd.Select(m => m.End)], latest);
        _orders.Add(actor, order);
        return order;
    }

    /// <summary>The number of unnamed speakers recorded at or before <paramref name="at"/>.</summary>
    private int GroupsUpTo(int at)
    {
        int lo = 0, hi = _groups.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_groups[mid].At <= at) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The number of values at or below <paramref name="value"/> in a sorted array.</summary>
    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first value at or above <paramref name="value"/> in a sorted array.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <param name="LatestStartByEnd">For the mentions sorted by end, the latest start among the first i + 1.</param>
    private sealed record MentionOrder(Span[] ByStart, int[] Starts, int[] Ends, int[] LatestStartByEnd);
}
