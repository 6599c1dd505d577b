using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"to help X’s military", "for X’s people", "to X's recovery": what a recipient owns, or the recovery it goes
/// through, stands for the recipient, so the possessive owner is no mere modifier.</summary>
internal static partial class RecipientsOwn
{
    [GeneratedRegex(@"^[’']s\s(?:military|army|armed forces|forces|troops|soldiers|government|people|population|civilians|refugees|economy|budget|defen[cs]e|energy|health|recovery|reconstruction|rebuilding|relief)\b", TextPatterns.WindowOptions)]
    private static partial Regex Pattern { get; }

    public static bool Follows(string text, Span mention) =>
        Pattern.IsMatch(text.AsSpan()[mention.End..Math.Min(text.Length, mention.End + 20)]);
}
