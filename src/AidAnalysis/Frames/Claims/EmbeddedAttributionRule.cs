using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"to stop what doctors describe as the largest epidemic in years", "El Niño, which meteorologists say could
/// bring heavier rain": a free or non-restrictive relative whose subject reports or names what follows (Quirk et al. 1985,
/// §15.8 on nominal relative clauses): the subject's statement, inside the sentence it stands in.</summary>
internal sealed class EmbeddedAttributionRule(Lexicon lexicon, SpeakerFinder speakers)
{
    /// <summary>The fewest words a statement so attributed has ("the worst outbreak", "could bring heavier rain").</summary>
    private const int StatementWords = 2;

    /// <summary>Adds the statements of one sentence to <paramref name="found"/> (a list the caller reuses, so most sentences,
    /// which have none, allocate nothing).</summary>
    public void Statements(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster roster, Span sentence, List<Attribution> found)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        if (sentence.Length > ReportedSpeech.ContextReach * 2) sentence = sentence with { End = sentence.Start + ReportedSpeech.ContextReach * 2 };
        Span[]? words = null;
        for (var next = tokens.FirstStartingFrom(sentence.Start); next < tokens.Count && tokens[next].Start < sentence.End;)
        {
            var opening = next++;
            if (!tokens.IsExactly(opening, "what") && !tokens.IsExactly(opening, "which")) continue;
            words ??= new Span[MaxOpeningWords];
            var count = RelativeOpening(tokens, opening, sentence, words, ref next);
            if (count == 0) continue;
            // The verb is the first word after the subject that reports or names; the subject is one to four words.
            var at = -1;
            for (var i = 1; i < count && at < 0; i++)
                if (IsAttributingVerb(text[words[i].Start..words[i].End])) at = i;
            if (at < 0) continue;
            var subject = new Span(words[0].Start, words[at - 1].End);
            // "what he called", "what they say": a pronoun's antecedent is usually the sentence's own speaker, already read.
            if (at == 1 && text.AsSpan(words[0].Start, words[0].Length) is "he" or "she" or "it" or "they" or "we" or "I" or "you") continue;
            var speaker = speakers.Subject(doc, index, roster, subject);
            if (speaker is null) continue;
            var verb = text[words[at].Start..words[at].End];
            var contentStart = words[at].End + 1;
            var contentEnd = StatementEnd(tokens, new Span(contentStart, Math.Max(contentStart, sentence.End)));
            var span = SentenceSegmenter.Trim(text, new Span(contentStart, contentEnd < 0 ? sentence.End : contentEnd));
            span = tokens.WithoutFinalMark(span, '.');
            if (tokens.ClaimWordCount(span, StatementWords) < StatementWords) continue;
            found.Add(new Attribution(speaker, ClaimKind.Reported, verb, span, lexicon.ReportingVerbs.GetValueOrDefault(verb, false)));
        }
    }

    /// <summary>The most words after "what" or "which" read for a subject and its verb.</summary>
    private const int MaxOpeningWords = 5;

    /// <summary>"what" or "which" (token <paramref name="opening"/>) and the words after it, each written with one whitespace
    /// character after it inside <paramref name="window"/>: up to five such words into <paramref name="words"/>, and how many,
    /// or 0 when fewer than two follow. A word is a run of tokens written together of letters, digits, full stops, apostrophes
    /// and hyphens. <paramref name="next"/> moves past the words read. <paramref name="opening"/> starts inside
    /// <paramref name="window"/>: the caller reads the window's tokens from its start.</summary>
    internal static int RelativeOpening(TokenLayer tokens, int opening, Span window, Span[] words, ref int next)
    {
        var count = 0;
        var end = tokens[opening].End;
        var after = opening + 1;
        for (var j = after; count < MaxOpeningWords && j < tokens.Count && tokens[j].Start == end + 1;)
        {
            var first = j;
            j = tokens.SpacedWordEnd(first, window);
            if (j == first) break;
            words[count++] = new Span(tokens[first].Start, tokens[j - 1].End);
            (end, after) = (tokens[j - 1].End, j);
        }
        if (count < 2) return 0;
        next = after;
        return count;
    }

    /// <summary>Where the statement after the verb ends inside <paramref name="rest"/>: at the first comma (a number's too),
    /// semicolon, colon, quotation mark or bracket; -1 if none.</summary>
    internal static int StatementEnd(TokenLayer tokens, Span rest)
    {
        for (var i = tokens.IndexAt(rest.Start); i < tokens.Count && tokens[i].Start < rest.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                var from = Math.Max(tokens[i].Start, rest.Start);
                if (tokens.Text.AsSpan(from, Math.Min(tokens[i].End, rest.End) - from).IndexOf(',') is var comma and >= 0) return from + comma;
                continue;
            }
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 && tokens.CharAt(tokens[i].Start) is ',' or ';' or ':' or '“' or '”' or '"' or '(' or ')')
                return tokens[i].Start;
        }
        return -1;
    }

    /// <summary>A verb of naming ("call", "describe") or of saying that is not one of stance (whose object is the statement).</summary>
    private bool IsAttributingVerb(string word) =>
        char.IsLower(word[0]) && (lexicon.NamingVerbs.Contains(word) || (lexicon.ReportingVerbs.ContainsKey(word) && !lexicon.StanceVerbs.Contains(word)));
}
