using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>The token layer: offsets, kinds, shapes, clitics, lemmas, sentences, and the word starts noted on the way.</summary>
public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static TokenLayer Tokenize(string text) => Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]).Tokens;

    private static string[] Texts(TokenLayer tokens) => Enumerable.Range(0, tokens.Count).Select(i => tokens.TextOf(i).ToString()).ToArray();

    [Fact]
    public void Words_numbers_and_marks_are_tokens_with_their_offsets_and_kinds()
    {
        const string text = "Aid rose to $1,500.75 million in 2025 — up 10bn.";
        var tokens = Tokenize(text);
        Assert.Equal(["Aid", "rose", "to", "$", "1,500.75", "million", "in", "2025", "—", "up", "10bn", "."], Texts(tokens));
        var amount = tokens[4];
        Assert.Equal((13, 21), (amount.Start, amount.End));
        Assert.Equal(TokenKind.Number, amount.Kind);
        Assert.Equal(TokenKind.Symbol, tokens[3].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[8].Kind);
        Assert.True(tokens[3].SpaceBefore);
        Assert.False(tokens[4].SpaceBefore);
        Assert.False(tokens[11].SpaceBefore);
    }

    [Theory]
    [InlineData("aid", TokenShape.Lower)]
    [InlineData("Norway", TokenShape.Capitalized)]
    [InlineData("A", TokenShape.Capitalized)]
    [InlineData("USAID", TokenShape.Upper)]
    [InlineData("iPhone", TokenShape.Mixed)]
    [InlineData("O’Brien", TokenShape.Mixed)]
    [InlineData("2025", TokenShape.Digits)]
    [InlineData("1,500.75", TokenShape.Number)]
    [InlineData("F16", TokenShape.AlphaNumeric)]
    [InlineData("—", TokenShape.Punctuation)]
    [InlineData("€", TokenShape.Symbol)]
    public void A_token_has_the_shape_of_its_spelling(string text, TokenShape shape)
    {
        var tokens = Tokenize(text);
        Assert.Equal(1, tokens.Count);
        Assert.Equal(shape, tokens[0].Shape);
    }

    [Fact]
    public void Possessives_and_contractions_are_clitics_with_either_apostrophe_and_names_keep_theirs()
    {
        var tokens = Tokenize("Norway’s envoy didn't say; O’Brien's team can’t, they’re sure.");
        Assert.Equal(["Norway", "’s", "envoy", "did", "n't", "say", ";", "O’Brien", "'s", "team", "ca", "n’t", ",", "they", "’re", "sure", "."], Texts(tokens));
        var clitics = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Kind == TokenKind.Clitic).Select(i => tokens.TextOf(i).ToString());
        Assert.Equal(["’s", "n't", "'s", "n’t", "’re"], clitics);
    }

    [Fact]
    public void Typographic_quotes_dashes_and_a_plural_possessive_are_marks_of_their_own()
    {
        var tokens = Tokenize("“Aid,” she said – the donors’ ‘final’ offer.");
        Assert.Equal(["“", "Aid", ",", "”", "she", "said", "–", "the", "donors", "’", "‘", "final", "’", "offer", "."], Texts(tokens));
        Assert.All([0, 2, 3, 6, 9, 10, 12, 14], i => Assert.Equal(TokenKind.Punctuation, tokens[i].Kind));
    }

    [Fact]
    public void Hyphens_separate_words_as_the_word_rule_does()
    {
        Assert.Equal(["US", "-", "backed", "long", "-", "term"], Texts(Tokenize("US-backed long-term")));
    }

    [Fact]
    public void Inflected_reporting_verbs_carry_the_lemma_of_their_one_lexicon_entry()
    {
        // "stress" lists no forms, so its regular inflections are its forms; "warn" lists its own (a "warning" is a noun).
        var tokens = Tokenize("She stresses, he stressed, they are Stressing; we stress. He warned and said, then told them, by the window.");
        var lemmas = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Kind == TokenKind.Word).ToDictionary(i => tokens.TextOf(i).ToString(), tokens.LemmaOf);
        Assert.All(["stresses", "stressed", "Stressing", "stress"], form => Assert.Equal("stress", lemmas[form]));
        Assert.Equal("warn", lemmas["warned"]);
        Assert.Equal("say", lemmas["said"]);
        Assert.Equal("tell", lemmas["told"]);
        Assert.Null(lemmas["window"]);
        Assert.Null(lemmas["She"]);
    }

    [Fact]
    public void Tokens_know_their_sentence_and_lie_outside_every_sentence_without_any()
    {
        var document = TestSupport.Process("Norway gave aid. Sweden said so.\nDenmark agreed.");
        var tokens = document.Tokens;
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2], tokens.All.ToArray().Select(t => t.Sentence));
        Assert.All(Tokenizer.Tokenize("No sentences here.", []).Tokens.All.ToArray(), t => Assert.Equal(-1, t.Sentence));
        Assert.Equal((4, 8), tokens.Within(document.Sentences[1].Span));
        Assert.Equal(4, tokens.IndexAt(document.Sentences[1].Span.Start - 1));
    }

    /// <summary>Letters, digits, marks, apostrophes, quotes and spaces in every mix.</summary>
    private static readonly Gen<string> Texty = Gen.Char["aZé9_’'-.,“”$ \n\u0301"].Array[0, 60].Select(c => new string(c));

    [Fact]
    public void Every_character_but_whitespace_is_in_exactly_one_token_and_word_starts_match_the_word_rule()
    {
        Texty.Sample(text =>
        {
            var (tokens, words) = Tokenizer.Tokenize(text, []);
            var covered = new int[text.Length];
            var end = 0;
            foreach (var token in tokens.All)
            {
                Assert.True(token.Start >= end && token.End > token.Start);
                for (var i = token.Start; i < token.End; i++) covered[i]++;
                end = token.End;
            }
            for (var i = 0; i < text.Length; i++) Assert.Equal(char.IsWhiteSpace(text[i]) ? 0 : 1, covered[i]);
            var expected = WordStarts.Of(text);
            Assert.Equal(Enumerable.Range(0, expected.Count).Select(i => expected[i]), Enumerable.Range(0, words.Count).Select(i => words[i]));
        });
    }

    [Fact]
    public async Task The_tokens_stage_runs_alone_on_a_hand_built_document_and_sets_its_word_starts()
    {
        const string text = "Kari Nordmann warned: “Aid is late.”";
        var stage = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "tokens");
        var document = new AnalysisDocument(Article.FromText(text, new ArticleMetadata(), "fixture.txt")) { Sentences = [new Sentence(new Span(0, text.Length), 0)] };
        var result = (await stage.RunAsync(document, CancellationToken.None));
        Assert.Equal(10, result.Tokens.Count);
        Assert.Equal("warn", result.Tokens.LemmaOf(2));
        Assert.Equal(0, document.Tokens.Count);
        Assert.Equal(6, result.Words.Count);
        Assert.Equal(result.Tokens[5].Start, result.Words[3]);
    }
}
