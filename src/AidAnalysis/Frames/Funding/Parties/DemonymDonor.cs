using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"Xian aid to Y will be cut to €4 billion", "the Xian state has given", "the Xian ambassador signed": a demonym
/// before the amount, before an aid noun or a word of the state or its envoys, names the giver.</summary>
internal static partial class DemonymDonor
{
    [GeneratedRegex(@"^\s(?:(?:new|latest|central|federal|national)\s)?(?:(?:" + AidNounPhrase.Kinds + @")\s)?(?:" + AidNounPhrase.Nouns + @"|government|state|authorities|administration|ambassador|embassy|envoy|business(?:es)?|compan(?:y|ies)|firms?)s?\b", TextPatterns.WindowOptions)]
    private static partial Regex GiverAfter { get; }

    /// <summary>The last such demonym's state, or null.</summary>
    public static string? Find(PartyScene scene)
    {
        var text = scene.Text;
        string? last = null;
        foreach (var e in scene.Doc.EntitiesIn(scene.Sentence))
            if (e.Type == MentionType.Demonym && e.Span.End <= scene.Amount.Start
                && GiverAfter.IsMatch(text.AsSpan()[e.Span.End..Math.Min(text.Length, e.Span.End + 40)]))
                last = e.Canonical;
        return last;
    }
}
