using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames.Claims;

/// <summary>"to stop what doctors describe as the largest epidemic in years", "El Niño, which meteorologists say could
/// bring heavier rain": a free or non-restrictive relative whose subject reports or names what follows (Quirk et al. 1985,
/// §15.8 on nominal relative clauses): the subject's statement, inside the sentence it stands in.</summary>
internal sealed partial class EmbeddedAttributionRule(Lexicon lexicon, SpeakerFinder speakers)
{
    /// <summary>"what" or "which" and the next five words, each with the space after it; the subject is the words before the verb.</summary>
    [GeneratedRegex(@"\b(?:what|which)\s(?:(?<word>[\p{L}\p{N}.'’-]+)\s){2,5}", TextPatterns.WindowOptions)]
    private static partial Regex RelativeOpening { get; }

    /// <summary>The fewest words a statement so attributed has ("the worst outbreak", "could bring heavier rain").</summary>
    private const int StatementWords = 2;

    /// <summary>Adds the statements of one sentence to <paramref name="found"/> (a list the caller reuses, so most sentences,
    /// which have none, allocate nothing).</summary>
    public void Statements(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster roster, Span sentence, List<Attribution> found)
    {
        var text = doc.Text;
        if (sentence.Length > ReportedSpeech.ContextReach * 2) sentence = sentence with { End = sentence.Start + ReportedSpeech.ContextReach * 2 };
        for (var m = RelativeOpening.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            // The verb is the first word after the subject that reports or names; the subject is one to four words.
            var words = m.Groups["word"].Captures;
            var at = -1;
            for (var i = 1; i < words.Count && at < 0; i++)
                if (IsAttributingVerb(words[i].Value)) at = i;
            if (at < 0) continue;
            var subject = new Span(words[0].Index, words[at - 1].Index + words[at - 1].Length);
            // "what he called", "what they say": a pronoun's antecedent is usually the sentence's own speaker, already read.
            if (at == 1 && words[0].Value is "he" or "she" or "it" or "they" or "we" or "I" or "you") continue;
            var speaker = speakers.Subject(doc, index, roster, subject);
            if (speaker is null) continue;
            var verb = words[at];
            var contentStart = verb.Index + verb.Length + 1;
            var contentEnd = text.AsSpan(contentStart, Math.Max(0, sentence.End - contentStart)).IndexOfAny(",;:“”\"()");
            var span = SentenceSegmenter.Trim(text, new Span(contentStart, contentEnd < 0 ? sentence.End : contentStart + contentEnd));
            span = doc.Tokens.WithoutFinalMark(span, '.');
            if (doc.Tokens.ClaimWordCount(span, StatementWords) < StatementWords) continue;
            found.Add(new Attribution(speaker, ClaimKind.Reported, verb.Value, span, lexicon.ReportingVerbs.GetValueOrDefault(verb.Value, false)));
        }
    }

    /// <summary>A verb of naming ("call", "describe") or of saying that is not one of stance (whose object is the statement).</summary>
    private bool IsAttributingVerb(string word) =>
        char.IsLower(word[0]) && (lexicon.NamingVerbs.Contains(word) || (lexicon.ReportingVerbs.ContainsKey(word) && !lexicon.StanceVerbs.Contains(word)));
}
