using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

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
        var position = beforeQuote.End;
        for (var words = 0; words <= NamedObjectWords; words++)
        {
            var end = position;
            while (end > beforeQuote.Start && char.IsWhiteSpace(text[end - 1])) end--;
            var start = end;
            while (start > beforeQuote.Start && char.IsLetter(text[start - 1])) start--;
            // A comma or stop between the verb and the quotation ends the search: "..., called off. “We ...”".
            if (start == end) return (null, null);
            var word = text[start..end];
            // "so-called “safe zones”": part of a hyphenated word is no verb.
            if (start > beforeQuote.Start && !char.IsWhiteSpace(text[start - 1])) return (null, null);
            if (_lexicon.NamingVerbs.Contains(word) && char.IsLower(word[0]))
            {
                if (!IsSubjectEnd(text, beforeQuote.Start, start)) return (null, null);
                var speaker = _speakers.Subject(doc, index, actors, new Span(beforeQuote.Start, start));
                return speaker is null ? (null, null) : (speaker, word);
            }
            position = start;
        }
        return (null, null);
    }

    /// <summary>"Holm called", "she called", "the minister also called", "analysts called": a subject ends before the verb;
    /// "a project called “Hope”" (a noun the verb's participle describes) does not.</summary>
    private bool IsSubjectEnd(string text, int from, int verb)
    {
        var position = verb;
        var previous = Recognizers.StateSalience.PreviousWord(text, ref position);
        if (previous is "also" or "has" or "have" or "had" or "he" or "she" or "they" or "it" or "we" or "I") return true;
        return previous is { Length: > 0 } && position >= from
            && (char.IsUpper(previous[0]) || previous.EndsWith("ly", StringComparison.Ordinal) || _titleHeads.Contains(previous) || _lexicon.GroupSpeakers.Contains(previous));
    }
}
