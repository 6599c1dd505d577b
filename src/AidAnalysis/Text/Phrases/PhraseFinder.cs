using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>
/// Pipeline stage that reads the phrases of each sentence from its tokens (<see cref="Layer.Phrases"/>): coordinated lists,
/// appositions, possessives and parentheticals. Each finder walks a sentence's tokens once and looks ahead a bounded number of
/// words, so the stage is linear in the text's length.
/// </summary>
public sealed class PhraseFinder : IPipelineStage
{
    private readonly ListFinder _lists;
    private readonly AppositionFinder _appositions;
    private readonly PossessiveFinder _possessives;
    private readonly ParentheticalFinder _parentheticals;

    public PhraseFinder(Lexicon lexicon)
    {
        var words = new PhraseVocabulary(lexicon);
        _lists = new ListFinder(words);
        _appositions = new AppositionFinder(words);
        _possessives = new PossessiveFinder(words);
        _parentheticals = new ParentheticalFinder(words);
    }

    public AnalysisDocument Run(AnalysisDocument document) => document with { Phrases = Find(document.Sentences, document.Tokens) };

    public PhraseLayer Find(IReadOnlyList<Sentence> sentences, TokenLayer tokens)
    {
        var lists = new List<CoordinatedList>();
        var appositions = new List<Apposition>();
        var possessives = new List<Possessive>();
        var parentheticals = new List<Parenthetical>();
        var listIndex = 0;
        var commas = new List<int>();
        foreach (var sentence in sentences)
        {
            var (first, end) = tokens.Within(sentence.Span);
            if (first >= end) continue;
            _lists.Find(tokens, first, end, lists, commas);
            _appositions.Find(tokens, first, end, lists, ref listIndex, appositions);
            _possessives.Find(tokens, first, end, possessives);
            _parentheticals.Find(tokens, first, end, parentheticals);
        }
        return new PhraseLayer(lists, appositions, possessives, parentheticals);
    }
}
