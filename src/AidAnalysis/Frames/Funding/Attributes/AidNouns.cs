using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Nouns that make a sentence about aid ("aid-noun" of funding-attribute-words.tsv), matched as written, and a
/// lower-case one capitalised as the sentence's first word ("Support to the region totals $3 billion" as "The support ...").</summary>
internal sealed class AidNouns(AttributeWords words)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nouns =
        TextPatterns.SpanLookup(words.AidNouns);

    /// <summary>Whether a word of <paramref name="stretch"/> is an aid noun; a word the stretch cuts is read by its part inside.</summary>
    public bool In(TokenLayer tokens, Span stretch)
    {
        for (var i = tokens.IndexAt(stretch.Start); i < tokens.Count && tokens[i].Start < stretch.End; i++)
        {
            int from = Math.Max(tokens[i].Start, stretch.Start), to = Math.Min(tokens[i].End, stretch.End);
            var word = tokens.Text.AsSpan(from, to - from);
            if (_nouns.Contains(word) || OpensSentence(tokens, i) && Decapitalised(word) is { } lower && _nouns.Contains(lower)) return true;
        }
        return false;
    }

    /// <summary>The word with its first letter in lower case, where that letter alone is a capital ("Support", not "ODA").</summary>
    private static string? Decapitalised(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !char.IsUpper(word[1]) ? char.ToLowerInvariant(word[0]) + word[1..].ToString() : null;

    /// <summary>Whether no word stands before token <paramref name="i"/> in its sentence (an opening quote may).</summary>
    private static bool OpensSentence(TokenLayer tokens, int i)
    {
        var j = i - 1;
        while (j >= 0 && tokens[j].Sentence == tokens[i].Sentence && !tokens[j].IsWordLike) j--;
        return j < 0 || tokens[j].Sentence != tokens[i].Sentence;
    }
}
