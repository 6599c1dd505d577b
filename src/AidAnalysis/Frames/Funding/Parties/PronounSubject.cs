using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "X was the largest donor. It provided $1.2 billion": a sentence that opens with "It" as the subject of its verb of giving
/// (only auxiliaries and an adverb between) names no party of its own; the pronoun stands for the state or organisation that
/// opens the sentence before, in the same paragraph (Quirk et al. 1985, 6.17: the personal pronoun's antecedent, the
/// preceding subject by default).
/// </summary>
internal sealed class PronounSubject(SubjectOfGiving subjects)
{
    public Actor? Find(AnalysisDocument doc, ActorMentionIndex index, Span sentence, Span verb)
    {
        var tokens = doc.Tokens;
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= tokens.Count || tokens[first].Start != sentence.Start || !tokens.IsExactly(first, "It")
            || tokens[first].End >= verb.Start || !subjects.IsDirectGap(tokens, tokens[first].End, verb.Start))
            return null;
        var at = doc.SentenceIndexAt(sentence.Start);
        if (at <= 0 || doc.Sentences[at - 1].Paragraph != doc.Sentences[at].Paragraph) return null;
        var previous = doc.Sentences[at - 1].Span;
        var (actor, span) = index.Within(previous).FirstOrDefault();
        return actor is { Kind: ActorKind.Country or ActorKind.Organization }
               && doc.Text.AsSpan(previous.Start, span.Start - previous.Start).Trim() is "" or "The" ? actor : null;
    }
}
