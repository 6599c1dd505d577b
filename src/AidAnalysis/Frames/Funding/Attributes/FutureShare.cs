using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"The fund, approved last week, ...: €2 million is to be spent on tools": a share that the amount's own future
/// predicate hands to its use is promised (pledged), whatever the decision word ("approved", "earmarked") says of the whole.</summary>
internal static partial class FutureShare
{
    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:will|is\sto|are\sto)\s(?:also\s|then\s)?(?:" + ShareVerbs + @")\b", TextPatterns.WindowOptions)]
    private static partial Regex After { get; }
    /// <summary>Verbs by which a future predicate hands a share of money to its use.</summary>
    private const string ShareVerbs = @"go|be\sspent|be\sused|be\sshared|be\sdivided|be\schannell?ed";

    public static bool Follows(string text, Span amount, Span window) =>
        After.IsMatch(text.AsSpan()[amount.End..Math.Min(window.End, amount.End + 40)]);
}
