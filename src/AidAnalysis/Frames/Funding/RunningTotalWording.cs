using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames;

/// <summary>"brings the total to $X", "brings the ministry's relief funding for the region this year to €40 million",
/// "raising Freedonia's support to the province to £12 million": a verb of raising (running-total-verbs.tsv), a total or aid
/// noun, and "to" right before the amount state a running total that includes the news (SCHEMA.md: cumulative totals are
/// earlier money).</summary>
internal sealed class RunningTotalWording(Lexicon lexicon)
{
    /// <summary>Built once per stage from the verb forms; compiled, as it is tried on many clauses.</summary>
    private readonly Regex _bringsTo = new(
        @"\b(?:" + string.Join('|', VerbForms(lexicon))
        + @")\s(?:[^\s.;]+\s){0,12}?(?:total|support|funding|aid|assistance|contributions?|disbursements?|spending|commitments?|allocations?)\b(?:\s[^\s.;]+){0,16}?\sto\s(?:an?\s)?(?:[\p{L}-]+\s)?(?:(?:nearly|almost|about|around|some|over|more\sthan|roughly)\s)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Whether the text before an amount ends with running-total wording; tried only where a "to" stands
    /// near its end, which the wording cannot do without.</summary>
    public bool EndsBefore(ReadOnlySpan<char> before) =>
        before[Math.Max(0, before.Length - 40)..].Contains(" to ", StringComparison.OrdinalIgnoreCase) && _bringsTo.IsMatch(before);

    /// <summary>No verb forms is an error, not an empty alternation that would match anywhere.</summary>
    private static IEnumerable<string> VerbForms(Lexicon lexicon)
    {
        var forms = lexicon.RunningTotalVerbs.Values.SelectMany(f => f).Distinct().OrderByDescending(f => f.Length).Select(Regex.Escape).ToList();
        return forms.Count > 0 ? forms : throw new FormatException("running-total-verbs.tsv: no verb forms");
    }
}
