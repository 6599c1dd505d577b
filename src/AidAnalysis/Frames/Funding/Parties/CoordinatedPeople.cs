using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"for the X Authority and people", "to the government and people of X": a body coordinated with the people it
/// serves receives together with them.</summary>
internal sealed partial class CoordinatedPeople(Lexicon lexicon)
{
    [GeneratedRegex(@"^\sand\s(?:the\s|its\s|their\s)?(?<head>\p{Ll}+)\b", TextPatterns.WindowOptions)]
    private static partial Regex Pattern { get; }

    /// <summary>The recipient's name, with the people coordinated after its mention when a recipient head names them.</summary>
    public string Join(string text, string name, Span mention)
    {
        var m = Pattern.Match(text, mention.End, Math.Min(text.Length - mention.End, 30));
        return m.Success && lexicon.RecipientHeads.Contains(m.Groups["head"].Value) ? $"{name} and {m.Groups["head"].Value}" : name;
    }
}
