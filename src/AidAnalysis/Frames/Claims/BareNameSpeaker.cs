using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>"Rania Haddad, a UN spokesperson, said": a sentence opened by a bare name, then an apposition or relative
/// clause, then the cue. The name speaks though the actor layer did not know its given name.</summary>
internal sealed partial class BareNameSpeaker(Lexicon lexicon)
{
    private readonly Lexicon _lexicon = lexicon;

    /// <param name="subject">The words before the apposition or relative clause.</param>
    public Speaker? NameBeforeAside(AnalysisDocument doc, SpeakerRoster actors, Span subject)
    {
        var text = doc.Text;
        var name = text[subject.Start..subject.End].Trim();
        if (name.Length == 0 || !BareName.IsMatch(name)) return null;
        // It must open its sentence: "In Geneva, X, a spokesperson, said" has a place before it, and a clause before.
        var sentence = doc.SentenceIndexAt(subject.Start);
        if (sentence < 0 || text.AsSpan(doc.Sentences[sentence].Span.Start..subject.Start).Trim().Length > 0) return null;
        // Words that open clauses, titles and the words of organisation or office names are not given names.
        if (name.Split(' ').Any(w => _lexicon.ClauseOpeners.Contains(w) || _lexicon.Titles.Contains(w) || _lexicon.OrganizationHeads.Contains(w)
            || _lexicon.OfficeWords.Contains(w) || _lexicon.CountryByForm.ContainsKey(w) || _lexicon.CountryByDemonym.ContainsKey(w))) return null;
        var start = subject.Start + text[subject.Start..subject.End].IndexOf(name, StringComparison.Ordinal);
        var person = actors.Person(name, null, null, [new Span(start, start + name.Length)]);
        return new Speaker(person.Name, person.Id, person.Kind);
    }

    /// <summary>Two to four capitalised words ("Rania Haddad", "Jean-Paul Mbeki Tshala") and nothing else.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,3}$", TextPatterns.WindowOptions)]
    private static partial Regex BareName { get; }
}
