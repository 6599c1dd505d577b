using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"Rania Haddad, a UN spokesperson, said": a sentence opened by a bare name, then an apposition or relative
/// clause, then the cue. The name speaks though the actor layer did not know its given name.</summary>
internal sealed class BareNameSpeaker(Lexicon lexicon)
{
    private readonly Lexicon _lexicon = lexicon;

    /// <summary>How many words a bare name may have ("Jean Mbeki Tshala").</summary>
    private const int MinNameWords = 2, MaxNameWords = 4;

    /// <param name="doc">The document.</param>
    /// <param name="actors">The run's speakers, to add the person to.</param>
    /// <param name="subject">The words before the apposition or relative clause.</param>
    public Speaker? NameBeforeAside(AnalysisDocument doc, SpeakerRoster actors, Span subject) =>
        PersonBeforeAside(doc, actors, subject) is { } person ? Speaker.Of(person) : null;

    /// <inheritdoc cref="NameBeforeAside"/>
    public Actor? PersonBeforeAside(AnalysisDocument doc, SpeakerRoster actors, Span subject)
    {
        var tokens = doc.Tokens;
        var name = tokens.Trimmed(subject);
        var words = NameWords(tokens, name);
        if (words is null) return null;
        // It must open its sentence: "In Geneva, X, a spokesperson, said" has a place before it, and a clause before.
        var sentence = doc.SentenceIndexAt(subject.Start);
        if (sentence < 0 || tokens.LastEndingBy(subject.Start) is var before and >= 0 && tokens[before].Start >= doc.Sentences[sentence].Span.Start) return null;
        // Words that open clauses, titles and the words of organisation or office names are not given names.
        if (words.Any(w => _lexicon.ClauseOpeners.Contains(w) || _lexicon.Titles.Contains(w) || _lexicon.OrganizationHeads.Contains(w)
            || _lexicon.OfficeWords.Contains(w) || _lexicon.CountryByForm.ContainsKey(w) || _lexicon.CountryByDemonym.ContainsKey(w))) return null;
        return actors.Person(tokens.Text.AsSpan(name.Start, name.Length).ToString(), null, null, [name]);
    }

    /// <summary>The words of <paramref name="name"/> when it is two to four capitalised words ("Rania Haddad", "Amal O’neill")
    /// one space apart and nothing else: a capital, then lower-case letters, apostrophes and hyphens; else null.</summary>
    private static List<string>? NameWords(TokenLayer tokens, Span name)
    {
        var words = new List<string>(MaxNameWords);
        var end = name.Start;
        for (var i = tokens.FirstStartingFrom(name.Start); i < tokens.Count && tokens[i].Start < name.End; i++)
        {
            if (tokens[i].Start != (words.Count == 0 ? name.Start : end + 1) || words.Count == MaxNameWords) return null;
            var first = i;
            while (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].End <= name.End) i++;
            var word = tokens.Text.AsSpan(tokens[first].Start, tokens[i].End - tokens[first].Start);
            if (!IsNameWord(word)) return null;
            words.Add(word.ToString());
            end = tokens[i].End;
        }
        return words.Count >= MinNameWords && end == name.End ? words : null;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (var c in word[1..])
            if (!char.IsLower(c) && c is not ('’' or '\'' or '-')) return false;
        return true;
    }
}
