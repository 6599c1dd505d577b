namespace AidAnalysis.Text.Tokens;

public sealed partial class TokenLayer
{
    /// <summary>Whether token <paramref name="index"/> ends in "-ed", the regular past and participle ending, and has at least
    /// <paramref name="minLength"/> characters (false out of range). The bound is the reader's: a low one keeps "fed" and "led",
    /// a high one leaves "bed", "red" and "shed". <paramref name="anyCase"/> also takes "ED" and "Ed", for lines set in capitals.</summary>
    public bool EndsInEd(int index, int minLength, bool anyCase = false) =>
        (uint)index < (uint)Count && _tokens[index].Length >= Math.Max(minLength, 2)
        && TextOf(index).EndsWith("ed", anyCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
