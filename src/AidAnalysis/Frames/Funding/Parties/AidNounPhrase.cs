using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>The aid nouns a giver owns ("X's aid", "US outlays", "Xian assistance") and the kinds of aid before them, one list
/// for every party reader that asks what a state's noun phrase names.</summary>
internal static partial class AidNounPhrase
{
    public const string Kinds = "military|humanitarian|financial|security|defen[cs]e";
    public const string Nouns = "aid|assistance|support|funding|contribution|help|package|outlays|spending|pledge|donation|grant|loan";

    /// <summary>"’s new humanitarian aid", " outlays": an aid noun right after a mention, perhaps through a possessive.</summary>
    [GeneratedRegex(@"^(?:[’']s)?\s(?:(?:new|latest|total|overall|combined)\s)?(?:(?:" + Kinds + @")\s)?(?:" + Nouns + @")s?\b", TextPatterns.WindowOptions)]
    public static partial Regex After { get; }
}
