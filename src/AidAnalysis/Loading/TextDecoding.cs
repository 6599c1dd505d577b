using System.Text;

namespace AidAnalysis.Loading;

/// <summary>
/// Article bytes to text: UTF-8 (with or without BOM), or UTF-16 with a BOM or recognised by its NUL bytes
/// (ASCII-range characters leave every other byte zero). Lone CRs (old Mac line ends) become LFs, one code
/// unit for one, so the analysis sees line breaks and offsets still index the text as decoded.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.Length == 0) throw new ArticleLoadException($"{origin}: the file is empty");
        var (encoding, name, skip) = Detect(bytes);
        if (encoding is null) throw new ArticleLoadException($"{origin}: binary file (contains NUL bytes), not a text article");
        string text;
        try
        {
            text = encoding.GetString(bytes[skip..]);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleLoadException($"{origin}: not valid {name} (invalid byte at offset {skip + e.Index})");
        }
        if (text.Contains('\0')) throw new ArticleLoadException($"{origin}: binary file (contains NUL characters), not a text article");
        return WithLineFeeds(text);
    }

    private static (Encoding? Encoding, string Name, int Skip) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return (StrictUtf8, "UTF-8", 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Utf16(bigEndian: false), "UTF-16", 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Utf16(bigEndian: true), "UTF-16", 2);
        if (!bytes.Contains((byte)0)) return (StrictUtf8, "UTF-8", 0);
        if (bytes.Length % 2 != 0) return (null, "", 0);
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        // Text in a Latin script has a zero high byte in most characters and never a zero low byte.
        var half = bytes.Length / 2;
        if (zeroEven == 0 && zeroOdd * 2 >= half) return (Utf16(bigEndian: false), "UTF-16", 0);
        if (zeroOdd == 0 && zeroEven * 2 >= half) return (Utf16(bigEndian: true), "UTF-16", 0);
        return (null, "", 0);
    }

    private static UnicodeEncoding Utf16(bool bigEndian) => new(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);

    private static string WithLineFeeds(string text)
    {
        if (!text.Contains('\r')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n')) chars[i] = '\n';
        return new string(chars);
    }
}
