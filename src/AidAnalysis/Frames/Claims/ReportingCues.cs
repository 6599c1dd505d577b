using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>The reporting cues of a window as the claim rules read them: the cue layer's reporting cues, each named by its
/// form in reporting-verbs.txt, and, where a rule takes it, "according to" read from the tokens. A cue starting inside an
/// earlier one is not read again, so the longest phrase at a word wins ("points out", not "out").</summary>
internal sealed class ReportingCues(Lexicon lexicon)
{
    /// <summary>The lexicon's forms, looked up by the span of a cue; a cue the cue layer matched across a line break or with a
    /// typographic apostrophe is not written as any form, so no rule reads it.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _forms =
        new HashSet<string>(lexicon.ReportingVerbs.Keys, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public const string AccordingTo = "according to";

    /// <summary>The reporting verbs wholly inside <paramref name="window"/>, in text order.</summary>
    public List<(string Entry, Span Span)> Verbs(AnalysisDocument doc, Span window) => Find(doc, window, accordingTo: false);

    /// <summary>The reporting verbs and each "according to" wholly inside <paramref name="window"/>, in text order.</summary>
    public List<(string Entry, Span Span)> VerbsAndAccordingTo(AnalysisDocument doc, Span window) => Find(doc, window, accordingTo: true);

    /// <summary>The first cue <see cref="Verbs"/> (with <paramref name="accordingTo"/>, <see cref="VerbsAndAccordingTo"/>) would
    /// list, found without listing the rest; null if none. An "according to" wins only where it starts before the first verb.</summary>
    public (string Entry, Span Span)? First(AnalysisDocument doc, Span window, bool accordingTo = false)
    {
        (string Entry, Span Span)? verb = null;
        foreach (var cue in doc.Cues.StartingIn(window))
            if (cue.End <= window.End && cue.Kind == CueKind.Reporting && _forms.TryGetValue(doc.Text.AsSpan(cue.Start, cue.End - cue.Start), out var form))
            {
                verb = (form, new Span(cue.Start, cue.End));
                break;
            }
        return accordingTo && FirstAccordingTo(doc.Tokens, window, verb?.Span.Start ?? window.End) is { } phrase ? (AccordingTo, phrase) : verb;
    }

    /// <summary>Whether <paramref name="window"/> holds any reporting verb <see cref="Verbs"/> would list.</summary>
    public bool Any(AnalysisDocument doc, Span window) => First(doc, window) is not null;

    private List<(string Entry, Span Span)> Find(AnalysisDocument doc, Span window, bool accordingTo)
    {
        var found = new List<(string Entry, Span Span)>();
        var phrases = accordingTo ? AccordingToIn(doc, window) : null;
        var count = phrases?.Count ?? 0;
        var next = 0;
        var end = window.Start;
        foreach (var cue in doc.Cues.StartingIn(window))
        {
            if (cue.End > window.End || cue.Kind != CueKind.Reporting || cue.Start < end || !_forms.TryGetValue(doc.Text.AsSpan(cue.Start, cue.End - cue.Start), out var form)) continue;
            for (; next < count && phrases![next].Start < cue.Start; next++) Add(found, phrases[next], AccordingTo, ref end);
            if (cue.Start >= end) Add(found, new Span(cue.Start, cue.End), form, ref end);
        }
        for (; next < count; next++) Add(found, phrases![next], AccordingTo, ref end);
        return found;
    }

    private static void Add(List<(string Entry, Span Span)> found, Span span, string entry, ref int end)
    {
        if (span.Start < end) return;
        found.Add((entry, span));
        end = span.End;
    }

    /// <summary>Each "according to" (one space between, in any case) wholly inside <paramref name="window"/>; null when there is
    /// none, as in most sentences, so that nothing is allocated for them.</summary>
    private static List<Span>? AccordingToIn(AnalysisDocument doc, Span window)
    {
        var tokens = doc.Tokens;
        List<Span>? found = null;
        var (first, last) = tokens.Within(window);
        for (var i = first; i + 1 < last; i++)
            if (IsAccordingTo(tokens, i)) (found ??= []).Add(new Span(tokens[i].Start, tokens[i + 1].End));
        return found;
    }

    /// <summary>The first "according to" wholly inside <paramref name="window"/> that starts before <paramref name="before"/>, or null.</summary>
    private static Span? FirstAccordingTo(TokenLayer tokens, Span window, int before)
    {
        // Read only as far as needed: token ends rise, so the first end past the window stops the search.
        for (var i = tokens.FirstStartingFrom(window.Start); i + 1 < tokens.Count && tokens[i + 1].End <= window.End && tokens[i].Start < before; i++)
            if (IsAccordingTo(tokens, i)) return new Span(tokens[i].Start, tokens[i + 1].End);
        return null;
    }

    /// <summary>Tokens <paramref name="i"/> and <paramref name="i"/> + 1 are "according to", in any case, one space apart.</summary>
    private static bool IsAccordingTo(TokenLayer tokens, int i) =>
        tokens.Is(i, "according") && tokens.Is(i + 1, "to") && tokens[i + 1].Start == tokens[i].End + 1 && tokens.CharAt(tokens[i].End) == ' ';
}
