using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"The regional development bank approved a $40 million grant for flood-resilient housing": a development bank
/// or monetary fund finances projects, so a crisis word its sentence names (a flood, refugees, water supply) says what
/// the project answers, not that the money is relief: a lender's money is financial (SCHEMA.md: bank lending programmes,
/// reconstruction funding given to a government) unless the sentence names emergency relief itself ("a $2 million grant
/// from its disaster response fund", "emergency assistance", "humanitarian").</summary>
internal sealed class LenderProject(AttributeWords words)
{
    /// <summary>Whether the sentence names emergency relief, which keeps a lender's money humanitarian.</summary>
    public bool NamesRelief(TokenLayer tokens, Span sentence) => words.ReliefActWords.AnyWithin(tokens, sentence);
}
