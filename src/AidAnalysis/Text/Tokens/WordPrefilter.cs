using System.Numerics;

namespace AidAnalysis.Text.Tokens;

/// <summary>
/// A cheap test, before a case-insensitive dictionary lookup, that rules out most words of a text: it keeps, for each
/// pair of ASCII first and last characters (letters in either case), which word lengths a key has. Characters beyond ASCII
/// have no class of their own, so a word that opens or ends with one is always looked up, and a key that opens or ends with
/// one lets every word of its length through at that end. A token of a token layer is tested by its number
/// (<see cref="WordKeys"/>) instead: one bit of a table of the keys' numbers.
/// </summary>
internal sealed class WordPrefilter
{
    /// <summary>The 26 letters a–z in either case, then one class for every other ASCII character.</summary>
    private const int Classes = 27;
    private const int OtherAscii = 26;

    /// <summary>Bit <c>min(length, 63)</c> of entry <c>first · 27 + last</c> is set when a key of that length starts and ends
    /// with characters of those classes.</summary>
    private readonly ulong[] _lengthsByEnds = new ulong[Classes * Classes];

    // Bit (number · golden ratio) >> _numberShift is set for each ASCII key's number. A key holding a character beyond ASCII
    // has none and needs none: ordinal comparison ignoring case never equates it with a token of ASCII characters only.
    private readonly ulong[] _numbers;
    private readonly int _numberShift;

    public WordPrefilter(IEnumerable<string> keys)
    {
        var all = keys as IReadOnlyCollection<string> ?? [.. keys];
        (_numbers, _numberShift) = NumberTable(all);
        foreach (var key in all)
        {
            if (key.Length == 0) continue;
            var bit = 1UL << Math.Min(key.Length, 63);
            var (firstFrom, firstTo) = ClassesOf(key[0]);
            var (lastFrom, lastTo) = ClassesOf(key[^1]);
            for (var first = firstFrom; first <= firstTo; first++)
                for (var last = lastFrom; last <= lastTo; last++)
                    _lengthsByEnds[first * Classes + last] |= bit;
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case.</summary>
    public bool MayMatch(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        var (first, last) = (word[0], word[^1]);
        return first >= 128 || last >= 128
            || (_lengthsByEnds[Class(first) * Classes + Class(last)] & (1UL << Math.Min(word.Length, 63))) != 0;
    }

    /// <summary>False when no key can equal token <paramref name="index"/> of <paramref name="tokens"/> ignoring case.</summary>
    public bool MayMatch(TokenLayer tokens, int index)
    {
        var number = tokens.KeyOf(index);
        return number == WordKeys.None ? MayMatch(tokens.TextOf(index)) : HasNumber(number);
    }

    /// <summary>False when no key can equal <paramref name="word"/>, whose number is <paramref name="number"/>, ignoring case.</summary>
    public bool MayMatch(int number, ReadOnlySpan<char> word) =>
        number == WordKeys.None ? MayMatch(word) : HasNumber(number);

    private bool HasNumber(int number)
    {
        var bit = (uint)number * 0x9E3779B1u >> _numberShift;
        return (_numbers[bit >> 6] & (1UL << (int)bit)) != 0;
    }

    private static (ulong[] Bits, int Shift) NumberTable(IReadOnlyCollection<string> keys)
    {
        // About 16 bits a key keep a text's other words out with few false hits.
        var bits = BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, keys.Count * 16));
        var shift = 32 - BitOperations.Log2(bits);
        var table = new ulong[bits / 64];
        foreach (var key in keys)
        {
            var number = WordKeys.Of(key);
            if (number == WordKeys.None) continue;
            var bit = (uint)number * 0x9E3779B1u >> shift;
            table[bit >> 6] |= 1UL << (int)bit;
        }
        return (table, shift);
    }

    private static int Class(char ascii) => (uint)((ascii | 0x20) - 'a') < 26 ? (ascii | 0x20) - 'a' : OtherAscii;

    /// <summary>The classes a key's character may stand for in a text: its own, or all of them when it is no ASCII character.</summary>
    private static (int From, int To) ClassesOf(char c) => c >= 128 ? (0, Classes - 1) : (Class(c), Class(c));
}
