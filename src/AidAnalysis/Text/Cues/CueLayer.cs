using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Text.Cues;

/// <summary>
/// The cues of a text, sorted by start (then kind). Cues of different kinds may cover the same words
/// ("last year" is a funding cue and a time expression); of one kind, the longest phrase at a token wins,
/// while a shorter phrase starting at a later token is kept as well ("has provided" and "provided").
/// </summary>
public sealed class CueLayer
{
    private readonly Cue[] _cues;
    private readonly Lexicon? _lexicon;
    private readonly string _text;

    internal CueLayer(string text, Cue[] cues, int count, Lexicon? lexicon)
    {
        _text = text;
        _cues = cues;
        Count = count;
        _lexicon = lexicon;
    }

    /// <summary>The layer of a document no cue stage has run on.</summary>
    public static CueLayer None { get; } = new("", [], 0, null);

    public ReadOnlySpan<Cue> All => _cues.AsSpan(0, Count);

    public int Count { get; }

    public IEnumerable<Cue> OfKind(CueKind kind) => _cues.Take(Count).Where(c => c.Kind == kind);

    /// <summary>The cues that start inside <paramref name="span"/>, in text order, as a slice of the layer (nothing allocated:
    /// the claim rules ask once per sentence); a caller that wants only cues wholly inside checks each cue's end.</summary>
    public ReadOnlySpan<Cue> StartingIn(Span span)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_cues[mid].Start < span.Start) lo = mid + 1; else hi = mid;
        }
        var end = lo;
        while (end < Count && _cues[end].Start < span.End) end++;
        return _cues.AsSpan(lo, end - lo);
    }

    public string TextOf(in Cue cue) => _text[cue.Start..cue.End];

    public ReportingVerbEntry ReportingEntry(in Cue cue) => Entry(cue, CueKind.Reporting, Lexicon.ReportingVerbEntries);

    /// <summary>The funding cue with the status it implies and whether it is a verb of giving.</summary>
    public FundingCue FundingEntry(in Cue cue) => Entry(cue, CueKind.Funding, Lexicon.FundingCues);

    public AidTypeCue AidTypeEntry(in Cue cue) => Entry(cue, CueKind.AidType, Lexicon.AidTypeCues);

    /// <summary>The time word, or for a year number an entry of kind <see cref="TimeWordKind.Year"/>.</summary>
    public TimeWordEntry TimeEntry(in Cue cue) =>
        cue.Entry < 0 && cue.Kind == CueKind.Time ? new TimeWordEntry(TextOf(cue), TimeWordKind.Year) : Entry(cue, CueKind.Time, Lexicon.TimeWords);

    private Lexicon Lexicon => _lexicon ?? throw new InvalidOperationException("cues: the layer holds no cues");

    private static T Entry<T>(in Cue cue, CueKind kind, IReadOnlyList<T> entries) =>
        cue.Kind == kind ? entries[cue.Entry] : throw new ArgumentException($"cues: a {cue.Kind} cue has no {kind} entry", nameof(cue));
}
