using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "the official stated that the government would free up 3 billion pesos", "She said her government would give $7 million": a
/// government named by a common noun, with no state of its own, gives. The phrase stands right before the verb of giving, or
/// before its auxiliaries; which state it is, the funding frame reads from the sentence's officials or the dateline. Read on
/// the tokens, the words of party-words.tsv as written.
/// </summary>
internal sealed class OwnGovernmentSubject(PartyWords words)
{
    /// <summary>How far before the verb the phrase may start, and how many auxiliaries may stand between.</summary>
    private const int Reach = 40, Auxiliaries = 3;

    /// <summary>"Dr Y, the health minister, stated that the government would meet the wages and had allocated 3 billion rupees": an
    /// official the text names without a state reports what an unnamed government, named between the two, gives.</summary>
    public bool IsReportedBy(TokenLayer tokens, Span speaker, Span verb)
    {
        if (speaker.End >= verb.Start) return false;
        var (first, end) = tokens.Within(new Span(speaker.End, verb.Start));
        for (var i = first; i < end; i++)
            if (tokens[i].Start >= speaker.End && tokens.IsExactlyAny(i, words.GovernmentDeterminers) && GovernmentAfter(tokens, i, verb.Start) >= 0)
                return true;
        return false;
    }

    /// <summary>Whether the verb's subject is an unnamed government: "the (federal) government", "its government", or
    /// "Government" opening the stretch read, then up to three auxiliaries, each one whitespace character apart.</summary>
    public bool IsSubjectOf(TokenLayer tokens, Span sentence, Span verb)
    {
        var floor = Math.Max(sentence.Start, verb.Start - Reach);
        Span<(int First, int Last)> chunks = stackalloc (int, int)[Auxiliaries + 3];
        var count = tokens.ChunksBefore(new Span(floor, verb.Start), chunks);
        for (var a = 0; a < count && a <= Auxiliaries; a++)
        {
            var (noun, nounEnd) = chunks[a];
            if (noun == nounEnd && tokens.IsExactlyAny(noun, words.GovernmentNouns)
                && (IsDeterminer(tokens, chunks, count, a + 1) || count > a + 1 && chunks[a + 1].First == chunks[a + 1].Last
                    && tokens.IsExactlyAny(chunks[a + 1].First, words.GovernmentLevels) && IsDeterminer(tokens, chunks, count, a + 2)))
                return true;
            // "Government will ..." opening the stretch read, with or without a capital.
            if (noun == nounEnd && tokens[noun].Start == floor && (tokens.IsExactlyAny(noun, words.GovernmentNouns) || IsCapitalisedNoun(tokens, noun)))
                return true;
            if (chunks[a].First != chunks[a].Last || !tokens.IsExactlyAny(chunks[a].First, words.GovernmentAuxiliaries)) return false;
        }
        return false;
    }

    /// <summary>The "government" after determiner <paramref name="determiner"/> and perhaps a level ("the federal government"),
    /// ending by <paramref name="ceiling"/>; -1 if none.</summary>
    private int GovernmentAfter(TokenLayer tokens, int determiner, int ceiling)
    {
        var next = tokens.WordRightAfter(tokens[determiner].End, ceiling, WordSpacing.OneWhitespace);
        if (tokens.IsExactlyAny(next, words.GovernmentLevels)) next = tokens.WordRightAfter(tokens[next].End, ceiling, WordSpacing.OneWhitespace);
        return tokens.IsExactlyAny(next, words.GovernmentNouns) ? next : -1;
    }

    /// <summary>Whether chunk <paramref name="at"/> is a determiner of the subject form ("its" too) on its own.</summary>
    private bool IsDeterminer(TokenLayer tokens, ReadOnlySpan<(int First, int Last)> chunks, int count, int at) =>
        at < count && chunks[at].First == chunks[at].Last
        && (tokens.IsExactlyAny(chunks[at].First, words.GovernmentDeterminers) || tokens.IsExactlyAny(chunks[at].First, words.SubjectGovernmentDeterminers));

    /// <summary>"Government" with a capital, opening the stretch read.</summary>
    private bool IsCapitalisedNoun(TokenLayer tokens, int i)
    {
        var word = tokens.TextOf(i);
        foreach (var noun in words.GovernmentNouns)
            if (word.Length == noun.Length && word.Length > 0 && word[0] == char.ToUpperInvariant(noun[0]) && word[1..].SequenceEqual(noun.AsSpan(1)))
                return true;
        return false;
    }
}
