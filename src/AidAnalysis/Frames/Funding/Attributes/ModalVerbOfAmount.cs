using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"will invest 2 billion pesos in ...", "said it would add another 300 million francs to ...": a modal whose verb
/// takes the amount as its object puts aid money in the future (direct or reported), which promises it (SCHEMA.md: "will
/// provide" is pledged), whatever verb the lexicon lacks.</summary>
internal sealed class ModalVerbOfAmount(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var last = tokens.WordRightBefore(amount.Start, window.Start, WordSpacing.OneWhitespace);
        if (last < 0) return false;
        if (VerbAfterModal(tokens, last, window.Start)) return true;
        for (var entry = 0; entry < words.ObjectModifiers.Count; entry++)
            if (words.ObjectModifiers.StartEndingAt(tokens, entry, last, window.Start) is var modifier and >= 0
                && VerbAfterModal(tokens, tokens.WordRightBefore(tokens[modifier].Start, window.Start, WordSpacing.OneWhitespace), window.Start))
                return true;
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> is a lower-case word after a modal ("will spend", "would also add").</summary>
    private bool VerbAfterModal(TokenLayer tokens, int verb, int floor)
    {
        if (!tokens.IsLetters(verb, lowerOnly: true)) return false;
        var before = tokens.WordRightBefore(tokens[verb].Start, floor, WordSpacing.OneWhitespace);
        return words.Modals.IsWord(tokens, before)
            || words.ModalFillers.IsWord(tokens, before) && words.Modals.IsWord(tokens, tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace));
    }
}
