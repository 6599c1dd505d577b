using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"$30 million for demining in X", "a $40 million loan to build roads in eastern X": where the clause names no receiver,
/// the state the money's use is placed in (after "in", "across" or "throughout", perhaps with "the" and a compass or setting
/// adjective between, purpose-place-modifier of party-words.tsv), inside a phrase of use after the amount (opened by "for", "to",
/// "on", purpose-place-opener, or "from" after a reallocating-verb, purpose-place-source-opener), receives it (SCHEMA.md: a state or its people). "$25bn of assets frozen in X" names no use. A place after a word that ties it to an event, a time, a comparison, a firm's seat or a report ("at a conference in X", "in
/// response to", "a firm based in X", "the embassy said in X", purpose-place-stop), past a comma or a bracket, one that owns the place named after it ("in X's north") or one
/// of several coordinated states ("in X and Y", which the text groups) is left to the other readers.</summary>
internal sealed class PurposePlaceRecipient(PartyWords words)
{
    private const int Reach = 120;

    private readonly PhrasesBefore _placing = new(words.PurposePlacePrepositions, optionalThe: true);
    private readonly WordSet _stops = new(words.PurposePlaceStops);
    private readonly WordSet _modifiers = new(words.PurposePlaceModifiers);
    private readonly WordSet _openers = new(words.PurposePlaceOpeners);
    private readonly WordSet _sources = new(words.PurposePlaceSourceOpeners);
    private readonly WordSet _reallocating = words.ReallocatingVerbs;

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
                && OpensUse(tokens, scene.Sentence, new Span(amount.End, e.Span.Start)))
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
            if (tokens[i].Kind == TokenKind.Word ? tokens.IsAny(i, _stops) : Breaks(tokens, i))
                return false;
        }
        return true;
    }

    /// <summary>Whether the mark at <paramref name="i"/> sets a stretch off: a comma, semicolon, full stop, bracket or dash ("--"
    /// too), not a hyphen inside a word ("post-war").</summary>
    private static bool Breaks(TokenLayer tokens, int i) =>
        tokens.IsMark(i, ',') || tokens.IsMark(i, ';') || tokens.IsMark(i, '.') || tokens.IsMark(i, '(') || tokens.IsMark(i, ')')
        || tokens.IsDash(i) && !(tokens.IsMark(i, '-') && InWord(tokens, i));

    /// <summary>Whether the hyphen at <paramref name="i"/> joins two words with no space and no other hyphen beside it.</summary>
    private static bool InWord(TokenLayer tokens, int i) =>
        !tokens[i].SpaceBefore && i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore && !tokens.IsDash(i - 1) && !tokens.IsDash(i + 1);

    /// <summary>Whether a word opening a phrase of use stands in the stretch; "from" only after a verb of moving money in the
    /// sentence ("redirect $X from projects in Y"), not the source of the money ("came from donors in Y").</summary>
    private bool OpensUse(TokenLayer tokens, Span sentence, Span stretch)
    {
        var (i, end) = tokens.WhollyWithin(stretch);
        for (; i < end; i++)
            if (tokens.IsAny(i, _openers) || tokens.IsAny(i, _sources) && Reallocated(tokens, new Span(sentence.Start, stretch.Start))) return true;
        return false;
    }

    /// <summary>Whether a verb of moving money to another use stands in the stretch.</summary>
    private bool Reallocated(TokenLayer tokens, Span stretch)
    {
        var (i, end) = tokens.WhollyWithin(stretch);
        for (; i < end; i++)
            if (tokens.IsAny(i, _reallocating)) return true;
        return false;
    }

    /// <summary>Whether a placing preposition ("in (the)", as <see cref="PartyWords.InThe"/> reads it) stands before the state,
    /// perhaps with one modifier between.</summary>
    private bool PlacedIn(TokenLayer tokens, int start, int from)
    {
        var i = tokens.RightBefore(start, from);
        return _placing.EndRightBefore(tokens, tokens.IsAny(i, _modifiers) ? tokens[i].Start : start, from);
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
