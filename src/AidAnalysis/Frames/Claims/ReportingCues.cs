using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Cues;

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

    private List<(string Entry, Span Span)> Find(AnalysisDocument doc, Span window, bool accordingTo)
    {
        var found = new List<(string Entry, Span Span)>();
        var phrases = accordingTo ? AccordingToIn(doc, window) : [];
        var next = 0;
        var end = window.Start;
        foreach (var cue in doc.Cues.Within(window))
        {
            if (cue.Kind != CueKind.Reporting || cue.Start < end || !_forms.TryGetValue(doc.Text.AsSpan(cue.Start, cue.End - cue.Start), out var form)) continue;
            for (; next < phrases.Count && phrases[next].Start < cue.Start; next++) Add(found, phrases[next], AccordingTo, ref end);
            if (cue.Start >= end) Add(found, new Span(cue.Start, cue.End), form, ref end);
        }
        for (; next < phrases.Count; next++) Add(found, phrases[next], AccordingTo, ref end);
        return found;
    }

    private static void Add(List<(string Entry, Span Span)> found, Span span, string entry, ref int end)
    {
        if (span.Start < end) return;
        found.Add((entry, span));
        end = span.End;
    }

    /// <summary>Each "according to" (one space between, in any case) wholly inside <paramref name="window"/>.</summary>
    private static List<Span> AccordingToIn(AnalysisDocument doc, Span window)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var found = new List<Span>();
        var (first, last) = tokens.Within(window);
        for (var i = first; i + 1 < last; i++)
        {
            if (!tokens.TextOf(i).Equals("according", StringComparison.OrdinalIgnoreCase) || !tokens.TextOf(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var (word, to) = (tokens[i], tokens[i + 1]);
            if (to.Start == word.End + 1 && tokens.CharAt(word.End) == ' ') found.Add(new Span(word.Start, to.End));
        }
        return found;
    }
}
