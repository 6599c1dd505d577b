using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"from X's relief agency", "from the bank's emergency budget": after "from", the owner of a giving body (a
/// department, agency, fund or budget) gives, at the level SCHEMA.md charts donors.</summary>
internal static partial class GivingBodyOwner
{
    /// <summary>Nouns of a body that gives out of what its owner holds.</summary>
    private const string GivingBodyNouns = "department|agency|ministry|office|government|fund|budget|bank|programme|program|reserves?";

    [GeneratedRegex(@"^[’']s\s(?:[\p{L}-]+\s){0,3}?(?i:" + GivingBodyNouns + @")\b", TextPatterns.WindowOptions)]
    private static partial Regex OwnedGivingBody { get; }

    /// <summary>Whether the possessive mention owns a giving body within a few words.</summary>
    public static bool Owns(string text, Span mention) =>
        OwnedGivingBody.IsMatch(text.AsSpan(mention.End, Math.Min(text.Length - mention.End, 60)));
}
