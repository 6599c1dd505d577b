using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X’s development agency (XDA) announced": a body a state's possessive owns acts for that state, at the level
/// SCHEMA.md charts donors. Not a body of an international organisation ("the UN’s pooled fund"), which gives from its own
/// budget.</summary>
internal static class StateOrBody
{
    /// <summary>Words of the body's name the actor layer may leave out between the possessive and the body ("X’s Federal
    /// Foreign Office").</summary>
    private const int NameWords = 2;

    /// <summary>The owning state of the body at <paramref name="subject"/>, else the party itself.</summary>
    public static Actor Of(TokenLayer tokens, List<(Actor Actor, Span Span)> before, int subject)
    {
        var (actor, span) = before[subject];
        if (actor.Kind != ActorKind.Organization) return actor;
        // "X’s Development Agency (XDA) announced": the body's acronym in brackets stands for its name before it.
        while (subject > 0 && before[subject - 1].Actor == actor && IsBracketAfter(tokens, before[subject - 1].Span.End, span.Start))
            span = before[--subject].Span;
        if (subject == 0) return actor;
        var (owner, ownerSpan) = before[subject - 1];
        return owner.Kind == ActorKind.Country && span.Start >= ownerSpan.End && OwnsBody(tokens, ownerSpan.End, span.Start) ? owner : actor;
    }

    /// <summary>Whether one space and an opening bracket stand between <paramref name="end"/> and <paramref name="start"/>.</summary>
    private static bool IsBracketAfter(TokenLayer tokens, int end, int start)
    {
        var i = tokens.FirstStartingFrom(end);
        return i < tokens.Count && tokens.SpacedFromPrevious(i, WordSpacing.OneWhitespace) && tokens[i - 1].End == end && tokens.IsMark(i, '(') && tokens[i].End == start;
    }

    /// <summary>"’s " between the owner and the body, perhaps with a capitalised word or two (each perhaps with a comma) between.</summary>
    private static bool OwnsBody(TokenLayer tokens, int ownerEnd, int bodyStart)
    {
        var i = Possessive.At(tokens, ownerEnd);
        if (i < 0) return false;
        for (var words = 0; ; words++)
        {
            if (i + 1 >= tokens.Count || !tokens.SpacedFromPrevious(i + 1, WordSpacing.OneWhitespace)) return false;
            if (tokens[i + 1].Start == bodyStart) return true;
            if (words == NameWords || !IsCapitalisedWord(tokens, ++i)) return false;
            if (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens.IsMark(i + 1, ',')) i++;
        }
    }

    /// <summary>A capital and at least one more letter, letters only ("Federal").</summary>
    private static bool IsCapitalisedWord(TokenLayer tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || tokens[i].Length < 2) return false;
        var word = tokens.TextOf(i);
        if (!char.IsUpper(word[0])) return false;
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }
}
