using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"X accuses Y of diverting aid, a charge Y rejects": an appositive noun of saying ("a charge", "a claim", "an
/// allegation", "an accusation", "an assertion") whose relative clause is a denial is the denier's own statement, apart from
/// the accusation it follows (Quirk et al. 1985, §17.65 on appositive noun phrases; §16.31 for the verbs of saying).</summary>
internal sealed class RejectedChargeRule(Lexicon lexicon, SpeakerFinder speakers)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _chargeNouns = Words(lexicon.ChargeNouns);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _denialVerbs = Words(lexicon.DenialVerbs);

    /// <summary>The most words a denier's name is read over ("a charge the Ministry of Health denies").</summary>
    private const int SubjectWords = 5;

    /// <summary>The charge nouns and denial verbs are the lexicon's (charge-nouns.txt, denial-verbs.txt), written as listed.
    /// Each is matched against one token, so an entry of more than one word, or with a hyphen or apostrophe, could never
    /// match: such an entry is refused here rather than ignored.</summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(IReadOnlyCollection<string> words) =>
        words.FirstOrDefault(w => w.Length == 0 || w.AsSpan().ContainsAnyExcept(Letters)) is { } bad
            ? throw new InvalidOperationException($"charge-nouns.txt/denial-verbs.txt: '{bad}' is not one word of letters; the rejected-charge rule matches each entry against one token")
            : new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Adds the denials of one sentence to <paramref name="found"/> (a list the caller reuses), each with the span of the
    /// comma or dash that joins it to the accusation.</summary>
    public void Denials(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster roster, Span sentence, List<(Attribution Denial, int Joint)> found)
    {
        var text = doc.Text;
        if (sentence.Length > ReportedSpeech.ContextReach * 2) sentence = sentence with { End = sentence.Start + ReportedSpeech.ContextReach * 2 };
        for (var i = doc.Tokens.FirstStartingFrom(sentence.Start); i < doc.Tokens.Count && doc.Tokens[i].Start < sentence.End; i++)
        {
            if (ChargeDenied(doc.Tokens, i, sentence) is not { } m) continue;
            var subjectText = text[m.Subject.Start..m.Subject.End];
            // A pronoun ("a charge it denies") is left alone: its antecedent is often the accused named inside the accusation.
            if (subjectText.Trim() is "it" or "he" or "she" or "they") { i = m.Verb; continue; }
            // The construction makes its subject a speaker: one the actor layer does not know is an unnamed one, as written.
            var speaker = speakers.Subject(doc, index, roster, m.Subject)
                ?? GroupPhrases.SubjectGroup(index, roster, subjectText.Trim(), m.Subject.Start);
            var verb = doc.Tokens[m.Verb];
            found.Add((new Attribution(speaker, ClaimKind.Reported, text[verb.Start..Math.Min(verb.End, sentence.End)], new Span(m.Charge, Math.Min(verb.End, sentence.End)), false), doc.Tokens[i].Start));
            i = m.Verb;
        }
    }

    /// <summary>", a charge Y denies", "-- the claim Y has strongly rejected": at the comma, semicolon or dash
    /// <paramref name="joint"/>, an article and a charge noun, a subject of one to five words (as few as let the verb follow),
    /// auxiliaries and adverbs, and a denial verb, each word with one whitespace character after it; null if none.</summary>
    internal (int Charge, Span Subject, int Verb)? ChargeDenied(TokenLayer tokens, int joint, Span window)
    {
        if (tokens[joint].Start < window.Start) return null;
        var article = tokens.IsMark(joint, ',') || tokens.IsMark(joint, ';') || tokens.IsMark(joint, '–') || tokens.IsMark(joint, '—') ? joint + 1
            : tokens.IsMark(joint, '-') && tokens.IsMark(joint + 1, '-') && tokens[joint + 1].Start == tokens[joint].End ? joint + 2 : -1;
        if (article < 0 || !OneSpaceBefore(tokens, article, window) || tokens.TextOf(article) is not ("a" or "an" or "the")
            || !OneSpaceBefore(tokens, article + 1, window) || !_chargeNouns.Contains(tokens.TextOf(article + 1))) return null;
        var word = article + 2;
        for (var words = 0; words < SubjectWords && OneSpaceBefore(tokens, word, window); words++)
        {
            var end = tokens.SpacedWordEnd(word, window);
            if (end == word) return null;
            var verb = end;
            while (OneSpaceBefore(tokens, verb, window) && tokens.TextOf(verb) is "has" or "have" or "had" or "strongly" or "firmly" or "flatly" or "also"
                   && OneSpaceBefore(tokens, verb + 1, window)) verb++;
            if (OneSpaceBefore(tokens, verb, window) && _denialVerbs.Contains(tokens.Text.AsSpan(tokens[verb].Start, Math.Min(tokens[verb].End, window.End) - tokens[verb].Start)))
                return (tokens[article].Start, new Span(tokens[article + 2].Start, tokens[end - 1].End + 1), verb);
            word = end;
        }
        return null;
    }

    /// <summary>Whether token <paramref name="i"/> starts inside <paramref name="window"/> one whitespace character after the
    /// token before it.</summary>
    private static bool OneSpaceBefore(TokenLayer tokens, int i, Span window) =>
        i > 0 && i < tokens.Count && tokens[i].Start < window.End && tokens[i].Start == tokens[i - 1].End + 1;
}
