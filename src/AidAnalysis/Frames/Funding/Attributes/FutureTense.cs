using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"Earlier, the ministry said that $4 million will be spent": the future tense of the amount's own clause
/// outweighs the background words around it.</summary>
internal sealed class FutureTense(AttributeWords words)
{
    public bool In(TokenLayer tokens, Span clause) => words.FutureMarkers.AnyWithin(tokens, clause);
}
