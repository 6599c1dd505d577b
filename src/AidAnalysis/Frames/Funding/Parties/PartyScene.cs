using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>What every party reader reads: one amount, its sentence and clause window, and the sentence's actor mentions in
/// text order.</summary>
internal readonly record struct PartyScene(AnalysisDocument Doc, List<(Actor Actor, Span Span)> Mentions, Span Sentence, Span Window, MoneyMention Money)
{
    public string Text => Doc.Text;
    public TokenLayer Tokens => Doc.Tokens;
    public Span Amount => Money.Span;

    /// <summary>The start of a window of <paramref name="width"/> characters before <paramref name="offset"/>, inside the sentence.</summary>
    public int Reach(int offset, int width) => Math.Max(Sentence.Start, offset - width);
}
