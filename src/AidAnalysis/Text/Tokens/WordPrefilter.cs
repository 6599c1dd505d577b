namespace AidAnalysis.Text.Tokens;

/// <summary>
/// A cheap test, before a case-insensitive dictionary lookup, that rules out most words of a text: it keeps, for each
/// ASCII first character (either case), which word lengths a key has. Ordinal case folding maps some other characters
/// onto ASCII ones ("ſ" onto "S"), so a word that opens with one is always looked up, and a key that opens with one
/// lets every word of its length through.
/// </summary>
internal sealed class WordPrefilter
{
    private const int NonAscii = 128;

    /// <summary>Bit <c>min(length, 63)</c> of entry <c>c</c> is set when a key of that length starts with <c>c</c>.</summary>
    private readonly ulong[] _lengthsByFirst = new ulong[NonAscii + 1];

    public WordPrefilter(IEnumerable<string> keys)
    {
        _lengthsByFirst[NonAscii] = ulong.MaxValue;
        foreach (var key in keys)
        {
            if (key.Length == 0) continue;
            var bit = 1UL << Math.Min(key.Length, 63);
            if (key[0] >= NonAscii)
            {
                for (var c = 0; c < NonAscii; c++) _lengthsByFirst[c] |= bit;
                continue;
            }
            _lengthsByFirst[char.ToLowerInvariant(key[0])] |= bit;
            _lengthsByFirst[char.ToUpperInvariant(key[0])] |= bit;
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case.</summary>
    public bool MayMatch(ReadOnlySpan<char> word) =>
        word.Length > 0 && (_lengthsByFirst[Math.Min(word[0], (char)NonAscii)] & (1UL << Math.Min(word.Length, 63))) != 0;
}
