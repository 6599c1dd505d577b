using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"Foreign Secretary X said:" closing its paragraph, then the statement as the paragraphs that follow: each of their
/// sentences is the speaker's, until a heading or the release's own voice.</summary>
internal static class StatementBlocks
{
    /// <summary>"Foreign Secretary X said:" closing its paragraph: a release's statement follows, unquoted.</summary>
    public static bool IntroducesBlock(string text, Span cue, Span sentence) =>
        text.AsSpan(cue.End..sentence.End).Trim() is ":" && text.AsSpan(cue.End..).TrimStart(" :").StartsWith("\n");

    /// <summary>How many paragraphs a statement introduced by "X said:" may run; a release returns to its own voice after it.</summary>
    private const int StatementParagraphs = 3;

    /// <summary>Each sentence of the paragraphs after "X said:" is the speaker's, until a heading or another introduction.</summary>
    public static IEnumerable<Attribution> StatementBlock(AnalysisDocument doc, Attribution intro, Span cue)
    {
        var first = doc.SentenceIndexAt(cue.Start);
        if (first < 0) yield break;
        var paragraph = doc.Sentences[first].Paragraph;
        bool? quoted = null;
        for (var i = first + 1; i < doc.Sentences.Count && doc.Sentences[i].Paragraph - paragraph <= StatementParagraphs; i++)
        {
            var span = SentenceSegmenter.Trim(doc.Text, doc.Sentences[i].Span);
            if (span.Length == 0) continue;
            // A statement given as quoted paragraphs ends where a paragraph opens without a quotation mark: the release's
            // own voice resumes ("X, the minister, welcomed the announcement.").
            if (i == 0 || doc.Sentences[i - 1].Paragraph != doc.Sentences[i].Paragraph)
            {
                var opensQuoted = doc.Tokens.MarkAt(span.Start) is '"' or '“';
                quoted ??= opensQuoted;
                if (quoted == true && !opensQuoted) yield break;
            }
            // A heading (no closing stop) or another "...:" ends the statement.
            if (doc.Tokens.MarkAt(span.End - 1) is not ('.' or '!' or '?' or '"' or '”')) yield break;
            yield return intro with { Kind = ClaimKind.Reported, Span = doc.Tokens.WithoutFinalMark(span, '.') };
        }
    }
}
