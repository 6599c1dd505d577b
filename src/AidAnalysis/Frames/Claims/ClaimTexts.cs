using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>A claim draft made a claim row: its text trimmed of closing punctuation and a dateline, its hedges and negations read.</summary>
internal sealed class ClaimTexts(Lexicon lexicon)
{
    private readonly Dictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> _markers = MarkerLookup(lexicon);
    private readonly int _longestMarker = lexicon.Hedges.Concat(lexicon.Negations).Max(w => w.Length);

    /// <summary>What a word of a claim marks: hedging ("may", "reportedly"), negation ("not", "never").</summary>
    [Flags]
    private enum Marker { None = 0, Hedge = 1, Negation = 2 }

    private static Dictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup(Lexicon lexicon)
    {
        var markers = new Dictionary<string, Marker>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in lexicon.Hedges) markers[word] = markers.GetValueOrDefault(word) | Marker.Hedge;
        foreach (var word in lexicon.Negations) markers[word] = markers.GetValueOrDefault(word) | Marker.Negation;
        return markers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The hedge and negation words a phrase holds, read in one pass.</summary>
    private Marker MarkersIn(ReadOnlySpan<char> phrase)
    {
        var found = Marker.None;
        for (var i = 0; i < phrase.Length && found != (Marker.Hedge | Marker.Negation);)
        {
            while (i < phrase.Length && !IsWordChar(phrase[i])) i++;
            var start = i;
            while (i < phrase.Length && IsWordChar(phrase[i])) i++;
            if (i > start && i - start <= _longestMarker && _markers.TryGetValue(phrase[start..i], out var marker)) found |= marker;
        }
        return found;
    }

    /// <summary>The claim without the figures and items it mentions: <see cref="ClaimLinks"/> adds those when the analysis is
    /// read, so that this stage needs neither layer and runs beside the funding frame.</summary>
    public Claim ToClaim(AnalysisDocument doc, Attribution initial, string id)
    {
        var draft = initial;
        while (draft.Span.Length > 1 && doc.Text[draft.Span.End - 1] is ',' or ';' or ':' or ' ')
            draft = draft with { Span = draft.Span with { End = draft.Span.End - 1 } };
        draft = draft with { Span = draft.Span with { Start = ClaimDateline.End(doc.Context.Dateline, draft.Span) } };
        var text = doc.Text[draft.Span.Start..draft.Span.End];
        var markers = MarkersIn(text);
        var hedged = draft.HedgedCue || markers.HasFlag(Marker.Hedge);
        var negated = markers.HasFlag(Marker.Negation) || text.Contains("n’t", StringComparison.Ordinal) || draft.Cue.Contains("declined", StringComparison.Ordinal);
        return new Claim(id, draft.Speaker.Name, draft.Speaker.ActorId, draft.Speaker.Kind, draft.Kind, draft.Cue, text, draft.Span, hedged, negated, [], []);
    }

}
