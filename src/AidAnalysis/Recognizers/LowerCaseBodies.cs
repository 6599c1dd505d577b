using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Government bodies named with a lower-case head, found from the few places where the head occurs instead of by a
/// pattern scanned over the whole text: a state's force or bank ("the Syrian army", "Egypt's central bank") and a
/// ministry owned by a possessor or "the" ("South Korea’s defense ministry"). Each reads what its pattern read, and
/// as matches of either cannot overlap, the matches come in text order. The words come from government-body-words.tsv.
/// </summary>
internal sealed class LowerCaseBodies(GovernmentBodyWords words)
{
    /// <summary>What <c>\b(?&lt;owner&gt;\p{Lu}[\p{L}.]+)(?:’s|'s)?\s(?&lt;body&gt;army|central\sbank|navy|air\sforce|coast\sguard|embassy)\b</c> matches: the owner's
    /// span and where the body ends.</summary>
    public IEnumerable<(Span Owner, int BodyEnd)> StateForces(string text)
    {
        var previousEnd = 0;
        foreach (var (head, end) in HeadsAfterSpace(text, words.ForceHeads))
        {
            var ownerEnd = head - 1;
            if (ownerEnd >= 2 && text[ownerEnd - 1] == 's' && text[ownerEnd - 2] is '’' or '\'') ownerEnd -= 2;
            var regionStart = ownerEnd;
            while (regionStart > previousEnd && (char.IsLetter(text[regionStart - 1]) || text[regionStart - 1] == '.')) regionStart--;
            // The leftmost capital at a word boundary with at least one more owner character after it.
            for (var start = regionStart; start <= ownerEnd - 2; start++)
            {
                if (!char.IsUpper(text[start]) || (start > 0 && TextPatterns.IsBoundaryWordChar(text[start - 1]))) continue;
                yield return (new Span(start, ownerEnd), end);
                previousEnd = end;
                break;
            }
        }
    }

    /// <summary>What <c>(?:’s|'s|\bthe)\s(?&lt;body&gt;FIELD\s(?:ministry|department|office))\b</c> matches: the body's span.</summary>
    public IEnumerable<Span> OwnedBodies(string text)
    {
        foreach (var (head, end) in HeadsAfterSpace(text, words.BodyHeads))
        {
            var fieldEnd = head - 1;
            var field = words.Fields.FirstOrDefault(f => fieldEnd - f.Length >= 0 && text.AsSpan(fieldEnd - f.Length, f.Length).SequenceEqual(f));
            if (field is null) continue;
            var fieldStart = fieldEnd - field.Length;
            var space = fieldStart - 1;
            if (space < 2 || !char.IsWhiteSpace(text[space])) continue;
            var possessive = text[space - 1] == 's' && text[space - 2] is '’' or '\'';
            var article = space >= 3 && text.AsSpan(space - 3, 3).SequenceEqual("the") && (space == 3 || !TextPatterns.IsBoundaryWordChar(text[space - 4]));
            if (possessive || article) yield return new Span(fieldStart, end);
        }
    }

    /// <summary>Each occurrence of one of <paramref name="heads"/> (a space inside one stands for any whitespace character)
    /// after a whitespace character and before a word boundary, in text order: its start and end.</summary>
    private static List<(int Start, int End)> HeadsAfterSpace(string text, IReadOnlyList<string> heads)
    {
        var found = new List<(int Start, int End)>();
        foreach (var head in heads)
        {
            var space = head.IndexOf(' ');
            var first = space < 0 ? head : head[..space];
            for (var at = text.IndexOf(first, StringComparison.Ordinal); at >= 0; at = text.IndexOf(first, at + 1, StringComparison.Ordinal))
            {
                if (at == 0 || !char.IsWhiteSpace(text[at - 1])) continue;
                var end = at + first.Length;
                if (space >= 0)
                {
                    var rest = head[(space + 1)..];
                    if (end >= text.Length || !char.IsWhiteSpace(text[end]) || !text.AsSpan(end + 1).StartsWith(rest, StringComparison.Ordinal)) continue;
                    end += 1 + rest.Length;
                }
                if (end < text.Length && TextPatterns.IsBoundaryWordChar(text[end])) continue;
                found.Add((at, end));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
