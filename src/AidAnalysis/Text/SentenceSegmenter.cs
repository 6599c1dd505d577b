using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text;

/// <summary>Splits the text into paragraphs (at line breaks) and sentences (at end punctuation). A wire dateline that
/// opens a paragraph ("GENEVA, May 2 (Reuters) -", "KYIV, Ukraine (AP) —") is a sentence of its own, so the agency it
/// credits is never read as the subject, speaker or donor of the sentence after it.</summary>
public sealed class SentenceSegmenter(Lexicon lexicon) : IPipelineStage
{
    /// <summary>How many characters of a paragraph a dateline may take.</summary>
    private const int DatelineReach = 160;

    /// <summary>Tokenizes a paragraph's opening for the dateline: the segmenter runs before the document's tokens exist.</summary>
    private readonly Tokenizer _tokenizer = new(lexicon);

    private const string ClosingMarks = "\"'”’»)]";

    /// <summary>The abbreviations, looked up by the characters of the text without cutting them out.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations =
        new HashSet<string>(lexicon.Abbreviations, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var paragraphs = new List<Span>();
        var sentences = new List<Sentence>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var paragraph = Trim(text, new Span(start, end));
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
                SplitSentences(text, paragraph, paragraphs.Count - 1, sentences);
            }
            if (newline < 0) break;
            start = newline + 1;
        }
        return document with { Paragraphs = paragraphs, Sentences = sentences };
    }

    private void SplitSentences(string text, Span paragraph, int paragraphIndex, List<Sentence> sentences)
    {
        var start = paragraph.Start;
        if (DatelineEnd(text, paragraph) is > 0 and var datelineEnd)
        {
            sentences.Add(new Sentence(Trim(text, new Span(start, datelineEnd)), paragraphIndex));
            start = datelineEnd;
        }
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < paragraph.End && ClosingMarks.Contains(text[end])) end++;
            if (end >= paragraph.End || !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < paragraph.End && char.IsWhiteSpace(text[next])) next++;
            if (next >= paragraph.End || !StartsSentence(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, paragraph.Start, i)) continue;
            var sentence = Trim(text, new Span(start, end));
            if (sentence.Length > 0) sentences.Add(new Sentence(sentence, paragraphIndex));
            start = next;
            i = next - 1;
        }
        var last = Trim(text, new Span(start, paragraph.End));
        if (last.Length > 0) sentences.Add(new Sentence(last, paragraphIndex));
    }

    /// <summary>Where a dateline opening the paragraph ends (<see cref="DatelineOpening"/>), or -1. Without a credit in
    /// parentheses the place must be in capitals ("WASHINGTON —"), so that an ordinary sentence with a dash is not taken for one.</summary>
    private int DatelineEnd(string text, Span paragraph)
    {
        var window = text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, DatelineReach));
        if (window.Length == 0 || !char.IsUpper(window[0])) return -1;
        // Every dateline ends in a dash and a whitespace character: most paragraphs hold none and need no tokens.
        if (!HasDashBeforeSpace(window)) return -1;
        var (tokens, _) = _tokenizer.Tokenize(window.ToString(), []);
        if (new DatelineOpening(tokens).Read() is not { } opening || paragraph.Start + opening.End >= paragraph.End) return -1;
        return opening.Credit || opening.Capitals ? paragraph.Start + opening.End : -1;
    }

    /// <summary>Whether a dash ("-", "—", "–") stands before a whitespace character in <paramref name="window"/>: a hyphen
    /// inside a word ("aid-related") does not.</summary>
    private static bool HasDashBeforeSpace(ReadOnlySpan<char> window)
    {
        for (var at = window.IndexOfAny('-', '—', '–'); at >= 0 && at + 1 < window.Length;)
        {
            if (char.IsWhiteSpace(window[at + 1])) return true;
            var next = window[(at + 1)..].IndexOfAny('-', '—', '–');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || "\"“‘'«(„$€£".Contains(c);

    private bool IsAbbreviation(string text, int paragraphStart, int period)
    {
        var wordStart = period;
        while (wordStart > paragraphStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(') wordStart--;
        var word = text.AsSpan()[wordStart..(period + 1)];
        // A single capital letter with a period is an initial ("J. Smith"), not a sentence end.
        return _abbreviations.Contains(word) || (word.Length == 2 && char.IsUpper(word[0]));
    }

    internal static Span Trim(string text, Span span)
    {
        if (span.Start >= span.End) return new Span(Math.Min(span.Start, span.End), Math.Min(span.Start, span.End));
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new Span(s, e);
    }
}
