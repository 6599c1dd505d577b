using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Text;

/// <summary>
/// Where each word of a text begins (a letter, digit or underscore after anything else), found once
/// per document so that every lexicon lookup visits words instead of characters.
/// </summary>
public sealed class WordStarts
{
    // The first Count slots of _starts: the tokenizer hands over an array of its exact size, Of keeps its buffer as it is.
    private readonly int[] _starts;

    private WordStarts(string text, int[] starts, int count)
    {
        Text = text;
        _starts = starts;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    public int this[int index] => (uint)index < (uint)Count ? _starts[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public static WordStarts Of(string text)
    {
        // Sized for news text (a word every five or six characters), grown by doubling, and kept as it is rather than copied to size.
        var starts = new int[text.Length / 5 + 8];
        var count = 0;
        var previousIsWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var isWord = TextPatterns.IsWordChar(text[i]);
            if (isWord && !previousIsWord)
            {
                if (count == starts.Length) Array.Resize(ref starts, starts.Length * 2);
                starts[count++] = i;
            }
            previousIsWord = isWord;
        }
        return new WordStarts(text, starts, count);
    }

    /// <summary>Word starts already found in text order, as the tokenizer notes them: the first <paramref name="count"/> of <paramref name="starts"/>.</summary>
    internal static WordStarts FromSorted(string text, int[] starts, int count) => new(text, starts, count);

    /// <summary>Index of the first word start at or after <paramref name="position"/> (<see cref="Count"/> if none).</summary>
    public int FirstAtOrAfter(int position)
    {
        var index = Array.BinarySearch(_starts, 0, Count, position);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Word starts inside <paramref name="window"/>.</summary>
    public ReadOnlySpan<int> Within(Span window)
    {
        var from = FirstAtOrAfter(window.Start);
        return _starts.AsSpan(from, FirstAtOrAfter(window.End) - from);
    }
}
