using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"the ministry" refers to the last ministry named before it: the organisation whose name holds the noun and
/// whose latest mention ending before the phrase ends last (at a tie, the one listed first); the phrase becomes a mention
/// of it unless it already has one there. The drafts' mentions and the phrases are read in one walk in text order, so the
/// work grows with their number, not with their product.</summary>
internal static class AnaphoricBodyRule
{
    /// <param name="bodyNouns">The nouns "the" refers back with, as written (anaphoric-body-nouns.txt).</param>
    public static void Apply(TokenLayer tokens, List<ActorDraft> drafts, IReadOnlyList<string> bodyNouns)
    {
        var phrases = Phrases(tokens, bodyNouns);
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

    /// <summary>"the ministry", "The agency": "the" or "The", not written against a word character, one whitespace character and
    /// one of the nouns as written, ending its word; in text order, with the noun as the list writes it.</summary>
    internal static List<(Span Span, string Noun)> Phrases(TokenLayer tokens, IReadOnlyList<string> bodyNouns)
    {
        var phrases = new List<(Span Span, string Noun)>();
        var nouns = bodyNouns.ToDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var the = 0; the + 1 < tokens.Count; the++)
        {
            if (!(tokens.IsExactly(the, "the") || tokens.IsExactly(the, "The")) || tokens.GluedToWordCharacter(the)
                || !tokens.SpacedFromPrevious(the + 1, WordSpacing.OneWhitespace) || !nouns.TryGetValue(tokens.TextOf(the + 1), out var noun)
                || tokens.RunsOnAsWord(the + 1)) continue;
            phrases.Add((new Span(tokens[the].Start, tokens[the + 1].End), noun));
        }
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
