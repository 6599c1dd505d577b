using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The minister called the grant “a lifeline for the north”": a short quotation after a verb of naming and a
/// short object is the subject's words, though no reporting verb introduces it.</summary>
internal sealed class NamingVerbRule(ClaimVocabulary vocabulary, SpeakerFinder speakers)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly IReadOnlySet<string> _titleHeads = vocabulary.TitleHeads;
    private readonly SpeakerFinder _speakers = speakers;

    /// <summary>How many words may stand between the naming verb and the quotation ("called the new grant", "described the camps as").</summary>
    private const int NamedObjectWords = 5;

    /// <summary>The subject of a naming verb that ends <paramref name="beforeQuote"/> with at most a short object after it.</summary>
    public (Speaker? Speaker, string? Cue) NamingSpeaker(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span beforeQuote)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var position = beforeQuote.End;
        for (var words = 0; words <= NamedObjectWords; words++)
        {
            var last = tokens.LastEndingBy(position);
            // A comma or stop between the verb and the quotation ends the search: "..., called off. “We ...”".
            if (last < 0 || tokens[last].End <= beforeQuote.Start || !tokens.IsLetters(last)) return (null, null);
            var start = Math.Max(beforeQuote.Start, tokens[last].Start);
            var word = text.AsSpan(start, tokens[last].End - start).ToString();
            // "so-called “safe zones”": part of a hyphenated word is no verb.
            if (start > beforeQuote.Start && !tokens[last].SpaceBefore) return (null, null);
            if (_lexicon.NamingVerbs.Contains(word) && char.IsLower(word[0]))
            {
                if (!IsSubjectEnd(tokens, beforeQuote.Start, start)) return (null, null);
                var speaker = _speakers.Subject(doc, index, actors, new Span(beforeQuote.Start, start));
                return speaker is null ? (null, null) : (speaker, word);
            }
            position = start;
        }
        return (null, null);
    }

    /// <summary>"Holm called", "she called", "the minister also called", "analysts called": a subject ends before the verb;
    /// "a project called “Hope”" (a noun the verb's participle describes) does not.</summary>
    private bool IsSubjectEnd(TokenLayer tokens, int from, int verb)
    {
        if (tokens.JoinedWordTextBefore(verb) is not var (previous, start)) return false;
        if (previous is "also" or "has" or "have" or "had" or "he" or "she" or "they" or "it" or "we" or "I") return true;
        return start >= from
            && (char.IsUpper(previous[0]) || previous.EndsWith("ly", StringComparison.Ordinal) || _titleHeads.Contains(previous) || _lexicon.GroupSpeakers.Contains(previous));
    }
}
