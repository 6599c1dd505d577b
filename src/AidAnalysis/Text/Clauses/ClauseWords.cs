using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Clauses;

/// <summary>The closed classes the clause stage reads by, from phrase-words.tsv and contrast-conjunctions.txt.</summary>
internal sealed class ClauseWords(Lexicon lexicon)
{
    /// <summary>Relative pronouns as written after a comma (lower case): a capitalised "Which" opens a question, not a clause.</summary>
    public WordSet RelativePronouns { get; } = new(Of(lexicon, "relative-pronoun"), caseSensitive: true);

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Contrast { get; } =
        new HashSet<string>(lexicon.ContrastConjunctions, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<string> Of(Lexicon lexicon, string kind) => lexicon.PhraseWords.Where(w => w.Kind == kind).Select(w => w.Word);
}
