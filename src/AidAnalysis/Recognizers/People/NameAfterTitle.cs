using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// The name after a title, read from the tokens after the title's end within <see cref="Window"/> characters: "Minister Anna
/// Berg", "Ambassador to Chile Anna Berg", or, after a comma, a longer complement and its acronym ("Minister for Water Resources
/// and Coastal Recovery, Anna Berg", "Director of the National Relief Agency (NRA), Dr Anna Berg"). The complements are read by
/// <see cref="TitleComplement"/>. The readings are tried in the order the window pattern it replaced tried them, each with one
/// end, so the first that holds a name is taken.
/// </summary>
internal sealed class NameAfterTitle(Lexicon lexicon)
{
    /// <summary>How far after a title its name is read.</summary>
    public const int Window = 160;

    /// <summary>A complement before a comma: one to six capitalised words of letters, full stops and apostrophes, "and" joining them.</summary>
    private readonly TitleComplementGrammar _beforeComma = new([.. lexicon.TitleNameWords["comma-complement-head"]], FullStops: true, Apostrophes: true,
        AndJoins: true, MostWords: 6, Window);

    /// <summary>A complement right before a name: one or two capitalised words of letters and full stops.</summary>
    private readonly TitleComplementGrammar _beforeName = new([.. lexicon.TitleNameWords["complement-head"]], FullStops: true, Apostrophes: false,
        AndJoins: false, MostWords: 2, Window);

    /// <summary>Honorifics a name after a comma may carry ("Dr", "Mr."), each read only where a capital follows its space.</summary>
    private readonly string[] _honorifics = [.. lexicon.TitleNameWords["honorific"]];

    private readonly ComplementBeforeName _complementEnd = new(lexicon);

    /// <summary>The complement read with the title (" of Health", or none) and the name after it (its initials included),
    /// read from <paramref name="titleEnd"/>; null when no name follows.</summary>
    public (Span? Complement, Span Name)? Read(TokenLayer tokens, int titleEnd)
    {
        var text = tokens.Text;
        var limit = titleEnd + Math.Min(text.Length - titleEnd, Window);
        var next = tokens.FirstStartingFrom(titleEnd);
        Span<(int End, int Next)> words = stackalloc (int, int)[_beforeComma.MostWords];
        // After a comma, with its complement and acronym before it or none.
        if (TitleComplement.Read(tokens, titleEnd, next, _beforeComma, words) is > 0 and var count)
        {
            var (end, after) = AfterAcronym(tokens, words[count - 1], limit);
            if (NameAfterComma(tokens, end, after, limit) is >= 0 and var afterComplement)
                return (new Span(titleEnd, end), Name(tokens, afterComplement, limit));
        }
        if (NameAfterComma(tokens, titleEnd, next, limit) is >= 0 and var name) return (null, Name(tokens, name, limit));
        // After one space, a complement of one or two words before it or none; the longer complement first.
        var read = TitleComplement.Read(tokens, titleEnd, next, _beforeName, words);
        // "Ambassador to Chile Anna Berg": the place or portfolio ends the complement and the word after it opens the name.
        if (read == 2 && _complementEnd.SecondOpensName(tokens, words[0], words[1].End)) read = 1;
        for (var k = read; k > 0; k--)
            if (CapitalAfterSpace(tokens, words[k - 1].End, words[k - 1].Next, limit) is >= 0 and var start)
                return (new Span(titleEnd, words[k - 1].End), Name(tokens, start, limit));
        return CapitalAfterSpace(tokens, titleEnd, next, limit) is >= 0 and var alone ? (null, Name(tokens, alone, limit)) : null;
    }

    /// <summary>Where a complement ends with the acronym after it (" (NRA)": a capital and one to twelve letters, full stops,
    /// ampersands and hyphens in brackets), and the token after it; <paramref name="complement"/> itself if none follows.</summary>
    private static (int End, int Next) AfterAcronym(TokenLayer tokens, (int End, int Next) complement, int limit)
    {
        var open = tokens.AfterOneSpace(complement.End, complement.Next, limit);
        if (!tokens.IsMark(open, '(') || !tokens.TouchesPrevious(open + 1) || tokens[open + 1].Start >= limit
            || !TextPatterns.IsUpperLetter(tokens.Text[tokens[open + 1].Start])) return complement;
        var capital = tokens[open + 1].Start;
        var (end, close) = tokens.GluedRunEnd(open + 1, Math.Min(limit, capital + 13), static c => char.IsLetter(c) || c is '.' or '&' or '-');
        return end > capital + 1 && end < limit && tokens.IsMark(close, ')') && tokens[close].Start == end ? (end + 1, close + 1) : complement;
    }

    /// <summary>The token the name after ", " at <paramref name="at"/> (token <paramref name="comma"/> being the first that starts there or
    /// after) opens with, past an honorific ("Dr ", "Mr. ") that a capital follows; -1 unless a capital opens it.</summary>
    private int NameAfterComma(TokenLayer tokens, int at, int comma, int limit)
    {
        if (!tokens.IsMark(comma, ',') || tokens[comma].Start != at) return -1;
        var word = tokens.AfterOneSpace(at + 1, comma + 1, limit);
        if (word < 0 || tokens[word].Start >= limit) return -1;
        if (IsHonorific(tokens, word))
        {
            var end = tokens[word].End;
            if (end < limit && tokens.IsMark(word + 1, '.') && tokens.TouchesPrevious(word + 1)
                && CapitalAfterSpace(tokens, end + 1, word + 2, limit) is >= 0 and var afterStop) return afterStop;
            if (CapitalAfterSpace(tokens, end, word + 1, limit) is >= 0 and var afterSpace) return afterSpace;
        }
        return TextPatterns.IsUpperLetter(tokens.Text[tokens[word].Start]) ? word : -1;
    }

    private bool IsHonorific(TokenLayer tokens, int index)
    {
        foreach (var honorific in _honorifics)
            if (tokens.IsExactly(index, honorific)) return true;
        return false;
    }

    /// <summary>The token after the one space at <paramref name="at"/> (token <paramref name="next"/> being the first that starts after
    /// it), when it starts before <paramref name="limit"/> and opens with a capital; -1 otherwise.</summary>
    private static int CapitalAfterSpace(TokenLayer tokens, int at, int next, int limit) =>
        tokens.AfterOneSpace(at, next, limit) is >= 0 and var word && tokens[word].Start < limit && TextPatterns.IsUpperLetter(tokens.Text[tokens[word].Start])
            ? word : -1;

    private static Span Name(TokenLayer tokens, int index, int limit) => new(tokens[index].Start, PersonNameAt.End(tokens, index, limit).End);
}
