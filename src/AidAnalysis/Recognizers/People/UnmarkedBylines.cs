using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Bylines without "By": among the lines under the headline, a short line that opens with a person's name and holds nothing
/// else but the byline's furniture names the article's author. After the name the line ends ("Anna Berg" above the dateline),
/// or a mark sets the rest off ("Anna Berg | 04.03.2026", "Anna Berg — Monday"), or a date follows ("Anna Berg Published
/// March 4, 2026"), or the author's title ("Anna Berg Foreign affairs correspondent"). The name is the shortest reading that
/// leaves such a rest; it may hold no title, courtesy title, known name, label word ("Press Release") or word the text writes in
/// lower case elsewhere. Capitalised words alone after the mark name the
/// outlet the author writes for ("Anna Berg · Daily Ledger", "Anna Berg | DLN").
/// </summary>
internal sealed class UnmarkedBylines(Lexicon lexicon, NameCleaner names, UntitledNames untitled)
{
    /// <summary>How many lines under the headline a byline may stand on (a standfirst, a photo credit or a date may come first).</summary>
    private const int HeadLines = 5;
    /// <summary>The most words a byline line holds: a name, a title or an outlet, a date and time.</summary>
    private const int LongestLine = 12;

    /// <summary>Titles, matched in any case: "Correspondent" on a byline line is the title, not a surname.</summary>
    private readonly WordSet _titles = new(lexicon.Titles);

    /// <param name="named">The characters a known name covers: a byline's name may hold none.</param>
    public List<EntityMention> Find(TokenLayer tokens, bool[] named)
    {
        var found = new List<EntityMention>();
        var line = 0;
        for (var first = 0; first < tokens.Count && line <= HeadLines; first = LineEnd(tokens, first), line++)
        {
            // The headline is line 0; "By" lines are read by Bylines.
            if (line == 0 || tokens.IsExactly(first, "By")) continue;
            var end = LineEnd(tokens, first);
            if (tokens.WordCount(first, end) > LongestLine) continue;
            if (AuthorName(tokens, first, end, named) is not { } name) continue;
            var outlet = Outlet(tokens, tokens.FirstStartingFrom(name.End), end);
            var outletName = outlet is { } o ? tokens.Text[o.Start..o.End] : null;
            found.Add(new EntityMention(name, MentionType.Byline, tokens.Text[name.Start..name.End], PersonRecognizer.BylineRole, outletName));
            // A known outlet is found by the organisations' readers already.
            if (outlet is { } span && !NameCleaner.Overlaps(span, named)) found.Add(new EntityMention(span, MentionType.Organization, outletName!, OrganizationRecognizer.NewsOutletRole));
        }
        return found;
    }

    /// <summary>The shortest name opening the line [<paramref name="first"/>, <paramref name="end"/>) whose rest is a byline's.</summary>
    private Span? AuthorName(TokenLayer tokens, int first, int end, bool[] named)
    {
        var limit = end < tokens.Count ? tokens[end].Start : tokens.Text.Length;
        var readings = new List<int>(4);
        // The readings come longest first; each is kept and none accepted, so that the shortest can be tried first.
        PersonNameAt.FirstEnd(tokens, tokens[first].Start, first, limit, (_, e) =>
        {
            readings.Add(e);
            return false;
        });
        for (var r = readings.Count - 1; r >= 0; r--)
        {
            var span = new Span(tokens[first].Start, readings[r]);
            var rest = tokens.FirstStartingFrom(span.End);
            var text = tokens.Text.AsSpan(span.Start, span.Length);
            // A name of one word is no byline's: the reading goes on to the next.
            if (!text.Contains(' ') || !IsBylineRest(tokens, rest, end)) continue;
            if (NameCleaner.Overlaps(span, named) || HoldsTitle(tokens, first, rest) || IsLabel(tokens, first, rest)
                || lexicon.CourtesyTitles.Contains(tokens.TextOf(first).ToString())) return null;
            return names.CleanName(tokens, span, named) == span && untitled.IsPersonLike(text) ? span : null;
        }
        return null;
    }

    /// <summary>Whether the tokens [<paramref name="rest"/>, <paramref name="end"/>) after the name are a byline's: none, a mark
    /// setting them off, a date (a word at most, then a month or a number), or a title phrase ending in a title word.</summary>
    private bool IsBylineRest(TokenLayer tokens, int rest, int end)
    {
        if (rest >= end) return true;
        if (IsSeparator(tokens, rest)) return true;
        var date = tokens[rest].Kind == TokenKind.Word && rest + 1 < end ? rest + 1 : rest;
        if (tokens[date].Kind == TokenKind.Number || lexicon.Months.NumberOf(tokens.TextOf(date)) > 0) return true;
        for (var k = rest; k < end; k++)
            if (tokens[k].Kind != TokenKind.Word) return false;
        return _titles.Contains(tokens, end - 1);
    }

    /// <summary>The outlet after the mark that follows the name: capitalised words to the line's end.</summary>
    private static Span? Outlet(TokenLayer tokens, int mark, int end)
    {
        if (mark + 1 >= end || !IsSeparator(tokens, mark)) return null;
        for (var k = mark + 1; k < end; k++)
            if (!tokens.OpensWithCapital(k) || tokens[k].Kind != TokenKind.Word) return null;
        return new Span(tokens[mark + 1].Start, tokens[end - 1].End);
    }

    /// <summary>"|", "·", a dash or a slash between the name and the rest of its line.</summary>
    private static bool IsSeparator(TokenLayer tokens, int index) =>
        tokens[index].Kind is TokenKind.Punctuation or TokenKind.Symbol && tokens[index].Length == 1
        && tokens.Text[tokens[index].Start] is '|' or '·' or '—' or '–' or '-' or '/';

    /// <summary>Whether a word of the name is a label's ("Press Release", "Breaking News") or is written in lower case elsewhere in
    /// the text, which makes it a common noun ("Climate Change" above an article on climate), not a given name or surname.</summary>
    private bool IsLabel(TokenLayer tokens, int first, int end)
    {
        for (var w = first; w < end; w++)
            if (lexicon.HeadLabelWords.Contains(tokens.TextOf(w).ToString())) return true;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Shape != TokenShape.Lower) continue;
            for (var w = first; w < end; w++)
                if (tokens.TextOf(k).Equals(tokens.TextOf(w), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private bool HoldsTitle(TokenLayer tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (_titles.Contains(tokens, k)) return true;
        return false;
    }

    /// <summary>The first token after <paramref name="first"/> that a line break precedes, or the token count.</summary>
    private static int LineEnd(TokenLayer tokens, int first)
    {
        var k = first + 1;
        while (k < tokens.Count && !tokens.BreaksLineBefore(k)) k++;
        return k;
    }
}
