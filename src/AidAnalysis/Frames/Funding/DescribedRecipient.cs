using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>A recipient the text describes instead of naming: "for those who have left their homes in X", "to areas affected
/// by flooding", "to help families in forgotten emergencies in nine countries", "for the stricken X community in Y". The phrase runs
/// from a recipient marker through a head noun of the recipient-heads lexicon and the clause or phrase that qualifies it
/// (without one, "flood victims" or "the displaced" says too little), to the next punctuation or preposition of direction.</summary>
public sealed partial class FundingBuilder
{
    private const int DescribedReach = 100;

    /// <summary>The head nouns, to skip the phrase pattern where none occurs (most clauses).</summary>
    private readonly SearchValues<string> _recipientHeads = SearchValues.Create(lexicon.RecipientHeads.ToArray(), StringComparison.OrdinalIgnoreCase);

    private readonly Lazy<Regex> _describedPhrase = new(() => new Regex(
        @"\b(?:" + TextPatterns.Alternation(lexicon.PartyWords["beneficiary-marker"]) + @")\s(?:(?:help|assist|support)\s)?(?:the\s)?(?<np>(?:(?!" + FunctionWords + @"\b)[\p{L}'’-]+\s){0,4}?(?i:"
        + string.Join('|', lexicon.RecipientHeads.Select(Regex.Escape))
        + @")\b(?<qualifier>\s(?:who|that|in|of|affected|caught|displaced|hit|fleeing|impacted|across)\b(?:\s(?!(?:to|from|through|via|with|as|and|which|while|but)\b)[^\s,.;:()$€£""“”]+){0,12}))",
        RegexOptions.CultureInvariant));

    /// <summary>Words that end a described recipient's modifiers ("to provide aid to people" is read from "people").</summary>
    private const string FunctionWords = "(?:to|for|and|or|of|in|on|at|with|by|from|a|an|the|provide|give|send|deliver)";

    /// <summary>"those in need", "the most affected": a description that singles out no one; and "victims in the country", one
    /// that points back at a state named elsewhere. Neither is kept: the story's recipient is a better answer.</summary>
    [GeneratedRegex(@"^(?:\S+\s)?(?:most\s)?(?:in\sneed|affected)$|\bthe\s(?:country|nation|state|region)\b", TextPatterns.WindowOptions)]
    private static partial Regex UninformativeDescription { get; }

    [GeneratedRegex(@"(?:\s(?:to|and|or|in|of|the|with|by|from|as|at|on))+$", TextPatterns.WindowOptions)]
    private static partial Regex TrailingFunctionWords { get; }

    /// <summary>The described recipient nearest the amount within its clause, and where it stands.</summary>
    private (string Text, Span Span)? Described(string text, Span amount, Span window)
    {
        var start = Math.Max(window.Start, amount.Start - DescribedReach);
        var end = Math.Min(window.End, amount.End + DescribedReach);
        if (end <= start || text.AsSpan(start, end - start).IndexOfAny(_recipientHeads) < 0) return null;
        (string, Span)? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match m in _describedPhrase.Value.Matches(text[start..end]))
        {
            var np = m.Groups["np"];
            var phrase = TrailingFunctionWords.Replace(np.Value.TrimEnd(), "");
            var span = new Span(start + np.Index, start + np.Index + phrase.Length);
            if (span.Overlaps(amount) || phrase.Length == 0 || UninformativeDescription.IsMatch(phrase)) continue;
            var distance = span.DistanceTo(amount);
            if (distance < bestDistance) (best, bestDistance) = ((phrase, span), distance);
        }
        return best;
    }
}
