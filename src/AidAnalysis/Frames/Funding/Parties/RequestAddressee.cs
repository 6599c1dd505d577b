using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "sought $2 million from Zland", "asked Zland for $2 million", "appealed to international partners for $2 million": the party a
/// request is made to is whose money it would be, the donor (SCHEMA.md: requested money is asked for by its recipient, so the one
/// asked gives). Read only in the amount's own phrase: "from" a few words after the amount with only words between, or the party
/// asked right before "for" and the amount (a qualifier or two such as "about" between). "refugees from Zland" names an origin.
/// </summary>
internal sealed class RequestAddressee(PartyWords words)
{
    /// <summary>How many words may stand between the amount and "from" ("$5 million in loans from").</summary>
    private const int WordsBeforeSource = 4;

    /// <summary>How many lower-case qualifiers may stand between "for" and the amount ("for around $2 million").</summary>
    private const int Qualifiers = 2;

    /// <summary>How many modifiers a group asked may carry ("international development partners").</summary>
    private const int GroupModifiers = 2;

    /// <summary>The party asked, or the group asked as written, or neither.</summary>
    public (Actor? Party, string? Group) Find(PartyScene scene) => AskedFrom(scene) is { } party ? (party, null) : AskedBefore(scene);

    /// <summary>"sought $2 million from Zland": a party after "from" a few words past the amount.</summary>
    private Actor? AskedFrom(PartyScene scene)
    {
        var (tokens, amount) = (scene.Tokens, scene.Amount);
        foreach (var (actor, span) in scene.Mentions)
        {
            if (span.Start < amount.End || actor.Kind == ActorKind.Person) continue;
            var marker = tokens.RightBefore(span.Start, amount.End);
            if (!words.SourceMarkers.EndsAt(tokens, marker, amount.End) || words.OriginMarkers.EndsAt(tokens, marker, amount.End)) return null;
            var (first, end) = tokens.Within(new Span(amount.End, span.Start));
            for (var i = first; i < end; i++)
                if (!tokens.IsLetters(i) || tokens.IsAny(i, words.PurposeOpeners)) return null;
            return end - first <= WordsBeforeSource + 2 ? actor : null;
        }
        return null;
    }

    /// <summary>"asked Zland for $2 million", "appealed to partners for $2 million": the party or group between a verb of asking
    /// and the "for" that takes the amount.</summary>
    private (Actor? Party, string? Group) AskedBefore(PartyScene scene)
    {
        var (tokens, sentence) = (scene.Tokens, scene.Sentence);
        var i = tokens.FirstStartingFrom(scene.Amount.Start) - 1;
        for (var n = 0; !tokens.IsExactly(i, "for"); n++, i--)
            if (n == Qualifiers || i < 0 || tokens[i].Start < sentence.Start || !tokens.IsLetters(i, lowerOnly: true) || tokens.IsExactly(i, "the")) return (null, null);
        var last = i - 1;
        if (last < 0 || tokens[last].Start < sentence.Start) return (null, null);
        foreach (var (actor, span) in scene.Mentions)
            if (span.End == tokens[last].End && actor.Kind != ActorKind.Person)
                return AskedRightBefore(tokens, span.Start, sentence.Start) ? (actor, null) : (null, null);
        if (!tokens.IsAny(last, words.GiverGroupWords) || !tokens.IsLetters(last, lowerOnly: true)) return (null, null);
        var start = last;
        for (var n = 0; n < GroupModifiers && tokens.IsAny(start - 1, words.GroupModifierWords) && tokens[start - 1].Start >= sentence.Start; n++) start--;
        return AskedRightBefore(tokens, tokens[start].Start, sentence.Start)
            ? (null, tokens.Text[tokens[start].Start..tokens[last].End])
            : (null, null);
    }

    /// <summary>Whether a verb of asking (with "the" after it) ends right before <paramref name="offset"/>.</summary>
    private bool AskedRightBefore(TokenLayer tokens, int offset, int floor)
    {
        var before = tokens.RightBefore(offset, floor);
        if (tokens.IsExactly(before, "the")) before = tokens.RightBefore(tokens[before].Start, floor);
        return words.RequestAddressing.EndsAt(tokens, before, floor);
    }
}
