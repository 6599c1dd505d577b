using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "aid to African countries fell to $1 billion", "$4 billion in loans to Asian governments", "to help Pacific nations
/// rebuild": several states named together by a capitalised adjective and a plural noun of states receive, written as the text
/// groups them (SCHEMA.md). The phrase follows a recipient marker in the amount's clause: after the amount, or before it with
/// no comma between.
/// </summary>
internal sealed class RegionalGroupRecipient(PartyWords words)
{
    /// <summary>How far from the amount the phrase may stand.</summary>
    private const int Reach = 80;

    private readonly Regex _group = new(
        @"\b(?:" + TextPatterns.Alternation(words.BeneficiaryMarkerWords) + @")\s(?:the\s)?(?<np>(?:\p{Lu}[\p{Ll}-]+\s){1,2}(?:"
        + TextPatterns.Alternation(words.StateGroups) + @"))\b",
        TextPatterns.WindowOptions);

    /// <summary>The group phrase nearest the amount, or null.</summary>
    public string? Find(string text, Span amount, Span window)
    {
        var start = Math.Max(window.Start, amount.Start - Reach);
        var end = Math.Min(window.End, amount.End + Reach);
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var m = _group.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var np = m.Groups["np"];
            var span = new Span(np.Index, np.Index + np.Length);
            if (span.Overlaps(amount) || span.End <= amount.Start && text.AsSpan(span.End, amount.Start - span.End).Contains(',')) continue;
            if (span.DistanceTo(amount) < bestDistance) (best, bestDistance) = (np.Value, span.DistanceTo(amount));
        }
        return best;
    }
}
