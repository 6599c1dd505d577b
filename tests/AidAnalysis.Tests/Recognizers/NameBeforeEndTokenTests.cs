using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The name before a position, read from the tokens with each name token read about once, is the one the reader that
/// tried a start at every character found, on texts made of the pieces it cared about (capitals inside words, initials against a
/// token's end, particles, possessives, digits and underscores glued to letters, combining marks, runs of whitespace).</summary>
public class NameBeforeEndTokenTests
{
    private static readonly string[] Pieces =
        [
            "Anna", "Berg", "Lee", "Jin-ho", "O’Brien", "o’Brien", "McDonald", "xAnna", "AnnA", "Ö", "A.", "B. ", "C.", "x", "the", "and", "de", "van der ",
            "al-", " ", " ", " ", " ", "  ", ", ", "\n", "\t", "’s", "'s", "-", ".", "’", "UN", "1", "_", "Jose\u0301", "3Bob", "Mali’s ", "said",
        ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 24].Select(string.Concat);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    [Fact]
    public void A_name_token_longer_than_any_name_part_is_read_no_further_and_is_no_name()
    {
        // Invented tokens: a hyphenated run of letters 64 characters long is a name token, one letter more is not, and a run of
        // sixty thousand is given up at the same point rather than read whole on every call.
        var longest = "A" + string.Concat(Enumerable.Repeat("-Bb", 21));
        Assert.Equal(TextPatterns.MaxNameTokenLength, longest.Length);
        Assert.Equal(longest.Length, TextPatterns.NameTokenEnd(longest + " said", 0, longest.Length + 5));
        Assert.Equal(-1, TextPatterns.NameTokenEnd(longest + "b said", 0, longest.Length + 6));
        var hostile = "Kim " + "A" + string.Concat(Enumerable.Repeat("-Bb", 20_000)) + " said";
        Assert.Equal(-1, TextPatterns.NameTokenEnd(hostile, 4, hostile.Length));
        var tokens = Tokenizer.Tokenize(hostile, []).Tokens;
        // The name before "said" is the last stretch of the run that a name token can be, not the whole run.
        Assert.InRange(hostile.Length - 5 - NameBeforeEnd.PersonName(tokens, hostile.Length - 5), 1, TextPatterns.MaxNameTokenLength);
    }

    [Fact]
    public void The_token_reader_finds_the_start_the_character_reader_found()
    {
        int persons = 0, runs = 0, possessors = 0;
        Gen.Select(Text, Gen.Int[0, 40], Gen.Int[0, 200]).Sample((text, from, end) =>
        {
            end = Math.Min(end, text.Length);
            from = Math.Min(from, end);
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            var person = CharacterReader.Leftmost(text, from, end, 2, 1, 4);
            Assert.Equal(person, NameBeforeEnd.PersonName(tokens, from, end));
            var run = CharacterReader.Leftmost(text, from, end, 0, 2, 3);
            Assert.Equal(run, NameBeforeEnd.NameTokens(tokens, from, end, 2, 3));
            Assert.Equal(CharacterReader.Leftmost(text, from, end, 0, 1, 1), NameBeforeEnd.NameTokens(tokens, from, end, 1, 1));
            var owned = CharacterReader.AfterPossessor(text, run, end);
            Assert.Equal(owned, NameBeforeEnd.AfterPossessor(tokens, run, end));
            if (person >= 0) Interlocked.Increment(ref persons);
            if (run >= 0) Interlocked.Increment(ref runs);
            if (owned != run) Interlocked.Increment(ref possessors);
        }, iter: 100_000);
        Assert.True(persons > 5_000 && runs > 1_000 && possessors > 10, $"only {persons} person names, {runs} runs, {possessors} possessors");
    }

    [Theory]
    [InlineData("xAnna Berg", 1)]
    [InlineData("AnnA. Berg", 3)]
    [InlineData("Ab-C. Berg", 3)]
    [InlineData("3Bob Lee", 1)]
    [InlineData("x A. B. Berg", 2)]
    public void A_name_may_start_inside_a_word_or_at_an_initial_closing_one(string text, int start) =>
        Assert.Equal(start, NameBeforeEnd.PersonName(Tokenizer.Tokenize(text, []).Tokens, 0, text.Length));

    /// <summary>Without a window of characters the name's own tokens bound the reading: a long name is read whole, and the reading
    /// stops at the first character no name holds.</summary>
    [Theory]
    [InlineData("said Wilhelmina-Annabella-Rosamund Oyelaran-Fitzgerald-Montgomery-Wellesley", 5)]
    [InlineData("so, Tamsin Vorlaq", 4)]
    [InlineData("1 2 3 4 5 6 7 8 9 Tamsin Vorlaq", 18)]
    public void With_no_window_a_name_is_bounded_by_its_own_tokens(string text, int start)
    {
        var tokens = Tokenizer.Tokenize(text, []).Tokens;
        Assert.Equal(start, NameBeforeEnd.NameTokens(tokens, text.Length, minTokens: 2, maxTokens: 3));
        Assert.Equal(start, NameBeforeEnd.PersonName(tokens, text.Length));
    }

    /// <summary>The reader as it was before it read tokens: a start tried at every capital after the floor.</summary>
    private static class CharacterReader
    {
        public static int AfterPossessor(string text, int start, int end)
        {
            if (start < 0) return start;
            var space = text.IndexOf(' ', start, end - start);
            if (space < 2 || !(text.AsSpan(start, space - start).EndsWith("’s") || text.AsSpan(start, space - start).EndsWith("'s"))) return start;
            return text.IndexOf(' ', space + 1, end - space - 1) > 0 ? space + 1 : start;
        }

        public static int Leftmost(string text, int from, int end, int maxInitials, int minTokens, int maxTokens)
        {
            var floor = end;
            var spaces = 0;
            while (floor > from)
            {
                var c = text[floor - 1];
                if (char.IsWhiteSpace(c) ? ++spaces > maxInitials + maxTokens - 1 + TextPatterns.ParticlesInARow : !(TextPatterns.IsLetterOrMark(c) || c is '-' or '’' or '\'' or '.')) break;
                floor--;
            }
            for (var start = floor; start < end; start++)
                if (TextPatterns.IsUpperLetter(text[start]) && Reaches(text, start, end, maxInitials, minTokens, maxTokens)) return start;
            return -1;
        }

        private static bool Reaches(string text, int start, int end, int maxInitials, int minTokens, int maxTokens)
        {
            var at = start;
            for (var initials = 0; initials < maxInitials && at + 1 < end && TextPatterns.IsUpperLetter(text[at]) && text[at + 1] == '.'; initials++)
            {
                at += 2;
                if (at < end && char.IsWhiteSpace(text[at])) at++;
            }
            for (var tokens = 1; ; tokens++)
            {
                at = TextPatterns.NameTokenEnd(text, at, end);
                if (at < 0) return false;
                if (at == end) return tokens >= minTokens;
                if (tokens == maxTokens || !char.IsWhiteSpace(text[at])) return false;
                at = TextPatterns.AfterParticles(text, at + 1, end);
            }
        }
    }
}
