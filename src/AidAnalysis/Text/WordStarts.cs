using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Text;

/// <summary>
/// Where each word of a text begins (a letter, digit or underscore after anything else), found once
/// per document so that every lexicon lookup visits words instead of characters.
/// </summary>
public sealed class WordStarts
{
    private readonly int[] _starts;

    private WordStarts(string text, int[] starts)
    {
        Text = text;
        _starts = starts;
    }

    public string Text { get; }

    public int Count => _starts.Length;

    public int this[int index] => _starts[index];

    public static WordStarts Of(string text)
    {
        var starts = new List<int>(text.Length / 5);
        var previousIsWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var isWord = TextPatterns.IsWordChar(text[i]);
            if (isWord && !previousIsWord) starts.Add(i);
            previousIsWord = isWord;
        }
        return new WordStarts(text, [.. starts]);
    }

    /// <summary>Word starts already found in text order, as the tokenizer notes them.</summary>
    internal static WordStarts FromSorted(string text, int[] starts) => new(text, starts);

    /// <summary>Index of the first word start at or after <paramref name="position"/> (<see cref="Count"/> if none).</summary>
    public int FirstAtOrAfter(int position)
    {
        var index = Array.BinarySearch(_starts, position);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Word starts inside <paramref name="window"/>.</summary>
    public ReadOnlySpan<int> Within(Span window)
    {
        var from = FirstAtOrAfter(window.Start);
        return _starts.AsSpan(from, FirstAtOrAfter(window.End) - from);
    }
}
