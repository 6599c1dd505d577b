namespace AidAnalysis.Text.Cues;

public enum CueKind : byte
{
    /// <summary>A reporting verb or phrase ("said", "warned", "points out"): <see cref="CueLayer.ReportingEntry"/>.</summary>
    Reporting,
    /// <summary>A word that says what state money is in ("pledged", "so far"): <see cref="CueLayer.FundingEntry"/>.</summary>
    Funding,
    Hedge,
    Negation,
    /// <summary>A word that says what kind of aid an amount is: <see cref="CueLayer.AidTypeEntry"/>.</summary>
    AidType,
    /// <summary>A month, weekday, day, period or year: <see cref="CueLayer.TimeEntry"/>.</summary>
    Time,
}

/// <summary>
/// One cue as a value: its characters [Start, End), its tokens [FirstToken, FirstToken + TokenCount) in the
/// token layer, its kind, and the index of its lexicon entry in the list of that kind (-1 for hedges and
/// negations, whose entry is the word itself, and for years).
/// </summary>
public readonly record struct Cue(int Start, int End, int FirstToken, int TokenCount, CueKind Kind, int Entry);
