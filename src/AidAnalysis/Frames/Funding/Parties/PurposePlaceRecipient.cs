using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"$30 million for demining in X", "a $40 million loan to build roads in eastern X": where the clause names no receiver,
/// the state the money's use is placed in (after "in", "across" or "throughout", perhaps with "the" and a compass or setting
/// adjective between, purpose-place-modifier of party-words.tsv), inside a phrase of use after the amount (opened by "for", "to",
/// "on", "from", purpose-place-opener), receives it (SCHEMA.md: a state or its people). "$25bn of assets frozen in X" names no use. A place after a word that ties it to an event, a time or a comparison ("at a conference in X", "in
/// response to", purpose-place-stop), past a comma or a bracket, one that owns the place named after it ("in X's north") or one
/// of several coordinated states ("in X and Y", which the text groups) is left to the other readers.</summary>
internal sealed class PurposePlaceRecipient(PartyWords words)
{
    private const int Reach = 120;

    private readonly WordSet _placing = new(words.PurposePlacePrepositions);
    private readonly WordSet _stops = new(words.PurposePlaceStops);
    private readonly WordSet _modifiers = new(words.PurposePlaceModifiers);
    private readonly WordSet _openers = new(words.PurposePlaceOpeners);

    /// <summary>The first such state other than the donor, or null.</summary>
    public string? Find(PartyScene scene, string? donor)
    {
        var (tokens, amount) = (scene.Tokens, scene.Amount);
        var end = Math.Min(scene.Window.End, Math.Min(scene.Sentence.End, amount.End + Reach));
        if (end <= amount.End) return null;
        foreach (var e in scene.Doc.EntitiesIn(new Span(amount.End, end)))
        {
            if (e.Type != MentionType.Country) continue;
            if (!OpenStretch(tokens, new Span(amount.End, e.Span.Start))) return null;
            if (e.Canonical != donor && PlacedIn(tokens, e.Span.Start, amount.End) && !Possessive.Follows(tokens, e.Span)
                && OpensUse(tokens, new Span(amount.End, e.Span.Start)))
                return Coordinated(scene, e.Span) ? null : e.Canonical;
        }
        return null;
    }

    /// <summary>Whether the stretch holds no comma, semicolon, full stop, bracket or dash and no stop word.</summary>
    private bool OpenStretch(TokenLayer tokens, Span stretch)
    {
        var (i, end) = tokens.WhollyWithin(stretch);
        for (; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word ? tokens.IsAny(i, _stops) : tokens.TextOf(i).ContainsAny(",;.()–—"))
                return false;
        }
        return true;
    }

    /// <summary>Whether a word opening a phrase of use stands in the stretch.</summary>
    private bool OpensUse(TokenLayer tokens, Span stretch)
    {
        var (i, end) = tokens.WhollyWithin(stretch);
        for (; i < end; i++)
            if (tokens.IsAny(i, _openers)) return true;
        return false;
    }

    /// <summary>Whether a placing preposition stands before the state, perhaps with "the" and one modifier between.</summary>
    private bool PlacedIn(TokenLayer tokens, int start, int from)
    {
        var i = tokens.RightBefore(start, from);
        if (tokens.IsAny(i, _modifiers)) i = tokens.RightBefore(tokens[i].Start, from);
        if (tokens.IsExactly(i, "the")) i = tokens.RightBefore(tokens[i].Start, from);
        return tokens.IsAny(i, _placing);
    }

    /// <summary>Whether "and", "or" or a comma and another state follow the state.</summary>
    private static bool Coordinated(PartyScene scene, Span state)
    {
        var tokens = scene.Tokens;
        var next = tokens.FirstStartingFrom(state.End);
        if (!(tokens.IsExactly(next, "and") || tokens.IsExactly(next, "or") || tokens.IsMark(next, ','))) return false;
        var after = next + 1 < tokens.Count ? tokens[next + 1].Start : scene.Sentence.End;
        return scene.Doc.EntitiesIn(new Span(after, Math.Min(scene.Sentence.End, after + 40))).Any(e => e.Type == MentionType.Country && e.Span.Start == after);
    }
}
