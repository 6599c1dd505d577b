using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The funds will be channelled through X": a later sentence names the channel of the figures of its own sentence and
/// the three before it that have none.</summary>
internal static partial class LaterChannels
{
    private const string TransferVerbAlternation = "transferred|channelled|channeled|delivered|implemented|disbursed|provided";
    private static readonly SearchValues<string> TransferVerbs = SearchValues.Create(TransferVerbAlternation.Split('|'), StringComparison.Ordinal);
    /// <summary>Read over whole sentences on the source-generated backtracking engine (nothing to build at start-up): its
    /// only loop is bounded (40 characters), so the work from any start position is bounded and a scan stays linear.</summary>
    [GeneratedRegex($@"\b(?:funds|money|assistance|aid|contribution|grant)\b[^.]{{0,40}}\b(?:{TransferVerbAlternation})\s(?:to|through|via|by)\b", TextPatterns.WindowOptions)]
    private static partial Regex TransferSentence { get; }

    public static void Attach(AnalysisDocument doc, ActorMentionIndex index, FundingBuilder.Draft[] figures)
    {
        if (figures.Length == 0) return;
        // The figures are grouped by sentence only once a transfer sentence is found (most long texts have none).
        ILookup<int, int>? figuresBySentence = null;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s].Span;
            if (doc.Text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(TransferVerbs) < 0) continue;
            if (TextPatterns.FirstMatch(TransferSentence, doc.Text.AsSpan(sentence.Start, sentence.Length)) is not { } match) continue;
            var after = sentence.Start + match.Index + match.Length;
            var channel = index.Within(new Span(after, sentence.End))
                .Where(m => m.Actor.Kind == ActorKind.Organization)
                .Select(m => m.Actor.Name).FirstOrDefault();
            if (channel is null) continue;
            figuresBySentence ??= figures.Select((f, i) => (Sentence: doc.SentenceIndexAt(f.Span.Start), Index: i))
                .Where(x => x.Sentence >= 0).ToLookup(x => x.Sentence, x => x.Index);
            for (var earlier = Math.Max(0, s - 3); earlier <= s; earlier++)
                foreach (var i in figuresBySentence[earlier])
                    if (figures[i].Channel is null) figures[i] = figures[i] with { Channel = channel };
        }
    }
}
