using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Actors;

/// <summary>"the ministry" refers to the last ministry named before it: the organisation whose name holds the noun and
/// whose latest mention ending before the phrase ends last (at a tie, the one listed first); the phrase becomes a mention
/// of it unless it already has one there. The drafts' mentions and the phrases are read in one walk in text order, so the
/// work grows with their number, not with their product.</summary>
internal static class AnaphoricBodyRule
{
    /// <param name="bodyNouns">The nouns "the" refers back with, as written (anaphoric-body-nouns.txt).</param>
    public static void Apply(string text, List<ActorDraft> drafts, IReadOnlyList<string> bodyNouns)
    {
        var phrases = Phrases(text, bodyNouns);
        if (phrases.Count == 0) return;
        var nouns = phrases.Select(p => p.Noun).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var nounIndex = nouns.Select((noun, i) => (noun, i)).ToDictionary(n => n.noun, n => n.i, StringComparer.OrdinalIgnoreCase);
        // The nouns each organisation's name holds, and where its mentions end.
        var nounsOf = new int[drafts.Count][];
        var ends = new List<(int End, int Draft)>();
        for (var d = 0; d < drafts.Count; d++)
        {
            nounsOf[d] = drafts[d].Kind == ActorKind.Organization
                ? [.. Enumerable.Range(0, nouns.Count).Where(n => drafts[d].Name.Contains(nouns[n], StringComparison.OrdinalIgnoreCase))]
                : [];
            if (nounsOf[d].Length > 0) ends.AddRange(drafts[d].Mentions.Select(m => (m.End, d)));
        }
        ends.Sort((a, b) => a.End.CompareTo(b.End));
        // Per noun, the latest end read so far and its draft.
        var latestEnd = Enumerable.Repeat(-1, nouns.Count).ToArray();
        var latestDraft = Enumerable.Repeat(-1, nouns.Count).ToArray();
        // Mentions this rule adds; they end in text order, after every phrase read before them.
        var added = new Queue<(int End, int Draft)>();
        var next = 0;
        var sortedMentions = new Dictionary<int, (Span[] ByStart, int Longest)>();
        foreach (var (span, noun) in phrases)
        {
            while (true)
            {
                var fromList = next < ends.Count && ends[next].End <= span.Start;
                var fromAdded = added.Count > 0 && added.Peek().End <= span.Start;
                if (!fromList && !fromAdded) break;
                var (end, draft) = fromList && (!fromAdded || ends[next].End <= added.Peek().End) ? ends[next++] : added.Dequeue();
                foreach (var n in nounsOf[draft])
                    if (end > latestEnd[n] || (end == latestEnd[n] && draft < latestDraft[n]))
                        (latestEnd[n], latestDraft[n]) = (end, draft);
            }
            var antecedent = latestDraft[nounIndex[noun]];
            if (antecedent < 0) continue;
            if (!sortedMentions.TryGetValue(antecedent, out var mentions))
                sortedMentions[antecedent] = mentions = ([.. drafts[antecedent].Mentions.OrderBy(m => m.Start)], drafts[antecedent].Mentions.Max(m => m.Length));
            // Mentions added by this rule end before the phrase starts, so only the earlier ones can overlap it.
            if (OverlapsAny(mentions.ByStart, mentions.Longest, span)) continue;
            drafts[antecedent].Mentions.Add(span);
            added.Enqueue((span.End, antecedent));
        }
    }

    /// <summary>"the ministry", "The agency": what <c>\b[Tt]he\s(?&lt;noun&gt;NOUN)\b</c> matches, found from the nouns, in text
    /// order, with the noun as written. No noun ends another's word ("program" needs a boundary, so "programme" is only itself).</summary>
    internal static List<(Span Span, string Noun)> Phrases(string text, IReadOnlyList<string> bodyNouns)
    {
        var phrases = new List<(Span Span, string Noun)>();
        foreach (var noun in bodyNouns)
            for (var at = text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + 1, StringComparison.Ordinal))
            {
                var end = at + noun.Length;
                if (at < 4 || !char.IsWhiteSpace(text[at - 1]) || text[at - 4] is not ('T' or 't') || text[at - 3] != 'h' || text[at - 2] != 'e'
                    || (at > 4 && TextPatterns.IsBoundaryWordChar(text[at - 5])) || (end < text.Length && TextPatterns.IsBoundaryWordChar(text[end]))) continue;
                phrases.Add((new Span(at - 4, end), noun));
            }
        phrases.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return phrases;
    }

    private static bool OverlapsAny(Span[] byStart, int longest, Span span)
    {
        int lo = 0, hi = byStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (byStart[mid].Start <= span.Start - longest) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < byStart.Length && byStart[i].Start < span.End; i++)
            if (byStart[i].Overlaps(span)) return true;
        return false;
    }
}
