using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A running total ("brings total disbursements to $3 billion") sums money of earlier days and often earlier years:
/// the day it is reported on ("on Thursday", "today") dates the report, not the total, so a weekday or day word
/// (time-words.tsv kinds weekday and day) is no candidate year for an amount right after running-total wording.</summary>
internal sealed class RunningTotalReportingDay(Lexicon lexicon, RunningTotalWording wording)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _days = lexicon.TimeWords
        .Where(t => t.Kind is TimeWordKind.Weekday or TimeWordKind.Day)
        .Select(t => t.Phrase).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the amount follows running-total wording inside <paramref name="scope"/>.</summary>
    public bool Totals(TokenLayer tokens, Span scope, Span amount) =>
        amount.Start > scope.Start && wording.EndsBefore(tokens, new Span(scope.Start, amount.Start));

    /// <summary>Whether a year mention is a reporting day: its last word is a weekday or a day word.</summary>
    public bool IsDay(TokenLayer tokens, YearMention year)
    {
        if (year.RelativeOffset is null) return false;
        var (first, end) = tokens.Within(year.Span);
        return end > first && _days.Contains(tokens.TextOf(end - 1));
    }
}
