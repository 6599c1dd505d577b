using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"for these purposes", "the funds": a sentence that refers back to money typed in the sentence before (in the
/// same or the next paragraph) takes its type from there.</summary>
internal static partial class TypeFromSentenceBefore
{
    [GeneratedRegex(@"\b(?:these|those|such)\s(?:purposes?|funds|projects|efforts)|\b(?:the|this|these)\s(?:funds|money|assistance|aid|package|contribution)\b", TextPatterns.WindowOptions)]
    private static partial Regex Anaphora { get; }

    /// <summary>The sentence before, when the amount's sentence refers back to it.</summary>
    public static Span? Antecedent(AnalysisDocument doc, Span sentence, int sentenceIndex) =>
        sentenceIndex > 0 && Anaphora.IsMatch(doc.Text.AsSpan()[sentence.Start..sentence.End])
        && doc.Sentences[sentenceIndex - 1].Paragraph >= doc.Sentences[sentenceIndex].Paragraph - 1
            ? doc.Sentences[sentenceIndex - 1].Span : null;
}
