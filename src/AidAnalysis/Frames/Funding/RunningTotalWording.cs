using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"brings the total to $X", "brings the ministry's relief funding for the region this year to €40 million",
/// "raising Freedonia's support to the province to £12 million": a verb of raising (running-total-verbs.tsv), a total or aid
/// noun, and "to" right before the amount state a running total that includes the news (SCHEMA.md: cumulative totals are
/// earlier money). Read on the tokens before the amount, as the words written between whitespace ("chunks", see
/// <see cref="FundingTokenQueries.ChunksBefore"/>); the word classes are those of funding-attribute-words.tsv. Built once per
/// pipeline and shared by the funding and relation stages.</summary>
internal sealed class RunningTotalWording
{
    /// <summary>Words between the verb and its noun, and between the noun and "to", as the wording was written by hand.</summary>
    private const int VerbToNoun = 12, NounToTo = 16;
    /// <summary>Characters between the verb, "total" and "to" in the looser form, and between "total" and "is now".</summary>
    private const int TotalGap = 80, TotalNowGap = 60;
    /// <summary>"to" stands within this many characters of the amount (the rest of the tail is a few short words).</summary>
    private const int ToReach = 40;
    /// <summary>Words from "to" to the amount at most: "to", an article, a word and a two-word approximation.</summary>
    private const int Tail = 5;
    /// <summary>Words read first: those of the tail and of "the total is now (at) about", all that most amounts need.</summary>
    private const int Near = 6;
    /// <summary>Words read at most: the tail and the verb and noun before "to".</summary>
    private const int Far = VerbToNoun + NounToTo + 8;

    private readonly WordSet _verbs;
    private readonly WordSet _nouns;
    private readonly WordSet _articles;
    private readonly string[][] _approximations;
    private readonly WordSet _heads;
    private readonly WordSet _copulas;
    private readonly WordSet _nows;
    private readonly WordSet _nowPrepositions;
    private readonly string[][] _nowVerbs;

    public RunningTotalWording(Lexicon lexicon)
    {
        _verbs = new WordSet(VerbForms(lexicon));
        _nouns = Words(lexicon, "running-total-noun");
        _articles = Words(lexicon, "running-total-article");
        _approximations = Phrases(lexicon, "running-total-approximation");
        _heads = Words(lexicon, "running-total-head");
        _copulas = Words(lexicon, "running-total-copula");
        _nows = Words(lexicon, "running-total-now");
        _nowPrepositions = Words(lexicon, "running-total-now-preposition");
        _nowVerbs = Phrases(lexicon, "running-total-now-verb");
    }

    /// <summary>Whether the words before an amount (<paramref name="before"/> ends where it starts) end with running-total
    /// wording: a verb, up to 12 words, a noun, up to 16 words, "to", then an article, a word and an approximation, each
    /// optional, every word one whitespace character after the one before and none holding a full stop or semicolon.</summary>
    public bool EndsBefore(TokenLayer tokens, Span before)
    {
        Span<(int First, int Last)> chunks = stackalloc (int, int)[Far];
        return EndsBefore(tokens, before, chunks, tokens.ChunksBefore(before, chunks[..Near]));
    }

    /// <summary>Whether the words before an amount state a running total that includes it in any form: <see cref="EndsBefore(TokenLayer, Span)"/>;
    /// a verb of raising, "total" and "to" each within 80 characters of the next with no full stop or semicolon between ("lifts
    /// the total, with today's grant, to $X"); or "the total is now", "now stands at". The words are read once for all three.</summary>
    public bool IncludesNewsBefore(TokenLayer tokens, Span before)
    {
        Span<(int First, int Last)> chunks = stackalloc (int, int)[Far];
        var count = tokens.ChunksBefore(before, chunks[..Near]);
        return EndsBefore(tokens, before, chunks, count) || TotalBroughtTo(tokens, before, chunks, count) || TotalIsNow(tokens, before, chunks, count);
    }

    /// <summary><see cref="EndsBefore(TokenLayer, Span)"/> given the first <paramref name="near"/> words before the amount
    /// (<see cref="Near"/> at most), read on to <see cref="Far"/> words only when "to" stands among the last five.</summary>
    private bool EndsBefore(TokenLayer tokens, Span before, Span<(int First, int Last)> chunks, int near)
    {
        if (!HasTo(tokens, chunks[..Math.Min(near, Tail)])) return false;
        var count = near == Near ? tokens.ChunksBefore(before, chunks, near) : near;
        for (var to = 0; to < count && to < Tail; to++)
        {
            if (!IsWord(tokens, chunks[to], "to") || !TailAfterTo(tokens, chunks, to) || tokens[chunks[to].First].Start - 1 < before.End - ToReach) continue;
            for (var noun = to + 1; noun < count && noun <= to + 1 + NounToTo; noun++)
            {
                if (IsOneOf(tokens, chunks[noun], _nouns))
                    for (var verb = noun + 1; verb < count && verb <= noun + 1 + VerbToNoun; verb++)
                    {
                        if (_verbs.Contains(tokens.TextOf(chunks[verb].Last)) && tokens[chunks[verb].Last].Kind == TokenKind.Word) return true;
                        if (!Clean(tokens, chunks[verb])) break;
                    }
                if (!Clean(tokens, chunks[noun])) break;
            }
        }
        return false;
    }

    private static bool HasTo(TokenLayer tokens, ReadOnlySpan<(int First, int Last)> chunks)
    {
        for (var i = 0; i < chunks.Length; i++)
            if (tokens.Is(chunks[i].Last, "to")) return true;
        return false;
    }

    private bool TotalBroughtTo(TokenLayer tokens, Span before, ReadOnlySpan<(int First, int Last)> chunks, int read)
    {
        var count = Math.Min(read, Tail);
        for (var to = 0; to < count; to++)
        {
            var last = chunks[to].Last;
            if (!tokens.Is(last, "to") || !TailAfterTo(tokens, chunks, to)) continue;
            // The nearest "total" to the verb that still stands close enough to "to".
            var totalStart = -1;
            for (var j = last - 1; j >= 0 && tokens[j].Start >= before.Start && Clean(tokens, j); j--)
            {
                if (tokens[j].Kind != TokenKind.Word) continue;
                if (tokens.IsAny(j, _heads) && tokens[last].Start - tokens[j].End <= TotalGap) totalStart = tokens[j].Start;
                else if (totalStart >= 0 && tokens.IsAny(j, _verbs) && totalStart - tokens[j].End <= TotalGap) return true;
            }
        }
        return false;
    }

    /// <summary>"the total ... is now (at) $X" (up to 60 characters between "total" and the verb), "now totals $X",
    /// "now stands at $X", an approximation optional before the amount.</summary>
    private bool TotalIsNow(TokenLayer tokens, Span before, ReadOnlySpan<(int First, int Last)> chunks, int read)
    {
        var count = Math.Min(read, Near);
        for (var end = 0; end < count && end <= 2; end++)
        {
            if (end > 0 && !IsPhrase(tokens, chunks, end - 1, 0, _approximations)) continue;
            // "now totals", "now stands at": "now" ends the word before the verb.
            foreach (var verb in _nowVerbs)
            {
                var now = end + verb.Length;
                if (now < count && Spells(tokens, chunks, now - 1, end, verb) && tokens.IsAny(chunks[now].Last, _nows)) return true;
            }
            // "the total is now (at)".
            for (var now = end; now < count && now <= end + 1; now++)
            {
                if (now > end && !IsOneOf(tokens, chunks[end], _nowPrepositions) || !IsOneOf(tokens, chunks[now], _nows) || now + 1 >= count) continue;
                var copula = chunks[now + 1].Last;
                if (tokens[copula].Kind != TokenKind.Word || !tokens.IsAny(copula, _copulas)) continue;
                for (var j = copula - 1; j >= 0 && tokens[j].Start >= before.Start && tokens[copula].Start - tokens[j].End <= TotalNowGap && Clean(tokens, j); j--)
                    if (tokens[j].Kind == TokenKind.Word && tokens.IsAny(j, _heads)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether the words after "to" (chunks <paramref name="to"/> − 1 down to 0) are an optional article, an optional
    /// word of letters and hyphens, and an optional approximation, in that order.</summary>
    private bool TailAfterTo(TokenLayer tokens, ReadOnlySpan<(int First, int Last)> chunks, int to)
    {
        for (var article = 0; article <= 1; article++)
            for (var word = 0; word <= 1; word++)
            {
                var rest = to - article - word;
                if (rest < 0) continue;
                if (article == 1 && !IsOneOf(tokens, chunks[to - 1], _articles)) continue;
                if (word == 1 && !tokens.IsLetterRun(chunks[to - article - 1].First, chunks[to - article - 1].Last)) continue;
                if (rest == 0 || IsPhrase(tokens, chunks, rest - 1, 0, _approximations)) return true;
            }
        return false;
    }

    /// <summary>Whether chunks <paramref name="first"/> down to <paramref name="last"/> (the later one) spell one entry.</summary>
    private static bool IsPhrase(TokenLayer tokens, ReadOnlySpan<(int First, int Last)> chunks, int first, int last, string[][] entries)
    {
        foreach (var entry in entries)
            if (entry.Length == first - last + 1 && Spells(tokens, chunks, first, last, entry)) return true;
        return false;
    }

    private static bool Spells(TokenLayer tokens, ReadOnlySpan<(int First, int Last)> chunks, int first, int last, string[] entry)
    {
        if (first - last + 1 != entry.Length) return false;
        for (var k = 0; k < entry.Length; k++)
            if (!IsWord(tokens, chunks[first - k], entry[k])) return false;
        return true;
    }

    private static bool IsWord(TokenLayer tokens, (int First, int Last) chunk, string word) => chunk.First == chunk.Last && tokens.Is(chunk.First, word);

    private static bool IsOneOf(TokenLayer tokens, (int First, int Last) chunk, WordSet words) => chunk.First == chunk.Last && tokens.IsAny(chunk.First, words);

    /// <summary>Whether no token of the chunk holds a full stop or semicolon (the wording does not cross a sentence or clause end);
    /// the stops of an initialism ("U.S.", "U.K.") end no sentence.</summary>
    private static bool Clean(TokenLayer tokens, (int First, int Last) chunk)
    {
        if (IsInitialism(tokens, chunk)) return true;
        for (var i = chunk.First; i <= chunk.Last; i++)
            if (!Clean(tokens, i)) return false;
        return true;
    }

    /// <summary>Two or more capital letters, each followed by a full stop, written as one word ("U.S.", "E.U.") and followed by
    /// a word in lower case ("U.S. aid", "the U.K. total"): before a capital the last stop may end the sentence.</summary>
    private static bool IsInitialism(TokenLayer tokens, (int First, int Last) chunk)
    {
        if ((chunk.Last - chunk.First + 1) is var length && (length < 4 || length % 2 != 0)) return false;
        for (var i = chunk.First; i <= chunk.Last; i += 2)
            if (tokens.TextOf(i) is not [var letter] || !char.IsUpper(letter) || !tokens.IsMark(i + 1, '.')) return false;
        return tokens.IsLetters(chunk.Last + 1, lowerOnly: true);
    }

    private static bool Clean(TokenLayer tokens, int i) => !tokens.TextOf(i).ContainsAny('.', ';');

    private static WordSet Words(Lexicon lexicon, string wordClass) => new(AttributeWords.Entries(lexicon, wordClass));

    private static string[][] Phrases(Lexicon lexicon, string wordClass) =>
        [.. AttributeWords.Entries(lexicon, wordClass).Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>No verb forms is an error, not an empty class that would match nothing.</summary>
    private static IEnumerable<string> VerbForms(Lexicon lexicon)
    {
        var forms = lexicon.RunningTotalVerbs.Values.SelectMany(f => f).Distinct().ToList();
        return forms.Count > 0 ? forms : throw new FormatException("running-total-verbs.tsv: no verb forms");
    }
}
