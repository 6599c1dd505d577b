using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "had raised $3 million from donors", "has gathered some 900 million euros from 24 donors": a group of givers named by a
/// common noun after "from" gives the amount before it (SCHEMA.md: several givers together are written as the text groups
/// them). Only within the amount's own phrase (no comma between), and not where people come from ("refugees from").
/// </summary>
internal sealed class GroupOfGiversSource(PartyWords words)
{
    private readonly Regex _fromGroup = new(
        @"^[^,;:.]{0,40}?\bfrom\s(?:the\s)?(?<np>(?:\d+\s|(?:" + TextPatterns.Alternation(words.GroupModifiers) + @")\s)?(?<noun>\p{Ll}+))\b",
        TextPatterns.WindowOptions);

    /// <summary>"Aid from donors slipped to $2 million": an aid noun's group of givers before the amount, in the
    /// same clause (no punctuation between).</summary>
    private readonly Regex _aidFromGroup = new(
        @"\b(?i:(?:" + TextPatterns.Alternation(words.AidNouns) + @")s?)\sfrom\s(?:the\s)?(?<np>(?:\d+\s|(?:"
        + TextPatterns.Alternation(words.GroupModifiers) + @")\s)?(?<noun>\p{Ll}+))\b[^,;:.()]{0,60}$",
        TextPatterns.WindowOptions);

    /// <summary>The group phrase as written ("donors", "30 donors"), or null.</summary>
    public string? Find(string text, Span sentence, Span amount)
    {
        // Both patterns match only where their stretch holds "from": most stretches do not, and need no pattern run.
        var end = Math.Min(sentence.End, amount.End + 80);
        if (HoldsFrom(text, amount.End, end) && _fromGroup.Match(text, amount.End, end - amount.End) is { Success: true } after
            && words.GiverGroups.Contains(after.Groups["noun"].Value))
            return after.Groups["np"].Value;
        var start = Math.Max(sentence.Start, amount.Start - 120);
        if (!HoldsFrom(text, start, amount.Start)) return null;
        var m = _aidFromGroup.Match(text, start, amount.Start - start);
        return m.Success && words.GiverGroups.Contains(m.Groups["noun"].Value) ? m.Groups["np"].Value : null;
    }

    private static bool HoldsFrom(string text, int start, int end) =>
        end > start && text.AsSpan(start, end - start).Contains("from", StringComparison.Ordinal);
}
