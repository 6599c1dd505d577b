using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames;

/// <summary>"brings the total to $X", "brings the ministry's relief funding for the region this year to €40 million",
/// "raising Freedonia's support to the province to £12 million": a verb of raising (running-total-verbs.tsv), a total or aid
/// noun, and "to" right before the amount state a running total that includes the news (SCHEMA.md: cumulative totals are
/// earlier money).</summary>
internal sealed class RunningTotalWording(Lexicon lexicon)
{
    /// <summary>Built once per funding stage from the verb forms; compiled, as it is tried on many clauses.</summary>
    private readonly Regex _bringsTo = new(
        @"\b(?:" + string.Join('|', lexicon.RunningTotalVerbs.Values.SelectMany(f => f).Distinct().OrderByDescending(f => f.Length).Select(Regex.Escape))
        + @")\s(?:[^\s.;]+\s){0,12}?(?:total|support|funding|aid|assistance|contributions?|disbursements?|spending|commitments?|allocations?)\b(?:\s[^\s.;]+){0,16}?\sto\s(?:an?\s)?(?:[\p{L}-]+\s)?(?:(?:nearly|almost|about|around|some|over|more\sthan|roughly)\s)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Lazy<RunningTotalWording> Default = new(() => new RunningTotalWording(Lexicon.Default));

    /// <summary>Whether the text before an amount ends with running-total wording; tried only where a "to" stands
    /// near its end, which the wording cannot do without.</summary>
    public bool EndsBefore(ReadOnlySpan<char> before) =>
        before[Math.Max(0, before.Length - 40)..].Contains(" to ", StringComparison.OrdinalIgnoreCase) && _bringsTo.IsMatch(before);

    /// <summary><see cref="EndsBefore"/> with the default lexicon's verbs, for the relations stage, which holds no lexicon.</summary>
    public static bool EndsWithBringsTo(ReadOnlySpan<char> before) => Default.Value.EndsBefore(before);
}
