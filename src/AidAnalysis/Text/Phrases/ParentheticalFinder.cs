using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>
/// Parentheticals inside one sentence: a bracketed stretch ("(AECID)"), a stretch between two spaced dashes ("— as it did last
/// year —"), and an attribution set off by commas or ending the sentence: a few words holding a reporting verb (", he said,",
/// ", officials added,") or a stretch opened by "according to" (phrase-words.tsv), also at the sentence's start. Where two
/// overlap the earlier one is kept.
/// </summary>
internal sealed class ParentheticalFinder(PhraseVocabulary words)
{
    /// <summary>", the agency's spokesman said," is an attribution; a longer stretch with a reporting verb is a clause of its own.</summary>
    public const int MaxReportingWords = 5;

    public void Find(TokenLayer tokens, int first, int end, List<Parenthetical> parentheticals)
    {
        // Made on the first bracket or parenthetical: most sentences hold none.
        List<Parenthetical>? found = null;
        Stack<int>? open = null;
        var dash = -1;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation) continue;
            var mark = tokens.Text[tokens[i].Start];
            if (tokens[i].Length != 1) continue;
            if (mark is '(' or '[') (open ??= new()).Push(i);
            else if (mark is ')' or ']' && open is { Count: > 0 })
            {
                var o = open.Pop();
                if (open.Count == 0) (found ??= []).Add(Of(ParentheticalKind.Brackets, tokens, o, i));
            }
            else if (mark is '—' or '–' && tokens[i].SpaceBefore && i + 1 < end && tokens[i + 1].SpaceBefore)
            {
                if (dash >= 0) { (found ??= []).Add(Of(ParentheticalKind.Dashes, tokens, dash, i)); dash = -1; }
                else dash = i;
            }
            else if (mark == ',' && Attribution(tokens, i + 1, end) is >= 0 and var last)
            {
                (found ??= []).Add(Of(ParentheticalKind.Attribution, tokens, i, last));
                i = tokens.IsMark(last, ',') ? last - 1 : last;
            }
        }
        if (first < end && StartsWithAttribution(tokens, first) && AppositionFinder.Close(tokens, first, end) is >= 0 and var close
            && tokens.IsMark(close + 1, ','))
            (found ??= []).Add(new Parenthetical(ParentheticalKind.Attribution, new Span(tokens[first].Start, tokens[close + 1].End),
                new Span(tokens[first].Start, tokens[close].End)));
        if (found is null) return;
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var keptEnd = -1;
        foreach (var p in found)
            if (p.Span.Start >= keptEnd) { parentheticals.Add(p); keptEnd = p.Span.End; }
    }

    /// <summary>The closing comma (or the last word before the sentence's end) of an attribution starting at <paramref name="start"/>, or -1.</summary>
    private int Attribution(TokenLayer tokens, int start, int end)
    {
        if (AppositionFinder.Close(tokens, start, end) is not (>= 0 and var last)) return -1;
        var close = tokens.IsMark(last + 1, ',') ? last + 1 : last;
        if (StartsWithAttribution(tokens, start)) return close;
        if (tokens.WordCount(start, last + 1) > MaxReportingWords) return -1;
        for (var j = start; j <= last; j++)
            if (tokens.IsReportingVerb(j)) return close;
        return -1;
    }

    private bool StartsWithAttribution(TokenLayer tokens, int i)
    {
        foreach (var (first, second) in words.Attributions)
            if (tokens.Is(i, first) && tokens.Is(i + 1, second)) return true;
        return false;
    }

    /// <summary>The parenthetical from mark <paramref name="open"/> to <paramref name="close"/> (a mark, or the last word of an
    /// attribution ending the sentence).</summary>
    private static Parenthetical Of(ParentheticalKind kind, TokenLayer tokens, int open, int close)
    {
        var closed = tokens[close].Kind == TokenKind.Punctuation;
        var innerEnd = closed ? close - 1 : close;
        var inner = innerEnd > open ? new Span(tokens[open + 1].Start, tokens[innerEnd].End) : new Span(tokens[open].End, tokens[open].End);
        return new Parenthetical(kind, new Span(tokens[open].Start, tokens[close].End), inner);
    }
}
