using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "X was the largest donor. It provided $1.2 billion": a sentence that opens with "It" as the subject of its verb of giving
/// (only auxiliaries and an adverb between) names no party of its own; the pronoun stands for the state or organisation that
/// opens the sentence before, in the same paragraph (Quirk et al. 1985, 6.17: the personal pronoun's antecedent, the
/// preceding subject by default). An antecedent that is the subject of a verb of receiving ("X received the most aid. It
/// provided ...") is the recipient there, and the pronoun is read as no giver. The words are antecedent-pronoun and
/// antecedent-determiner of party-words.tsv, read on the tokens as written.
/// </summary>
internal sealed class PronounSubject(SubjectOfGiving subjects, ReceivingVerb receiving, Lexicon lexicon)
{
    private readonly IReadOnlyList<string> _pronouns = lexicon.PartyWords["antecedent-pronoun"];
    private readonly IReadOnlyList<string> _determiners = lexicon.PartyWords["antecedent-determiner"];

    public Actor? Find(AnalysisDocument doc, ActorMentionIndex index, Span sentence, Span verb)
    {
        var tokens = doc.Tokens;
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= tokens.Count || tokens[first].Start != sentence.Start || !tokens.IsExactlyAny(first, _pronouns)
            || tokens[first].End >= verb.Start || !subjects.IsDirectGap(tokens, tokens[first].End, verb.Start))
            return null;
        var at = doc.SentenceIndexAt(sentence.Start);
        if (at <= 0 || doc.Sentences[at - 1].Paragraph != doc.Sentences[at].Paragraph) return null;
        var previous = doc.Sentences[at - 1].Span;
        var (actor, span) = index.Within(previous).FirstOrDefault();
        if (actor is not { Kind: ActorKind.Country or ActorKind.Organization }) return null;
        // The antecedent opens its sentence: no token before it, or only a determiner.
        var opening = tokens.FirstStartingFrom(previous.Start);
        if (opening < tokens.Count && tokens[opening].Start < span.Start
            && !(tokens.IsExactlyAny(opening, _determiners) && opening + 1 < tokens.Count && tokens[opening + 1].Start >= span.Start))
            return null;
        return receiving.First(tokens, new Span(span.End, previous.End)) is { } received && subjects.IsDirectGap(tokens, span.End, received.Start)
            ? null : actor;
    }
}
