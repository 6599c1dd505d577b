using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Clauses;

/// <summary>
/// Pipeline stage that divides each sentence into clauses (<see cref="Layer.Clauses"/>) from its tokens: a semicolon ends a
/// clause, and so does a comma before a contrasting subordinator ("..., while Norway gave ...", contrast-conjunctions.txt),
/// whose clause starts after the subordinator. A frame then asks for the clause an amount is in instead of searching the
/// characters around it. Inside those it marks the embedded clauses: relative clauses read on the tokens
/// (<see cref="EmbeddedClauseFinder"/>), parentheticals and attributions as the phrase layer reads them.
/// </summary>
public sealed class ClauseSegmenter(Lexicon lexicon) : IPipelineStage
{
    private readonly ClauseWords _words = new(lexicon);

    public AnalysisDocument Run(AnalysisDocument document) =>
        document with { Clauses = Segment(document.Sentences, document.Tokens, document.Phrases) };

    internal ClauseLayer Segment(IReadOnlyList<Sentence> sentences, TokenLayer tokens, PhraseLayer phrases)
    {
        var clauses = new List<Span>(sentences.Count);
        var boundaries = new List<Span>();
        var embedded = new List<EmbeddedClause>();
        var finder = new EmbeddedClauseFinder(_words, tokens, phrases);
        var text = tokens.Text;
        foreach (var sentence in sentences)
        {
            var (first, end) = tokens.Within(sentence.Span);
            var start = sentence.Span.Start;
            for (var i = first; i < end - 1; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Punctuation || token.Length != 1) continue;
                // The mark is written with one space after it (and the subordinator with one after it too), as running prose does.
                var mark = text[token.Start];
                var next = tokens[i + 1];
                if (mark == ';' && next.Start == token.End + 1 && text[token.End] == ' ')
                {
                    clauses.Add(new Span(start, token.Start));
                    start = next.Start;
                    boundaries.Add(new Span(token.Start, start));
                }
                else if (mark == ',' && i + 2 < end && next.Start == token.End + 1 && text[token.End] == ' ' && next.Kind == TokenKind.Word
                    && _words.Contrast.Contains(tokens.TextOf(i + 1)) && tokens[i + 2].Start == next.End + 1 && text[next.End] == ' ')
                {
                    clauses.Add(new Span(start, token.Start));
                    start = tokens[i + 2].Start;
                    boundaries.Add(new Span(token.Start, start));
                    i++;
                }
            }
            clauses.Add(new Span(start, sentence.Span.End));
            finder.Relatives(first, end, sentence.Span.End, embedded);
        }
        finder.Parentheticals(embedded);
        return new ClauseLayer(clauses, boundaries, embedded);
    }
}
