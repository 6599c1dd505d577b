using System.Collections.Immutable;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>The closed classes the phrase stage reads by, from phrase-words.tsv, noun-phrase-words.tsv, apposition-openers.txt
/// and name-connectors.txt.</summary>
internal sealed class PhraseVocabulary
{
    /// <exception cref="FormatException">A row of phrase-words.tsv has an unknown kind or an attribution is not two words.</exception>
    public PhraseVocabulary(Lexicon lexicon)
    {
        string[] Of(string kind) => [.. lexicon.PhraseWords.Where(w => w.Kind == kind).Select(w => w.Word)];
        if (lexicon.PhraseWords.FirstOrDefault(w => w.Kind is not ("coordinator" or "apposition-opener" or "auxiliary" or "not-possessive" or "attribution"
            or "relative-pronoun"))
            is { Word: not null } unknown)
            throw new FormatException($"phrase-words.tsv: kind of {unknown.Word} is {unknown.Kind}");
        Coordinators = new WordSet(Of("coordinator"));
        AppositionOpeners = new WordSet(lexicon.AppositionOpeners.Concat(Of("apposition-opener")));
        // A noun phrase read forward ends before a preposition, conjunction or relative word, and before an auxiliary.
        Breaks = new WordSet(lexicon.NounPhraseBounds.Where(b => !b.Value).Select(b => b.Key).Concat(Of("auxiliary")));
        Determiners = new WordSet(lexicon.NounPhraseBounds.Where(b => b.Value).Select(b => b.Key));
        NotPossessive = new WordSet(Of("not-possessive"));
        // "and" joins names as well as standing inside one; read as a connector it would make "Norway and Chile" one name.
        NameConnectors = new WordSet(lexicon.NameConnectors.Where(c => !Coordinators.Contains(c)));
        Attributions = [.. Of("attribution").Select(a => a.Split(' ') is [var first, var second] ? (first, second)
            : throw new FormatException($"phrase-words.tsv: attribution {a} is not two words"))];
    }

    public WordSet Coordinators { get; }
    public WordSet AppositionOpeners { get; }
    public WordSet Breaks { get; }
    public WordSet Determiners { get; }
    public WordSet NotPossessive { get; }
    public WordSet NameConnectors { get; }
    /// <summary>Two-word openings of an attribution; an immutable array, which the per-token check walks without an enumerator
    /// object.</summary>
    public ImmutableArray<(string First, string Second)> Attributions { get; }
}
