namespace AidAnalysis.Frames.Parties;

/// <summary>Whether a mention is followed by the possessive "’s": it names an owner, which gives or receives only in the
/// readers that say so.</summary>
internal static class Possessive
{
    public static bool Follows(string text, Model.Span mention) =>
        mention.End + 1 < text.Length && text[mention.End] is '’' or '\'' && text[mention.End + 1] == 's';
}
