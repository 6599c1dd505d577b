namespace AidAnalysis.Text.Tokens;

/// <summary>The <see cref="TokenShape"/> of a token's characters.</summary>
public static class TokenShapes
{
    public static TokenShape Of(ReadOnlySpan<char> chars, TokenKind kind)
    {
        if (kind == TokenKind.Punctuation) return TokenShape.Punctuation;
        if (kind == TokenKind.Symbol) return TokenShape.Symbol;
        bool digit = false, separator = false, lower = false, firstUpper = false, laterUpper = false;
        var letters = 0;
        foreach (var c in chars)
        {
            if (char.IsDigit(c)) digit = true;
            else if (char.IsLetter(c))
            {
                if (char.IsUpper(c)) { if (letters == 0) firstUpper = true; else laterUpper = true; }
                else lower = true;
                letters++;
            }
            else separator = true;
        }
        if (digit) return letters > 0 ? TokenShape.AlphaNumeric : separator ? TokenShape.Number : TokenShape.Digits;
        if (letters == 0) return TokenShape.Mixed;
        if (!lower) return letters >= 2 ? TokenShape.Upper : TokenShape.Capitalized;
        if (!firstUpper && !laterUpper) return TokenShape.Lower;
        return firstUpper && !laterUpper ? TokenShape.Capitalized : TokenShape.Mixed;
    }
}
