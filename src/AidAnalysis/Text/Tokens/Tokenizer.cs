using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;
using static AidAnalysis.Text.Tokens.WordCharacters;

namespace AidAnalysis.Text.Tokens;

/// <summary>
/// Pipeline stage that splits the text once into words, numbers, clitics and punctuation, with offsets,
/// sentence index, shape and the lemma of inflected reporting verbs, and notes where words begin on the way.
/// A word is a run of word characters (<see cref="WordCharacters"/>); a number keeps its separators
/// ("1,500.75"); "’s", "n't", "’re", "’ve", "’ll", "’d" and "’m" are clitics of their own; an apostrophe
/// between letters otherwise stays inside the word ("O’Brien"); hyphens and other marks are tokens of their own.
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    private static readonly string[] Clitics = ["s", "re", "ve", "ll", "d", "m"];

    private readonly string[] _lemmas;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lemmaByForm;
    private readonly WordPrefilter _forms;

    public Tokenizer(Lexicon lexicon)
    {
        // Single-word forms only: a phrase ("points out") is one cue, found by the cue stage with its entry.
        var lemmas = new List<string>();
        var lemmaByForm = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.ReportingVerbEntries)
        {
            if (entry.Lemma.Contains(' ')) continue;
            lemmas.Add(entry.Lemma);
            foreach (var form in entry.Forms.Prepend(entry.Lemma))
                if (!form.Contains(' ')) lemmaByForm.TryAdd(form, lemmas.Count - 1);
        }
        if (lemmas.Count > Token.MaxLemmas) throw new InvalidOperationException($"{lemmas.Count} reporting-verb lemmas: a token refers to at most {Token.MaxLemmas}");
        _lemmas = [.. lemmas];
        _lemmaByForm = lemmaByForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _forms = new WordPrefilter(lemmaByForm.Keys);
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var (tokens, words) = Tokenize(document.Text, document.Sentences);
        return document with { Tokens = tokens, Words = words };
    }

    /// <summary>The tokens of <paramref name="text"/> and where its words begin, in one pass.</summary>
    public (TokenLayer Tokens, WordStarts Words) Tokenize(string text, IReadOnlyList<Sentence> sentences)
    {
        var scan = new Scan(this, text, sentences);
        try
        {
            scan.Run();
            // The layers keep arrays of their exact size: the walk's buffers, sized for the densest text, are a third too
            // large for news text (a token every five characters), and go back to the pool.
            return (new TokenLayer(text, scan.Tokens[..scan.Count], scan.Keys[..scan.Count], scan.Count, _lemmas),
                WordStarts.FromSorted(text, scan.WordStarts[..scan.WordCount], scan.WordCount));
        }
        finally
        {
            scan.ReturnBuffers();
        }
    }

    private int LemmaOf(int number, ReadOnlySpan<char> word) =>
        _forms.MayMatch(number, word) && _lemmaByForm.TryGetValue(word, out var lemma) ? lemma : -1;

    /// <summary>The state of one walk over a text.</summary>
    private sealed class Scan(Tokenizer tokenizer, string text, IReadOnlyList<Sentence> sentences)
    {
        private int _sentence;

        public Token[] Tokens { get; private set; } = ArrayPool<Token>.Shared.Rent(text.Length / 4 + 8);
        public int[] Keys { get; private set; } = ArrayPool<int>.Shared.Rent(text.Length / 4 + 8);
        public int Count { get; private set; }
        public int[] WordStarts { get; private set; } = ArrayPool<int>.Shared.Rent(text.Length / 5 + 8);
        public int WordCount { get; private set; }

        public void ReturnBuffers()
        {
            ArrayPool<Token>.Shared.Return(Tokens);
            ArrayPool<int>.Shared.Return(Keys);
            ArrayPool<int>.Shared.Return(WordStarts);
        }

        /// <summary>A pooled buffer twice the size of <paramref name="full"/> holding its first <paramref name="count"/> items;
        /// <paramref name="full"/> goes back to the pool.</summary>
        private static T[] Grown<T>(T[] full, int count)
        {
            var grown = ArrayPool<T>.Shared.Rent(full.Length * 2);
            full.AsSpan(0, count).CopyTo(grown);
            ArrayPool<T>.Shared.Return(full);
            return grown;
        }

        private void AddWordStart(int start)
        {
            if (WordCount == WordStarts.Length) WordStarts = Grown(WordStarts, WordCount);
            WordStarts[WordCount++] = start;
        }

        public void Run()
        {
            var space = false;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
                if (IsWordChar(c)) i = Word(i, space);
                else if (IsApostrophe(c) && i > 0 && IsWordChar(text[i - 1]) && CliticEnd(i) is > 0 and var end)
                {
                    AddWordStart(i + 1);
                    Add(i, end, TokenKind.Clitic, space);
                    i = end;
                }
                else
                {
                    Add(i, i + 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol, space);
                    i++;
                }
                space = false;
            }
        }

        private int Word(int start, bool space)
        {
            var end = RunEnd(start);
            if (char.IsDigit(text[start]))
            {
                while (end + 1 < text.Length && text[end] is '.' or ',' && char.IsDigit(text[end + 1]) && char.IsDigit(text[end - 1]))
                    end = RunEnd(end + 1);
                Add(start, end, TokenKind.Number, space);
                return end;
            }
            // "don't" is "do" + "n't".
            if (end - start >= 2 && text[end - 1] is 'n' or 'N' && end + 1 < text.Length && IsApostrophe(text[end])
                && text[end + 1] is 't' or 'T' && (end + 2 == text.Length || !IsWordChar(text[end + 2])))
            {
                Add(start, end - 1, TokenKind.Word, space);
                AddWordStart(end + 1);
                Add(end - 1, end + 2, TokenKind.Clitic, false);
                return end + 2;
            }
            while (end + 1 < text.Length && IsApostrophe(text[end]) && char.IsLetter(text[end + 1]) && CliticEnd(end) < 0)
                end = RunEnd(end + 1);
            Add(start, end, TokenKind.Word, space);
            return end;
        }

        /// <summary>Where a clitic that opens with the apostrophe at <paramref name="apostrophe"/> ends, or -1.</summary>
        private int CliticEnd(int apostrophe)
        {
            var end = apostrophe + 1;
            while (end < text.Length && IsWordChar(text[end])) end++;
            var ending = text.AsSpan(apostrophe + 1, end - apostrophe - 1);
            foreach (var clitic in Clitics)
                if (ending.Equals(clitic, StringComparison.OrdinalIgnoreCase)) return end;
            return -1;
        }

        /// <summary>The end of the run of word characters at <paramref name="start"/>, noting a word start.</summary>
        private int RunEnd(int start)
        {
            if (start == 0 || !IsWordChar(text[start - 1])) AddWordStart(start);
            var end = start;
            while (end < text.Length && IsWordChar(text[end])) end++;
            return end;
        }

        private void Add(int start, int end, TokenKind kind, bool space)
        {
            while (_sentence < sentences.Count && sentences[_sentence].Span.End <= start) _sentence++;
            var sentence = _sentence < sentences.Count && sentences[_sentence].Span.Start <= start ? _sentence : -1;
            var chars = text.AsSpan(start, end - start);
            var number = WordKeys.Of(chars);
            var lemma = kind == TokenKind.Word ? tokenizer.LemmaOf(number, chars) : -1;
            if (Count == Tokens.Length) Tokens = Grown(Tokens, Count);
            if (Count == Keys.Length) Keys = Grown(Keys, Count);
            Keys[Count] = number;
            Tokens[Count++] = new Token(start, end, sentence, lemma, kind, TokenShapes.Of(chars, kind), space);
        }
    }
}
