using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Nouns that make a sentence about aid ("aid-noun" of funding-attribute-words.tsv), matched as written: "Aid"
/// opening a sentence is not one of them, as it was not for the pattern they replace.</summary>
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
            if (_nouns.Contains(tokens.Text.AsSpan(from, to - from))) return true;
        }
        return false;
    }
}
