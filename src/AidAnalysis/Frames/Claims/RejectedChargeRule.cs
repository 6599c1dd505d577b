using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>"X accuses Y of diverting aid, a charge Y rejects": an appositive noun of saying ("a charge", "a claim", "an
/// allegation", "an accusation", "an assertion") whose relative clause is a denial is the denier's own statement, apart from
/// the accusation it follows (Quirk et al. 1985, §17.65 on appositive noun phrases; §16.31 for the verbs of saying).</summary>
internal sealed class RejectedChargeRule(Lexicon lexicon, SpeakerFinder speakers)
{
    /// <summary>Read on one sentence (a bounded window), so the backtracking engine is safe. The subject is one to five words;
    /// the charge nouns and denial verbs are the lexicon's (charge-nouns.txt, denial-verbs.txt).</summary>
    private readonly Regex _chargeDenied = new(@"(?:[,;–—]|--)\s(?<charge>(?:a|an|the)\s(?:" + TextPatterns.Alternation(lexicon.ChargeNouns) + @")\s(?<subject>(?:[\p{L}\p{N}.'’-]+\s){1,5}?)(?:has\s|have\s|had\s|strongly\s|firmly\s|flatly\s|also\s)*(?<verb>" + TextPatterns.Alternation(lexicon.DenialVerbs) + @"))\b", TextPatterns.WindowOptions);

    /// <summary>Adds the denials of one sentence to <paramref name="found"/> (a list the caller reuses), each with the span of the
    /// comma or dash that joins it to the accusation.</summary>
    public void Denials(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster roster, Span sentence, List<(Attribution Denial, int Joint)> found)
    {
        var text = doc.Text;
        if (sentence.Length > ReportedSpeech.ContextReach * 2) sentence = sentence with { End = sentence.Start + ReportedSpeech.ContextReach * 2 };
        for (var m = _chargeDenied.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var subject = m.Groups["subject"];
            // A pronoun ("a charge it denies") is left alone: its antecedent is often the accused named inside the accusation.
            if (subject.Value.Trim() is "it" or "he" or "she" or "they") continue;
            // The construction makes its subject a speaker: one the actor layer does not know is an unnamed one, as written.
            var speaker = speakers.Subject(doc, index, roster, new Span(subject.Index, subject.Index + subject.Length))
                ?? GroupPhrases.SubjectGroup(index, roster, subject.Value.Trim(), subject.Index);
            var charge = m.Groups["charge"];
            found.Add((new Attribution(speaker, ClaimKind.Reported, m.Groups["verb"].Value, new Span(charge.Index, charge.Index + charge.Length), false), m.Index));
        }
    }
}
