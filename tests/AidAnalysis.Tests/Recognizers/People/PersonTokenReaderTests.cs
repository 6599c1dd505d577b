using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The person recognizer's questions about the words around a name, read from the tokens, give the answers the readers
/// that looked at characters gave, on texts made of the pieces they cared about (hyphens, joiners, apostrophes after words and
/// after marks, digits, underscores, combining marks, titles and their complements).</summary>
public class PersonTokenReaderTests
{
    private static readonly string[] Pieces =
        [
            "Anna", "Berg", "Putin", "ism", "Minister", "Deputy", "of", "for", "the", "X", "iPhone", "_", "7", "U.N.", "Mali", "’s", "'s",
            "’S", "s", "’", "'", "-", "‑", "\u2060", "\u0301", " ", " ", " ", " ", "  ", "\n", "\t", ",", ".", "Secretary-General",
            " Minister Anna", " Deputy of", " Minister for", " Minister-X Berg", " Minister anna", " Deputy Minister",
        ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 20].Select(string.Concat);

    private static readonly IReadOnlySet<string> Titles = new HashSet<string>(["Minister", "Deputy", "Secretary-General", "Minister-X"], StringComparer.Ordinal);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static TokenLayer Tokens(string text) => Tokenizer.Tokenize(text, []).Tokens;

    [Fact]
    public void The_token_readers_answer_as_the_character_readers_did()
    {
        int joined = 0, owners = 0, opened = 0;
        Gen.Select(Text, Gen.Int[0, 200], Gen.Int[0, 200]).Sample((text, a, b) =>
        {
            var tokens = Tokens(text);
            var (start, end) = (Math.Min(Math.Min(a, b), text.Length), Math.Min(Math.Max(a, b), text.Length));
            // Half the names end right before a space, where a title may follow.
            var spaces = Enumerable.Range(start, text.Length - start).Where(i => text[i] == ' ').ToArray();
            if (b % 2 == 1 && spaces.Length > 0) end = spaces[b / 2 % spaces.Length];
            var span = new Span(start, end);
            var join = CharacterReader.JoinedToAnotherWord(text, span);
            Assert.Equal(join, PersonRecognizer.JoinedToAnotherWord(tokens, span));
            var owner = CharacterReader.PossessiveOwnerEnd(text, end);
            Assert.Equal(owner, tokens.PossessiveOwnerEnd(end));
            var opens = CharacterReader.OpensTitle(tokens, span);
            Assert.Equal(opens, PersonRecognizer.OpensTitle(tokens, span, Titles));
            if (join) Interlocked.Increment(ref joined);
            if (owner >= 0) Interlocked.Increment(ref owners);
            if (opens) Interlocked.Increment(ref opened);
        }, iter: 100_000);
        Assert.True(joined > 5_000 && owners > 200 && opened > 200, $"only {joined} joined, {owners} owners, {opened} titles opened");
    }

    [Theory]
    [InlineData("Mali’s Anna Berg", 7, 4)]
    [InlineData("Mali's Anna Berg", 7, 4)]
    [InlineData("U.N.’s Anna Berg", 7, 4)]
    [InlineData("Mali’S Anna Berg", 7, -1)]
    [InlineData("Mali’s  Anna Berg", 8, -1)]
    [InlineData("Mali’s\nAnna Berg", 7, -1)]
    public void A_possessive_and_one_space_before_a_name_mark_its_owner(string text, int nameStart, int ownerEnd) =>
        Assert.Equal(ownerEnd, Tokens(text).PossessiveOwnerEnd(nameStart));

    [Theory]
    [InlineData("Vorin-Lask met", 0, 5, true)]
    [InlineData("Vorinism met", 0, 5, true)]
    [InlineData("Vorin\u2060s met", 0, 5, true)]
    [InlineData("Vorin’s aides", 0, 5, false)]
    [InlineData("Vorin_x met", 0, 5, false)]
    [InlineData("met Vorin, then", 4, 9, false)]
    [InlineData("anti-Vorin voices", 5, 10, true)]
    public void A_word_that_runs_on_into_another_is_joined(string text, int start, int end, bool joined) =>
        Assert.Equal(joined, PersonRecognizer.JoinedToAnotherWord(Tokens(text), new Span(start, end)));

    [Theory]
    [InlineData("said Deputy Minister Anna Berg", 11, true)]
    [InlineData("said Deputy Minister of Works", 11, true)]
    [InlineData("said Deputy Minister for Works", 11, true)]
    [InlineData("said Anna Berg Minister Deputy", 14, false)]
    [InlineData("said Deputy Minister anna", 11, false)]
    [InlineData("said Deputy Minister  Anna", 11, false)]
    public void Capitalised_words_before_a_title_and_a_name_open_the_title(string text, int nameEnd, bool opens) =>
        Assert.Equal(opens, PersonRecognizer.OpensTitle(Tokens(text), new Span(5, nameEnd), Titles));

    /// <summary>The readers as they were before they read tokens.</summary>
    private static class CharacterReader
    {
        public static bool JoinedToAnotherWord(string text, Span span) =>
            (span.End < text.Length && (char.IsLetterOrDigit(text[span.End]) || text[span.End] is '-' or '‑' or '\u2060'))
            || (span.Start > 0 && (char.IsLetterOrDigit(text[span.Start - 1]) || text[span.Start - 1] is '-' or '‑' or '\u2060'));

        /// <summary>The gap test of the possessor reader: the owner ends three characters before the name, "’s " or "'s " between.</summary>
        public static int PossessiveOwnerEnd(string text, int nameStart) =>
            nameStart >= 3 && Possessive.IsGap(text.AsSpan(nameStart - 3, 3)) ? nameStart - 3 : -1;

        public static bool OpensTitle(TokenLayer tokens, Span name)
        {
            var text = tokens.Text;
            if (tokens.WordRunAfterSpace(name.End) is not { } title || !Titles.Contains(text[title.Start..title.End])) return false;
            if (tokens.WordRunAfterSpace(title.End) is not { } next) return false;
            var word = text[next.Start..next.End];
            return word is "of" or "for" || char.IsUpper(word[0]) && !Titles.Contains(word);
        }
    }
}
