using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"$7 million for local partners", "€45 million will go to UN agencies", "NOK 400 million to humanitarian organisations
/// working in X": organisations the text groups by kind instead of naming receive the amount (SCHEMA.md: the organisation the
/// money is transferred to; givers and receivers grouped are written as the text groups them). The group follows a recipient
/// marker in the amount's clause after it: perhaps "the" or a count, one to three modifiers (a kind of organisation of
/// party-words.tsv, or a capitalised name or demonym: "UN", "Emirati"), then a plural head noun of organisations. A bare head
/// ("for partners") singles out no one.</summary>
internal sealed class OrganisationGroupRecipient(PartyWords words, IReadOnlyDictionary<string, double> numberWords)
{
    /// <summary>How far after the amount the marker may start, in characters.</summary>
    private const int Reach = 60;

    /// <summary>How far back a marker phrase may start, and how many modifiers the group may have.</summary>
    private const int MarkerWidth = 30, MaxModifiers = 3;

    public string? Find(PartyScene scene)
    {
        var (tokens, amount) = (scene.Tokens, scene.Amount);
        var limit = Math.Min(scene.Sentence.End, amount.End + Reach);
        for (var i = tokens.FirstStartingFrom(amount.End); i < tokens.Count && tokens[i].Start < limit; i++)
        {
            // A mark, a number or another amount ends the amount's own words.
            if (tokens[i].Kind != TokenKind.Word || scene.Doc.MoneyOverlapping(new Span(tokens[i].Start, tokens[i].End)).Any()) return null;
            if (words.RecipientMarkers.EndsAt(tokens, i, Math.Max(scene.Sentence.Start, tokens[i].Start - MarkerWidth)) && Group(tokens, i + 1) is { } group)
                return group;
        }
        return null;
    }

    /// <summary>Whether a recipient this reader found names a group: its last word is a plural noun of organisations.</summary>
    public bool IsGroup(string? recipient) =>
        recipient is not null && recipient.LastIndexOf(' ') is var space and > 0 && words.OrganisationGroupNouns.Contains(recipient.AsSpan(space + 1));

    /// <summary>The group whose words start at token <paramref name="first"/> (a count may come first), as written from its first
    /// modifier to its head; null when none starts there.</summary>
    private string? Group(TokenLayer tokens, int first)
    {
        var i = first;
        if (i < tokens.Count && (tokens[i].Kind == TokenKind.Number || numberWords.ContainsKey(tokens.TextOf(i).ToString()))) i++;
        var start = i;
        for (var modifiers = 0; i < tokens.Count; modifiers++)
        {
            if (!tokens.SpacedFromPrevious(i, WordSpacing.OneWhitespace)) return null;
            if (tokens.IsAny(i, words.OrganisationGroupNouns)) return modifiers == 0 ? null : tokens.Text[tokens[start].Start..tokens[i].End];
            if (modifiers == MaxModifiers || !IsModifier(tokens, i)) return null;
            i = EndOfWord(tokens, i) + 1;
        }
        return null;
    }

    /// <summary>A kind of organisation ("humanitarian", "non-governmental") or a capitalised word ("UN", "Emirati").</summary>
    private bool IsModifier(TokenLayer tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && (tokens.IsAny(i, words.OrganisationGroupModifiers) || char.IsUpper(tokens.Text[tokens[i].Start]))
        || WrittenWord(tokens, i) is var word && words.OrganisationGroupModifiers.Contains(word);

    /// <summary>The last token of the written word token <paramref name="i"/> opens ("non-governmental" is three tokens).</summary>
    private static int EndOfWord(TokenLayer tokens, int i)
    {
        while (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && (tokens.IsDash(i + 1) || tokens.IsDash(i))) i++;
        return i;
    }

    private static string WrittenWord(TokenLayer tokens, int i) => tokens.Text[tokens[i].Start..tokens[EndOfWord(tokens, i)].End];
}
