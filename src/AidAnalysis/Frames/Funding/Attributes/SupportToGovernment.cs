using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"budget support to the Freedonian government": money given to a government is financial aid. Read back from
/// each "government" of the clause: an optional capitalised name, an optional "the", "for" or "to", then a support noun.</summary>
internal sealed class SupportToGovernment(AttributeWords words)
{
    public bool In(TokenLayer tokens, Span clause)
    {
        for (var i = tokens.FirstStartingFrom(clause.Start); i < tokens.Count && tokens[i].End <= clause.End; i++)
            if (words.GovernmentNouns.IsWord(tokens, i) && Governed(tokens, i, clause.Start)) return true;
        return false;
    }

    private bool Governed(TokenLayer tokens, int government, int floor)
    {
        var before = tokens.WordRightBefore(tokens[government].Start, floor, WordSpacing.OneWhitespace);
        if (IsName(tokens, before) && ToThe(tokens, tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace), floor)) return true;
        return ToThe(tokens, before, floor);
    }

    /// <summary>"to the" or "to" ending with token <paramref name="last"/>, after a support noun.</summary>
    private bool ToThe(TokenLayer tokens, int last, int floor)
    {
        if (words.GovernmentDeterminers.IsWord(tokens, last) && ToNoun(tokens, tokens.WordRightBefore(tokens[last].Start, floor, WordSpacing.OneWhitespace), floor)) return true;
        return ToNoun(tokens, last, floor);
    }

    private bool ToNoun(TokenLayer tokens, int preposition, int floor) =>
        words.GovernmentPrepositions.IsWord(tokens, preposition)
        && words.GovernmentSupportNouns.IsWord(tokens, tokens.WordRightBefore(tokens[preposition].Start, floor, WordSpacing.OneWhitespace));

    /// <summary>A capitalised word of two letters or more ("Freedonian").</summary>
    private static bool IsName(TokenLayer tokens, int index) =>
        tokens.IsLetters(index) && tokens[index].Length >= 2 && char.IsUpper(tokens.TextOf(index)[0]);
}
