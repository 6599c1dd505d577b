namespace AidAnalysis.Recognizers;

/// <summary>The English possessive "’s", written with a typographic or a straight apostrophe: one reading for every
/// recognizer that asks whether a word owns what follows it ("Mali’s minister", "Sunday's quake").</summary>
internal static class Possessive
{
    /// <summary>Whether the word ends in the possessive ("Mali’s").</summary>
    public static bool Ends(ReadOnlySpan<char> word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>Whether the text right after a word opens with the possessive ("’s earthquake").</summary>
    public static bool Opens(ReadOnlySpan<char> after) =>
        after.StartsWith("’s", StringComparison.Ordinal) || after.StartsWith("'s", StringComparison.Ordinal);

    /// <summary>Whether the gap between an owner and what it owns is the possessive and one space, nothing else.</summary>
    public static bool IsGap(ReadOnlySpan<char> gap) => gap is "’s " or "'s ";
}
