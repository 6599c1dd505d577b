using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>The phrases that describe a recipient instead of naming it, read on tokens inside a scope as if it were the whole
/// text (a word cut by its edges is read as its part inside): a beneficiary marker, perhaps a helper verb and "the", up to four
/// modifiers (the fewest that work), a head noun of recipient-heads.txt (any case) and its qualifier: a qualifying word and up to
/// twelve runs of characters after it, each one whitespace character after the last, up to a stop word or punctuation. Words
/// other than the head are read as written, one whitespace character apart; after a phrase the reading goes on where it ends.</summary>
internal sealed class DescribedPhrases(Lexicon lexicon, PartyWords words)
{
    private const int MaxModifiers = 4;
    private const int MaxQualifierRuns = 12;

    /// <summary>Characters a qualifier's run of characters stops at.</summary>
    private static readonly SearchValues<char> RunEnds = SearchValues.Create(",.;:()$€£\"“”");

    private readonly WordSet _heads = new(lexicon.RecipientHeads);

    /// <summary>Each phrase from its first modifier or head to the end of its qualifier, in text order.</summary>
    public List<Span> Find(TokenLayer tokens, Span scope)
    {
        var found = new List<Span>();
        var reader = new Scope(tokens, scope);
        var resume = scope.Start;
        for (var i = tokens.IndexAt(scope.Start); i < tokens.Count && tokens[i].Start < scope.End; i++)
        {
            if (reader.Start(i) < resume || !Written(reader.Text(i), words.BeneficiaryMarkerSet)) continue;
            if (Phrase(reader, reader.After(i)) is not { } phrase) continue;
            found.Add(phrase);
            resume = phrase.End;
        }
        return found;
    }

    /// <summary>The phrase after a marker whose next word is <paramref name="next"/>: with the helper verb and "the" if they
    /// stand there and the phrase reads with them, else without.</summary>
    private Span? Phrase(Scope reader, int next)
    {
        if (next < 0) return null;
        if (Written(reader.Text(next), words.DescribedHelpers) && reader.After(next) is var helped and >= 0
            && WithOrWithoutThe(reader, helped) is { } withHelper)
            return withHelper;
        return WithOrWithoutThe(reader, next);
    }

    private Span? WithOrWithoutThe(Scope reader, int next)
    {
        if (reader.Text(next).SequenceEqual("the") && reader.After(next) is var after and >= 0 && HeadedPhrase(reader, after) is { } withThe)
            return withThe;
        return HeadedPhrase(reader, next);
    }

    /// <summary>The phrase from run <paramref name="first"/>: the fewest modifiers before a head that a qualifier follows.</summary>
    private Span? HeadedPhrase(Scope reader, int first)
    {
        var run = first;
        for (var modifiers = 0; modifiers <= MaxModifiers && run >= 0; modifiers++)
        {
            if (_heads.Contains(reader.Text(run)) && reader.After(run) is var qualifier and >= 0
                && Written(reader.Text(qualifier), words.DescribedQualifiers))
                return new Span(reader.Start(first), QualifierEnd(reader, qualifier));
            if (modifiers == MaxModifiers || Written(reader.Text(run), words.DescribedNonModifiers)) return null;
            var last = reader.LetterRunEnd(run);
            run = last < 0 ? -1 : reader.After(last);
        }
        return null;
    }

    /// <summary>Where the qualifier opened by token <paramref name="qualifier"/> ends.</summary>
    private int QualifierEnd(Scope reader, int qualifier)
    {
        var end = reader.End(qualifier);
        var last = qualifier;
        for (var runs = 0; runs < MaxQualifierRuns; runs++)
        {
            var next = reader.After(last);
            if (next < 0 || Written(reader.Text(next), words.DescribedStops)) break;
            var (runEnd, runLast, cut) = reader.RunUntil(next, RunEnds);
            if (runEnd == reader.Start(next)) break;
            (end, last) = (runEnd, runLast);
            if (cut) break;
        }
        return end;
    }

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="set"/>, written in lower case as the class is.</summary>
    private static bool Written(ReadOnlySpan<char> word, WordSet set) => set.Contains(word) && !word.ContainsAnyInRange('A', 'Z');

    /// <summary>The tokens as cut by the scope's edges.</summary>
    private readonly struct Scope(TokenLayer tokens, Span scope)
    {
        public int Start(int i) => Math.Max(tokens[i].Start, scope.Start);

        public int End(int i) => Math.Min(tokens[i].End, scope.End);

        public ReadOnlySpan<char> Text(int i) => tokens.Text.AsSpan(Start(i), Math.Max(0, End(i) - Start(i)));

        /// <summary>The token one whitespace character after token <paramref name="i"/>, inside the scope; -1 if none.</summary>
        public int After(int i) =>
            tokens[i].End < scope.End && tokens.SpacedFromPrevious(i + 1, WordSpacing.OneWhitespace) && tokens[i + 1].Start < scope.End ? i + 1 : -1;

        /// <summary>The last token of the run written together from token <paramref name="first"/> when the run is made of letters,
        /// apostrophes and hyphens only and whitespace follows it inside the scope; -1 otherwise.</summary>
        public int LetterRunEnd(int first)
        {
            for (var i = first; i < tokens.Count && tokens[i].End < scope.End; i++)
            {
                if (!FundingTokenQueries.IsLetterWord(Text(i))) return -1;
                if (i + 1 >= tokens.Count || tokens[i + 1].Start != tokens[i].End) return After(i) >= 0 ? i : -1;
            }
            return -1;
        }

        /// <summary>The run written together from token <paramref name="first"/> up to the first of <paramref name="ends"/> or
        /// the scope's end: where it ends, its last token, and whether such a character cut it.</summary>
        public (int End, int Last, bool Cut) RunUntil(int first, SearchValues<char> ends)
        {
            for (var i = first; ; i++)
            {
                var text = Text(i);
                if (text.IndexOfAny(ends) is var at and >= 0) return (Start(i) + at, i, true);
                if (tokens[i].End >= scope.End || i + 1 >= tokens.Count || tokens[i + 1].Start != tokens[i].End) return (End(i), i, false);
            }
        }
    }
}
