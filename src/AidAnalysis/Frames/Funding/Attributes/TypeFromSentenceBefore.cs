using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"for these purposes", "the funds": a sentence that refers back to money typed in the sentence before (in the
/// same or the next paragraph) takes its type from there.</summary>
internal sealed class TypeFromSentenceBefore(AttributeWords words)
{
    /// <summary>The sentence before, when the amount's sentence refers back to it.</summary>
    public Span? Antecedent(AnalysisDocument doc, Span sentence, int sentenceIndex) =>
        sentenceIndex > 0 && RefersBack(doc.Tokens, sentence)
        && doc.Sentences[sentenceIndex - 1].Paragraph >= doc.Sentences[sentenceIndex].Paragraph - 1
            ? doc.Sentences[sentenceIndex - 1].Span : null;

    private bool RefersBack(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.WhollyWithin(sentence);
        for (var i = first; i < end; i++)
        {
            if (words.PointerDeterminers.IsWord(tokens, i) && words.PointedNouns.IsWord(tokens, tokens.WordRightAfter(tokens[i].End, sentence.End, WordSpacing.OneWhitespace))
                || words.ArticleDeterminers.IsWord(tokens, i) && words.MoneyNouns.IsWord(tokens, tokens.WordRightAfter(tokens[i].End, sentence.End, WordSpacing.OneWhitespace)))
                return true;
        }
        return false;
    }
}
