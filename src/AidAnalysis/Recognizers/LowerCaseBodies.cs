using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Government bodies named with a lower-case head, found from the tokens where a head stands: a state's force or bank ("the
/// Syrian army", "Egypt's central bank") and a ministry owned by a possessor or "the" ("South Korea’s defense ministry").
/// A head follows one whitespace character and ends its word; the words of a head stand one whitespace character apart. As
/// matches of either kind cannot overlap, they come in text order. The words come from government-body-words.tsv.
/// </summary>
internal sealed class LowerCaseBodies(GovernmentBodyWords words)
{
    private readonly string[][] _forceHeads = [.. words.ForceHeads.Select(h => h.Split(' '))];
    private readonly string[][] _bodyHeads = [.. words.BodyHeads.Select(h => h.Split(' '))];
    private readonly string[][] _fields = [.. words.Fields.Select(f => f.Split(' '))];
    // The heads' first words: every token is a candidate head, and most are ruled out by their number.
    private readonly WordSet _forceFirstWords = new(words.ForceHeads.Select(h => h.Split(' ')[0]), caseSensitive: true);
    private readonly WordSet _bodyFirstWords = new(words.BodyHeads.Select(h => h.Split(' ')[0]), caseSensitive: true);

    /// <summary>"the Syrian army", "Egypt's central bank": the owner, a capitalised run of letters and full stops that opens at a
    /// word boundary and holds two characters or more, before the head (and its possessive), read no further back than the last
    /// match; the owner's span and where the head ends.</summary>
    public IEnumerable<(Span Owner, int BodyEnd)> StateForces(TokenLayer tokens)
    {
        var previousEnd = 0;
        for (var head = 1; head < tokens.Count; head++)
        {
            if (HeadLast(tokens, head, _forceHeads, _forceFirstWords) is not (>= 0 and var last) || !tokens.SpacedFromPrevious(head, WordSpacing.OneWhitespace)) continue;
            var ownerLast = PossessiveOwner(tokens, head - 1) is >= 0 and var owner ? owner : head - 1;
            if (ownerLast < 0 || !IsOwnerPart(tokens, ownerLast)) continue;
            var ownerEnd = tokens[ownerLast].End;
            var first = ownerLast;
            while (first > 0 && tokens[first - 1].End == tokens[first].Start && tokens[first - 1].Start >= previousEnd && IsOwnerPart(tokens, first - 1)) first--;
            if (tokens[first].Start < previousEnd) continue;
            for (var i = first; i <= ownerLast && tokens[i].Start <= ownerEnd - 2; i++)
            {
                if (!char.IsUpper(tokens.Text[tokens[i].Start]) || (i == first && tokens.GluedToWordCharacter(i))) continue;
                yield return (new Span(tokens[i].Start, ownerEnd), tokens[last].End);
                previousEnd = tokens[last].End;
                break;
            }
        }
    }

    /// <summary>"South Korea’s defense ministry", "the foreign affairs office": a portfolio word and a body head after a possessive
    /// or "the"; the body's span.</summary>
    public IEnumerable<Span> OwnedBodies(TokenLayer tokens)
    {
        for (var head = 1; head < tokens.Count; head++)
        {
            if (HeadLast(tokens, head, _bodyHeads, _bodyFirstWords) is not (>= 0 and var last) || !tokens.SpacedFromPrevious(head, WordSpacing.OneWhitespace)) continue;
            var field = FieldStart(tokens, head - 1);
            if (field < 0 || !tokens.SpacedFromPrevious(field, WordSpacing.OneWhitespace)) continue;
            var before = field - 1;
            var article = tokens.IsExactly(before, "the") && !tokens.GluedToWordCharacter(before);
            if (article || IsPossessive(tokens, before))
                yield return new Span(tokens[field].Start, tokens[last].End);
        }
    }

    /// <summary>The first token of the portfolio word ("foreign affairs") whose last token is <paramref name="last"/>, its words one
    /// space apart; -1 if none.</summary>
    private int FieldStart(TokenLayer tokens, int last)
    {
        foreach (var field in _fields)
        {
            var first = last - field.Length + 1;
            if (first < 0) continue;
            var matches = true;
            for (var w = 0; w < field.Length && matches; w++)
                matches = tokens.IsExactly(first + w, field[w]) && (w == 0 || tokens[first + w].Start == tokens[first + w - 1].End + 1 && tokens.Text[tokens[first + w - 1].End] == ' ');
            if (matches) return first;
        }
        return -1;
    }

    /// <summary>The last token of the head of <paramref name="heads"/> whose first word is token <paramref name="first"/>, written as
    /// a word of its own with one whitespace character between its words; -1 if none.</summary>
    private static int HeadLast(TokenLayer tokens, int first, string[][] heads, WordSet firstWords)
    {
        if (!firstWords.Contains(tokens, first)) return -1;
        foreach (var head in heads)
        {
            if (first + head.Length > tokens.Count || !tokens.IsExactly(first, head[0])) continue;
            var matches = true;
            for (var w = 1; w < head.Length && matches; w++)
                matches = tokens.SpacedFromPrevious(first + w, WordSpacing.OneWhitespace) && tokens.IsExactly(first + w, head[w]);
            var last = first + head.Length - 1;
            if (matches && !tokens.RunsOnAsWord(last)) return last;
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is a word of letters or a full stop: what an owner's name is written with.</summary>
    private static bool IsOwnerPart(TokenLayer tokens, int i) => tokens.IsLetters(i) || tokens.IsMark(i, '.');

    /// <summary>Whether token <paramref name="i"/> ends the possessive "’s" or "'s": a clitic, or an "s" written against an
    /// apostrophe that follows no word ("U.S.’s").</summary>
    private static bool IsPossessive(TokenLayer tokens, int i) =>
        (uint)i < (uint)tokens.Count && (tokens[i].Kind == TokenKind.Clitic && Possessive.Ends(tokens.TextOf(i)) && tokens[i].Length == 2
            || tokens.IsExactly(i, "s") && i > 0 && tokens[i - 1].End == tokens[i].Start && tokens[i - 1].Length == 1 && WordCharacters.IsApostrophe(tokens.Text[tokens[i - 1].Start]));

    /// <summary>What <see cref="PossessiveOwner"/> answers for a token that ends no possessive: below -1, the index a possessive
    /// at the text's start would give its missing owner.</summary>
    private const int NotPossessive = -2;

    /// <summary>The last token before the possessive that token <paramref name="i"/> ends (see <see cref="IsPossessive"/>);
    /// <see cref="NotPossessive"/> when <paramref name="i"/> ends none.</summary>
    private static int PossessiveOwner(TokenLayer tokens, int i) =>
        !IsPossessive(tokens, i) ? NotPossessive : tokens[i].Kind == TokenKind.Clitic ? i - 1 : i - 2;
}
