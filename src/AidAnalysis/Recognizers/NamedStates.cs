using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>The states a text names by name, demonym or seat of government, read once from its entities: what the money
/// recognizer reads a shared or letter currency form and a bare "$" by.</summary>
/// <param name="States">Canonical names of the states named.</param>
/// <param name="UnitedStatesAsState">Whether the United States is named as a state, not only in a currency ("US$",
/// "U.S. dollars" name the currency).</param>
internal sealed record NamedStates(IReadOnlySet<string> States, bool UnitedStatesAsState)
{
    private const string UnitedStates = "United States";

    public static NamedStates Of(AnalysisDocument document)
    {
        var text = document.Text;
        var states = new HashSet<string>(StringComparer.Ordinal);
        var unitedStates = false;
        foreach (var e in document.Entities)
        {
            if (e.Type is not (MentionType.Country or MentionType.Demonym or MentionType.Seat)) continue;
            states.Add(e.Canonical);
            unitedStates = unitedStates || e.Canonical == UnitedStates
                && !(e.Span.End < text.Length && text[e.Span.End] == '$') && !text.AsSpan(e.Span.End).StartsWith(" dollar", StringComparison.Ordinal);
        }
        return new NamedStates(states, unitedStates);
    }
}
