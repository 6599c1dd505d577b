using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A recipient the text describes instead of naming: "for those who have left their homes in X", "to areas affected
/// by flooding", "to help families in forgotten emergencies in nine countries", "for the stricken X community in Y". The phrase runs
/// from a recipient marker through a head noun of the recipient-heads lexicon and the clause or phrase that qualifies it
/// (without one, "flood victims" or "the displaced" says too little), to the next punctuation or preposition of direction
/// (<see cref="Parties.DescribedPhrases"/>).</summary>
public sealed partial class FundingBuilder
{
    private const int DescribedReach = 100;

    /// <summary>"those in need", "the most affected": a description that singles out no one; and "victims in the country", one
    /// that points back at a state named elsewhere. Neither is kept: the story's recipient is a better answer.</summary>
    [GeneratedRegex(@"^(?:\S+\s)?(?:most\s)?(?:in\sneed|affected)$|\bthe\s(?:country|nation|state|region)\b", TextPatterns.WindowOptions)]
    private static partial Regex UninformativeDescription { get; }

    [GeneratedRegex(@"(?:\s(?:to|and|or|in|of|the|with|by|from|as|at|on))+$", TextPatterns.WindowOptions)]
    private static partial Regex TrailingFunctionWords { get; }

    /// <summary>The described recipient nearest the amount within its clause, and where it stands.</summary>
    private (string Text, Span Span)? Described(TokenLayer tokens, Span amount, Span window)
    {
        var start = Math.Max(window.Start, amount.Start - DescribedReach);
        var end = Math.Min(window.End, amount.End + DescribedReach);
        if (end <= start) return null;
        (string, Span)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var np in _parties.DescribedPhrases.Find(tokens, new Span(start, end)))
        {
            var phrase = TrailingFunctionWords.Replace(tokens.Text[np.Start..np.End].TrimEnd(), "");
            var span = new Span(np.Start, np.Start + phrase.Length);
            if (span.Overlaps(amount) || phrase.Length == 0 || UninformativeDescription.IsMatch(phrase)) continue;
            var distance = span.DistanceTo(amount);
            if (distance < bestDistance) (best, bestDistance) = ((phrase, span), distance);
        }
        return best;
    }
}
