using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"told reporters the bridge would reopen", "..., the minister told reporters.": the audience after "told"
/// is not the statement.</summary>
internal sealed class Hearers(ClaimVocabulary vocabulary)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly WordSet _finiteAuxiliaries = vocabulary.FiniteAuxiliaries;

    /// <summary>The length of the audience phrase (and the space after it) that opens <paramref name="afterTold"/>, or 0.</summary>
    public int HearerLength(ReadOnlySpan<char> afterTold)
    {
        var trimmed = afterTold.TrimStart();
        var skipped = afterTold.Length - trimmed.Length;
        foreach (var hearer in _lexicon.Hearers)
            if (trimmed.StartsWith(hearer, StringComparison.OrdinalIgnoreCase) && (trimmed.Length == hearer.Length || !char.IsLetter(trimmed[hearer.Length])))
                return skipped + hearer.Length;
        return 0;
    }

    /// <summary>"told reporters", "told reporters in Geneva", "told a news conference on Monday": only an audience and an adjunct
    /// in <paramref name="rest"/>, the words after the cue.</summary>
    public bool IsOnlyHearer(TokenLayer tokens, Span rest)
    {
        var length = HearerLength(tokens.Text.AsSpan(rest.Start, rest.Length));
        if (length == 0) return false;
        var after = tokens.Trimmed(new Span(rest.Start + length, rest.End));
        return after.Length == 0 || AdjunctObject.IsOnlyAdjunct(tokens, after, 6, _finiteAuxiliaries);
    }
}
