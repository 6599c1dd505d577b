using System.Text;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Context;

/// <summary>Reads the document's one <see cref="Dateline"/> on the token layer: the first of the body's opening paragraphs
/// (after the headline, when the article has a title; then perhaps a byline and a date line) that opens with a dateline in
/// each form, each form sought on its own, so that a paragraph with a wire dateline does not hide a later capitals one; the credit
/// form ("Lilongwe (AFP) – ", <see cref="CreditDateline"/>) is read from the first of them that opens with a seat or state.
/// As the pipeline's dateline stage it reads it once (<see cref="Layer.Dateline"/>) for the actors, which give its state to the
/// bodies the text ties to no state, and for the context, which hands it on to the frames.</summary>
public sealed class DatelineReader(Lexicon lexicon) : IPipelineStage
{
    /// <summary>How many paragraphs from the body's first a dateline may open.</summary>
    private const int Paragraphs = 4;

    public AnalysisDocument Run(AnalysisDocument document) => document with { Dateline = Read(document, lexicon) };

    private static Dateline Read(AnalysisDocument doc, Lexicon lexicon)
    {
        var tokens = doc.Tokens;
        var date = DocumentContextDateline.Read(tokens, lexicon);
        var first = doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null ? 1 : 0;
        var end = Math.Min(doc.Paragraphs.Count, first + Paragraphs);
        Span wire = default, capitals = default;
        for (var p = first; p < end && (wire.Length == 0 || capitals.Length == 0); p++)
        {
            var paragraph = doc.Paragraphs[p];
            if (wire.Length == 0) wire = new Span(paragraph.Start, WireDateline.End(tokens, paragraph));
            if (capitals.Length == 0) capitals = CapitalsDateline.Read(tokens, paragraph);
        }
        var credit = CreditDateline.Read(doc, first, end);
        var state = (capitals.Length > 0 ? State(doc, lexicon, capitals) : null) ?? credit.State;
        return new Dateline(wire.Length > 0 ? wire : default, capitals, state, date, credit.Span);
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
        while (last > first && tokens.IsDash(last)) last--;
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
