using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

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

    /// <summary>The hedge and negation words of <paramref name="span"/>, read in one pass over its words; a contracted
    /// negation ("don't", "isn’t") negates too: the word reader writes "do" and "n't" as one word, so the clitic tokens
    /// of each word are looked up on their own.</summary>
    private Marker MarkersIn(TokenLayer tokens, Span span)
    {
        var found = Marker.None;
        var token = tokens.IndexAt(span.Start);
        foreach (var word in new ClaimWordReader(tokens, span))
        {
            var written = tokens.Text.AsSpan(word.Start, word.Length);
            if (written.Length <= _longestMarker && _markers.TryGetValue(written, out var marker)) found |= marker;
            for (; token < tokens.Count && tokens[token].Start < word.End; token++)
                if (tokens[token].Kind == TokenKind.Clitic && tokens[token].Start >= span.Start && tokens[token].End <= span.End)
                    found |= CliticMarker(tokens, token);
            if (found == (Marker.Hedge | Marker.Negation)) break;
        }
        return found;
    }

    /// <summary>What clitic token <paramref name="i"/> marks, its curly apostrophe read as the lexicon's straight one ("n’t" as "n't").</summary>
    private Marker CliticMarker(TokenLayer tokens, int i)
    {
        var written = tokens.Text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (written.Length > _longestMarker) return Marker.None;
        Span<char> straight = stackalloc char[written.Length];
        written.CopyTo(straight);
        straight.Replace('’', '\'');
        return _markers.TryGetValue(straight, out var marker) ? marker : Marker.None;
    }

    /// <summary><paramref name="span"/> without the spaces, commas, semicolons and colons that end it, keeping one character.</summary>
    private static Span WithoutClosingPunctuation(TokenLayer tokens, Span span)
    {
        for (var last = tokens.LastEndingBy(span.End); span.Length > 1; span = span with { End = span.End - 1 })
        {
            while (last >= 0 && tokens[last].End > span.End) last--;
            var closing = last >= 0 && tokens[last].End == span.End
                ? tokens.IsMark(last, ',') || tokens.IsMark(last, ';') || tokens.IsMark(last, ':')
                : tokens.CharAt(span.End - 1) == ' ';
            if (!closing) break;
        }
        return span;
    }

    /// <summary>The claim without the figures and items it mentions: <see cref="ClaimLinks"/> adds those when the analysis is
    /// read, so that this stage needs neither layer and runs beside the funding frame.</summary>
    public Claim ToClaim(AnalysisDocument doc, Attribution initial, string id)
    {
        var draft = initial with { Span = WithoutClosingPunctuation(doc.Tokens, initial.Span) };
        draft = draft with { Span = draft.Span with { Start = ClaimDateline.End(doc.Context.Dateline, draft.Span) } };
        var text = doc.Text[draft.Span.Start..draft.Span.End];
        var markers = MarkersIn(doc.Tokens, draft.Span);
        var hedged = draft.HedgedCue || markers.HasFlag(Marker.Hedge);
        var negated = markers.HasFlag(Marker.Negation) || draft.Cue.Contains("declined", StringComparison.Ordinal);
        return new Claim(id, draft.Speaker.Name, draft.Speaker.ActorId, draft.Speaker.Kind, draft.Kind, draft.Cue, text, draft.Span, hedged, negated, [], []);
    }

}
