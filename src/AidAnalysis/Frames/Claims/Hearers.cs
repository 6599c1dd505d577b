using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Claims;

/// <summary>"told reporters the bridge would reopen", "..., the minister told reporters.": the audience after "told"
/// is not the statement.</summary>
internal sealed class Hearers(Lexicon lexicon)
{
    private readonly Lexicon _lexicon = lexicon;

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

    /// <summary>"told reporters", "told reporters in Geneva", "told a news conference on Monday": only an audience and an adjunct.</summary>
    public bool IsOnlyHearer(string rest)
    {
        var length = HearerLength(rest);
        if (length == 0) return false;
        var after = rest[length..].Trim();
        return after.Length == 0 || AidAnalysis.Frames.Claims.AdjunctObject.IsOnlyAdjunct(after, 6);
    }
}
