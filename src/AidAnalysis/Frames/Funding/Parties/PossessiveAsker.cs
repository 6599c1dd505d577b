using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X's prime minister asked donors for", "X's health ministry": the state whose official or body (a few lower-case
/// words after the possessive) stands before the head (a request cue, or the body's own mention) asks for itself.</summary>
internal static partial class PossessiveAsker
{
    [GeneratedRegex(@"^[’']s\s(?:\p{Ll}+\s){0,3}$", TextPatterns.WindowOptions)]
    private static partial Regex OwnedPhrase { get; }

    /// <summary>The owner named right before <paramref name="head"/>, or null when the mention nearest before it is no such owner.</summary>
    public static Actor? Find(string text, List<(Actor Actor, Span Span)> mentions, Span head)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = mentions[i];
            if (span.End > head.Start) continue;
            return Possessive.Follows(text, span) && head.Start - span.End <= 40 && OwnedPhrase.IsMatch(text.AsSpan(span.End, head.Start - span.End)) ? actor : null;
        }
        return null;
    }
}
