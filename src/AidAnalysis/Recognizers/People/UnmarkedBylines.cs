using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Bylines without "By": among the lines under the headline, a short line that opens with a person's name and holds nothing
/// else but the byline's furniture names the article's author. After the name the line ends ("Anna Berg" above the dateline),
/// or a mark (byline-words.tsv) sets off a date, an outlet or nothing ("Anna Berg | 04.03.2026", "Anna Berg — Monday"), or a
/// date follows to the line's end ("Anna Berg Published March 4, 2026"), or the author's title, capitalised or holding a desk
/// word, with no verb ("Anna Berg Foreign affairs correspondent"). The name is the shortest reading that leaves such a rest; it
/// may hold no title, courtesy title, known name, label word ("Press Release") or word the text writes in lower case elsewhere,
/// and may not end in an outlet word ("Kiri Times"). Capitalised words alone after the mark with an outlet's form name the
/// outlet the author writes for ("Anna Berg · Daily Ledger", "Anna Berg | DLN"). A slash with no space is a photo credit's
/// ("Anna Berg/Agency"), never a byline's.
/// </summary>
internal sealed class UnmarkedBylines(Lexicon lexicon, NameCleaner names, UntitledNames untitled, OutletForm outletForm)
{
    /// <summary>How many lines under the headline a byline may stand on (a standfirst, a photo credit or a date may come first).</summary>
    private const int HeadLines = 5;
    /// <summary>The most words a byline line holds: a name, a title or an outlet, a date and time.</summary>
    private const int LongestLine = 12;

    /// <summary>Titles, matched in any case: "Correspondent" on a byline line is the title, not a surname.</summary>
    private readonly WordSet _titles = new(lexicon.Titles);
    private readonly WordSet _marks = new(lexicon.BylineWords["mark"], caseSensitive: true);
    private readonly WordSet _dateWords = new(lexicon.BylineWords["date-word"], caseSensitive: true);
    private readonly WordSet _deskWords = new(lexicon.BylineWords["desk-word"]);
    private readonly WordSet _weekdays = new(lexicon.TimeWords.Where(t => t.Kind == TimeWordKind.Weekday).Select(t => t.Phrase), caseSensitive: true);

    /// <param name="named">The characters a known name covers: a byline's name may hold none.</param>
    public List<EntityMention> Find(TokenLayer tokens, bool[] named)
    {
        var found = new List<EntityMention>();
        // The words the text writes in lower case, read once at the first candidate line: most texts have none.
        HashSet<string>? lowerWords = null;
        var line = 0;
        for (var first = 0; first < tokens.Count && line <= HeadLines; first = LineEnd(tokens, first), line++)
        {
            // The headline is line 0; "By" lines are read by Bylines.
            if (line == 0 || tokens.IsExactly(first, "By")) continue;
            var end = LineEnd(tokens, first);
            if (tokens.WordCount(first, end) > LongestLine) continue;
            if (AuthorName(tokens, first, end, named, () => lowerWords ??= LowerCaseWords(tokens)) is not { } name) continue;
            var outlet = Outlet(tokens, tokens.FirstStartingFrom(name.End), end);
            var outletName = outlet is { } o ? tokens.Text[o.Start..o.End] : null;
            found.Add(new EntityMention(name, MentionType.Byline, tokens.Text[name.Start..name.End], PersonRecognizer.BylineRole, outletName));
            // A known outlet is found by the organisations' readers already.
            if (outlet is { } span && !NameCleaner.Overlaps(span, named)) found.Add(new EntityMention(span, MentionType.Organization, outletName!, OrganizationRecognizer.NewsOutletRole));
        }
        return found;
    }

    /// <summary>The shortest name opening the line [<paramref name="first"/>, <paramref name="end"/>) whose rest is a byline's.</summary>
    private Span? AuthorName(TokenLayer tokens, int first, int end, bool[] named, Func<HashSet<string>> lowerWords)
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
            // CleanName keeps the whole span only where no known name overlaps it.
            if (HoldsTitle(tokens, first, rest) || IsLabel(tokens, first, rest, lowerWords())
                || outletForm.IsOutletWord(tokens.TextOf(rest - 1)) || lexicon.CourtesyTitles.Contains(tokens.TextOf(first).ToString())) return null;
            return names.CleanName(tokens, span, named) == span && untitled.IsPersonLike(text) ? span : null;
        }
        return null;
    }

    /// <summary>Whether the tokens [<paramref name="rest"/>, <paramref name="end"/>) after the name are a byline's: none, a mark
    /// setting off a date, an outlet or nothing, a date to the line's end, or a title phrase ending in a title word.</summary>
    private bool IsBylineRest(TokenLayer tokens, int rest, int end)
    {
        if (rest >= end) return true;
        if (IsMark(tokens, rest))
            return !IsPhotoCredit(tokens, rest) && (rest + 1 >= end || IsDate(tokens, rest + 1) || Outlet(tokens, rest, end) is not null);
        if (IsDate(tokens, rest))
        {
            // "Published March 4, 2026, 10:30": the date's words, numbers and commas run to the line's end.
            for (var k = rest; k < end; k++)
                if (!(tokens[k].Kind is TokenKind.Number or TokenKind.Punctuation || IsDateWord(tokens, k))) return false;
            return true;
        }
        return IsTitlePhrase(tokens, rest, end);
    }

    /// <summary>Whether a date opens at token <paramref name="k"/>: a date word ("Published") followed by a month or a number,
    /// a weekday, a month, or a number written as a date ("04.03.2026", "4 March"). A bare number is no date ("Anna Berg 2026").</summary>
    private bool IsDate(TokenLayer tokens, int k)
    {
        if (_dateWords.Contains(tokens, k) && k + 1 < tokens.Count && !tokens.BreaksLineBefore(k + 1))
            return tokens[k + 1].Kind == TokenKind.Number || IsDateWord(tokens, k + 1);
        if (_weekdays.Contains(tokens, k) || lexicon.Months.NumberOf(tokens.TextOf(k)) > 0) return true;
        return tokens[k].Kind == TokenKind.Number
            && (tokens.TextOf(k).ContainsAny('.', '/', '-') || k + 1 < tokens.Count && lexicon.Months.NumberOf(tokens.TextOf(k + 1)) > 0);
    }

    private bool IsDateWord(TokenLayer tokens, int k) =>
        _dateWords.Contains(tokens, k) || _weekdays.Contains(tokens, k) || lexicon.Months.NumberOf(tokens.TextOf(k)) > 0;

    /// <summary>Whether the words [<paramref name="rest"/>, <paramref name="end"/>) are the author's title: words only, ending in
    /// a title word, all capitalised or holding a desk word ("Foreign affairs correspondent"), and no verb ("appointed interim
    /// health minister" is a subheading's predicate).</summary>
    private bool IsTitlePhrase(TokenLayer tokens, int rest, int end)
    {
        var capitalised = true;
        var desk = false;
        for (var k = rest; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || IsVerb(tokens, k)) return false;
            capitalised &= tokens.OpensWithCapital(k);
            desk |= _deskWords.Contains(tokens, k);
        }
        return (capitalised || desk) && _titles.Contains(tokens, end - 1);
    }

    /// <summary>A reporting verb or a word with a past participle's ending: a title holds neither.</summary>
    private bool IsVerb(TokenLayer tokens, int k) =>
        tokens.EndsInEd(k, minLength: 2, anyCase: true) || lexicon.ReportingVerbs.ContainsKey(tokens.TextOf(k).ToString().ToLowerInvariant());

    /// <summary>The outlet after the mark that follows the name: capitalised words to the line's end with an outlet's form.</summary>
    private Span? Outlet(TokenLayer tokens, int mark, int end)
    {
        if (mark + 1 >= end || !IsMark(tokens, mark) || IsPhotoCredit(tokens, mark)) return null;
        for (var k = mark + 1; k < end; k++)
            if (!tokens.OpensWithCapital(k) || tokens[k].Kind != TokenKind.Word) return null;
        return outletForm.Holds(tokens, mark + 1, end, article: false) ? new Span(tokens[mark + 1].Start, tokens[end - 1].End) : null;
    }

    /// <summary>A byline mark (byline-words.tsv) between the name and the rest of its line.</summary>
    private bool IsMark(TokenLayer tokens, int index) =>
        tokens[index].Kind is TokenKind.Punctuation or TokenKind.Symbol && _marks.Contains(tokens, index);

    /// <summary>"Anna Berg/Agency": a slash written against a word credits a photograph.</summary>
    private static bool IsPhotoCredit(TokenLayer tokens, int mark) =>
        tokens.TextOf(mark) is "/" && (tokens[mark - 1].End == tokens[mark].Start || mark + 1 < tokens.Count && tokens[mark + 1].Start == tokens[mark].End);

    /// <summary>Whether a word of the name is a label's ("Press Release", "Breaking News") or is written in lower case elsewhere in
    /// the text, which makes it a common noun ("Climate Change" above an article on climate), not a given name or surname.</summary>
    private bool IsLabel(TokenLayer tokens, int first, int end, HashSet<string> lowerWords)
    {
        for (var w = first; w < end; w++)
            if (lexicon.HeadLabelWords.Contains(tokens.TextOf(w).ToString()) || lowerWords.Contains(tokens.TextOf(w).ToString())) return true;
        return false;
    }

    /// <summary>The words the text writes in lower case, compared in any case.</summary>
    private static HashSet<string> LowerCaseWords(TokenLayer tokens)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < tokens.Count; k++)
            if (tokens[k].Shape == TokenShape.Lower) words.Add(tokens.TextOf(k).ToString());
        return words;
    }

    /// <summary>Whether a word of the name [<paramref name="first"/>, <paramref name="end"/>) is a title: "Correspondent" on a
    /// byline line is the title, not a surname.</summary>
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
