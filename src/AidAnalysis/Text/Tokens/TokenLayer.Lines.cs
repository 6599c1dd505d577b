namespace AidAnalysis.Text.Tokens;

public sealed partial class TokenLayer
{
    /// <summary>The offset of the last line break in the whitespace right before token <paramref name="index"/> (for the first
    /// token, the text's opening whitespace), or -1 when that whitespace holds none.</summary>
    public int LineBreakBefore(int index)
    {
        var gapStart = index > 0 ? _tokens[index - 1].End : 0;
        var at = Text.AsSpan(gapStart, _tokens[index].Start - gapStart).LastIndexOf('\n');
        return at < 0 ? -1 : gapStart + at;
    }
}
