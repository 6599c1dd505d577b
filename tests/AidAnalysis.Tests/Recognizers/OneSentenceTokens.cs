using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The token layer of a fixture read as one sentence, for the tests of readers that moved onto tokens.</summary>
internal static class OneSentenceTokens
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    public static TokenLayer Of(string text) => Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]).Tokens;
}
