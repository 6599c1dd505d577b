using System.Text;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Context;

/// <summary>Reads the document's one <see cref="Dateline"/> on the token layer: the first of the paragraphs after the
/// first (a headline, then perhaps a byline and a date line) that opens with a dateline in either form.</summary>
internal static class DatelineReader
{
    /// <summary>How many paragraphs after the first a dateline may open.</summary>
    private const int Paragraphs = 4;

    public static Dateline Read(AnalysisDocument doc, Lexicon lexicon)
    {
        var tokens = doc.Tokens;
        var date = DocumentContextDateline.Read(tokens, lexicon);
        for (var p = 1; p < Math.Min(doc.Paragraphs.Count, Paragraphs + 1); p++)
        {
            var paragraph = doc.Paragraphs[p];
            var wire = new Span(paragraph.Start, WireDateline.End(tokens, paragraph));
            var capitals = CapitalsDateline.Read(tokens, paragraph);
            if (wire.Length > 0 || capitals.Length > 0)
                return new Dateline(wire, capitals, capitals.Length > 0 ? State(doc, lexicon, capitals) : null, date);
        }
        return Dateline.None with { Date = date };
    }

    /// <summary>The state a capitals dateline names ("MANILA, Philippines -" → Philippines), when the body names it again.</summary>
    private static string? State(AnalysisDocument doc, Lexicon lexicon, Span dateline)
    {
        var state = doc.EntitiesIn(dateline).LastOrDefault(e => e.Type is MentionType.Country or MentionType.Seat)?.Canonical
            ?? (TitledPlace(doc.Tokens, dateline) is { } place && lexicon.CountryByForm.TryGetValue(place, out var seat) ? seat : null);
        return state is not null && doc.Entities.Any(e => e.Canonical == state && e.Span.Start >= dateline.End) ? state : null;
    }

    /// <summary>"HONIARA, 4 June 2025 –" → "Honiara", "SUVA/WELLINGTON, 22 August –" → "Suva": a seat of government written in
    /// capitals, which the entity layer (reading names as written) does not know, opens the dateline. The place runs up to a
    /// comma, slash, colon or bracket, without the dashes that end it; its words are written as a title, one space apart.
    /// Null when whitespace other than spaces stands in it: no state's name holds such.</summary>
    internal static string? TitledPlace(TokenLayer tokens, Span dateline)
    {
        var (first, end) = tokens.Within(dateline);
        var cut = first;
        while (cut < end && !tokens.IsMark(cut, ',') && !tokens.IsMark(cut, '/') && !tokens.IsMark(cut, ':') && !tokens.IsMark(cut, '(')) cut++;
        for (var i = first + 1; i <= cut; i++)
            if (!tokens.SpacesOnly(tokens[i - 1].End, i < end ? tokens[i].Start : dateline.End)) return null;
        var last = cut - 1;
        while (last > first && (tokens.IsMark(last, '-') || tokens.IsMark(last, '–') || tokens.IsMark(last, '—'))) last--;
        var titled = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var opens = i == first || tokens[i].Start > tokens[i - 1].End;
            if (opens && i > first) titled.Append(' ');
            var text = tokens.TextOf(i);
            if (opens) titled.Append(text[0]).Append(text[1..].ToString().ToLowerInvariant());
            else titled.Append(text.ToString().ToLowerInvariant());
        }
        return titled.ToString();
    }
}
