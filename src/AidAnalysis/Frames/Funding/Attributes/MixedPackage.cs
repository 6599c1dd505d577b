using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>A mixed package: the coordinated modifiers of the aid noun after the amount ("$9 billion in military, economic
/// and humanitarian assistance") each name an aid type as the aid-type lexicon reads them ("military aid", "economic
/// assistance", "humanitarian"), and the types differ; such a figure keeps no single type.</summary>
internal sealed partial class MixedPackage(IReadOnlyDictionary<string, AidType> aidTypeByPhrase)
{
    [GeneratedRegex(@"^\s(?:in|of|for)\s(?:(?:additional|new|further)\s)?(?<kind>\p{Ll}+)(?:(?:,\s|,?\s(?:and|or)\s)(?<kind>\p{Ll}+))+\s(?<head>aid|assistance|support|funding)\b", TextPatterns.WindowOptions)]
    private static partial Regex CoordinatedKinds { get; }

    private static readonly string[] KindHeads = ["", " assistance", " aid", " support"];

    public bool Holds(string text, Span amount, Span window)
    {
        var m = CoordinatedKinds.Match(text, amount.End, Math.Max(0, Math.Min(window.End, amount.End + 100) - amount.End));
        if (!m.Success) return false;
        var types = m.Groups["kind"].Captures
            .Select(c => KindHeads.Select(h => aidTypeByPhrase.TryGetValue(c.Value + h, out var t) ? (AidType?)t : null).FirstOrDefault(t => t is not null))
            .ToList();
        return types.All(t => t is not null) && types.Distinct().Count() > 1;
    }
}
