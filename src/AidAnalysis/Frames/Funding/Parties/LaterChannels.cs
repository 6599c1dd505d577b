using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The funds will be channelled through X": a later sentence names the channel of the figures of its own sentence and
/// the three before it that have none.</summary>
internal sealed class LaterChannels(PartyWords words)
{
    /// <summary>How far after the money noun its participle may start, in characters.</summary>
    private const int Reach = 40;

    public void Attach(AnalysisDocument doc, ActorMentionIndex index, FundingBuilder.Draft[] figures)
    {
        if (figures.Length == 0) return;
        // The figures are grouped by sentence only once a transfer sentence is found (most long texts have none).
        ILookup<int, int>? figuresBySentence = null;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s].Span;
            if (ChannelFrom(doc.Tokens, sentence) is not { } after) continue;
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

    /// <summary>Where the channel may be named in <paramref name="sentence"/>: after the first money noun's last participle of
    /// passing on, within <see cref="Reach"/> characters and no full stop between, and the preposition one space after it
    /// ("funds will be channelled through"); null when the sentence has none.</summary>
    public int? ChannelFrom(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.Within(sentence);
        for (var noun = first; noun < end; noun++)
        {
            if (!IsWritten(tokens, noun, words.TransferNouns)) continue;
            int? after = null;
            for (var verb = noun + 1; verb < end && tokens[verb].Start - tokens[noun].End <= Reach; verb++)
            {
                if (IsWritten(tokens, verb, words.TransferVerbs)
                    && tokens.WordRightAfter(tokens[verb].End, sentence.End, WordSpacing.OneWhitespace) is var preposition and >= 0
                    && IsWritten(tokens, preposition, words.TransferPrepositions))
                    after = tokens[preposition].End;
                if (tokens.TextOf(verb).Contains('.')) break;
            }
            if (after is not null) return after;
        }
        return null;
    }

    /// <summary>Whether token <paramref name="i"/> is one of <paramref name="set"/>, written in lower case as the class is.</summary>
    private static bool IsWritten(TokenLayer tokens, int i, WordSet set) => tokens.IsLetters(i, lowerOnly: true) && tokens.IsAny(i, set);
}
