using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary><see cref="TitleHolders.LastWordsHold"/> reads its words with <see cref="ClaimWordReader.Backward"/> and finds what
/// its own backward walk found, on generated texts; the walk is kept here as the reference. The test counts the cases it
/// met (titles held, digits of numbers held, readings cut by a run of marks), so a generator that stopped producing them fails.</summary>
public class BackwardWordReaderTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    /// <summary>Title words alone and inside longer words, numbers with separators, hyphens, apostrophes, the marks that stop the
    /// reading, short and long runs of other marks, and spaces.</summary>
    private static readonly string[] Pieces =
        [
            "chief", "Chief", "chiefs", "aid", "UN", "Jean-Paul", "O’Brien", "don't", "’s", "1,500", "3.5", "25", "5,005.5",
            "-", "'", "’", ".", "(", "\"", "“", "”", "\n", "/", "&", "*", "* * * * * * * * * * ", "/ & * ",
            " ", " ", " ", " ", ", ", ",", ";", ":",
        ];

    private static readonly Gen<string> Text =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 24].Select(string.Concat);

    private static readonly string[] Words = ["chief", "5", "Jean-Paul"];

    [Fact]
    public void The_backward_reader_finds_the_words_the_old_walk_found()
    {
        int held = 0, digits = 0, capped = 0;
        Gen.Select(Text, Gen.Int[0, 60], Gen.Int[0, Words.Length - 1], Gen.Int[0, 5]).Sample((text, at, w, count) =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            // Names start where a token does.
            at = at % (tokens.Count + 1) is var i && i < tokens.Count ? tokens[i].Start : text.Length;
            var expected = OldLastWordsHold(tokens, at, count, Words[w], 8);
            Assert.Equal(expected, TitleHolders.LastWordsHold(tokens, at, count, Words[w]));
            if (expected) Interlocked.Increment(ref w == 1 ? ref digits : ref held);
            if (expected != OldLastWordsHold(tokens, at, count, Words[w], int.MaxValue)) Interlocked.Increment(ref capped);
        }, iter: 20_000);
        Assert.True(held > 200 && digits > 200 && capped > 15, $"only {held} titles, {digits} digits held and {capped} readings cut by marks");
    }

    /// <summary>The walk <see cref="TitleHolders.LastWordsHold"/> had before it read with <see cref="ClaimWordReader.Backward"/>,
    /// its run of marks a parameter so that the test can tell the readings the cap cut.</summary>
    private static bool OldLastWordsHold(TokenLayer tokens, int end, int count, string word, int markRun)
    {
        int start = -1, stop = -1, seen = 0, marks = 0;
        for (var k = tokens.LastEndingBy(end); k >= 0; k--)
        {
            if (tokens.BreaksLineBetween(tokens[k].End, k + 1 < tokens.Count ? Math.Min(tokens[k + 1].Start, end) : end)) break;
            if (tokens.IsMark(k, '.') || tokens.IsMark(k, '(') || tokens.IsMark(k, '"') || tokens.IsMark(k, '“') || tokens.IsMark(k, '”')) break;
            if (!ClaimWordReader.IsPart(tokens, k))
            {
                if (++marks > markRun) break;
                continue;
            }
            marks = 0;
            if (tokens[k].Kind != TokenKind.Number)
            {
                if (Part(tokens[k].Start, tokens[k].End)) return true;
                if (seen == count) return false;
                continue;
            }
            var digits = tokens.TextOf(k);
            var at = digits.Length;
            for (; at > 0 && digits[at - 1] != '.'; at--)
                if (digits[at - 1] != ',' && Part(tokens[k].Start + at - 1, tokens[k].Start + at)) return true;
                else if (seen == count) return false;
            if (at > 0) break;
        }
        return start >= 0 && Holds();

        bool Part(int from, int to)
        {
            if (to == start) { start = from; return false; }
            var hit = start >= 0 && Holds();
            (start, stop) = (from, to);
            return hit;
        }

        bool Holds()
        {
            seen++;
            return tokens.Text.AsSpan(start, stop - start).Equals(word, StringComparison.OrdinalIgnoreCase);
        }
    }
}
