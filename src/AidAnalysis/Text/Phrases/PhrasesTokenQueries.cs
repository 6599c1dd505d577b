using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Phrases;

/// <summary>Token questions the phrase finders ask: barriers, names and the runs of words a name spans (marks and word counts
/// are asked of the layer itself).</summary>
internal static class PhrasesTokenQueries
{
    /// <summary>A mark that ends the phrases read across commas: brackets, quotes, dashes, colons, semicolons, sentence ends.</summary>
    public static bool IsBarrier(this TokenLayer tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Punctuation) return false;
        var mark = tokens.Text[token.Start];
        // A full stop, hyphen, apostrophe or slash written inside a word ("U.S.", "US-backed") does not end a phrase.
        if (mark is '.' or '-' or '\'' or '’' or '/' or '&')
            return mark == '.' && (i + 1 >= tokens.Count || tokens[i + 1].SpaceBefore);
        return mark != ',';
    }

    /// <summary>A word written with a capital ("Norway", "UN", "McDonald").</summary>
    public static bool IsNameWord(this TokenLayer tokens, int i) =>
        (uint)i < (uint)tokens.Count && tokens[i].Kind == TokenKind.Word && tokens[i].Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed;

    /// <summary>The first token of the name ending with token <paramref name="last"/>, not before <paramref name="floor"/>:
    /// capitalised words, an abbreviation's full stops ("U.S.") and lower-case connectors between capitals ("Ministry of Health");
    /// a capitalised determiner opening a sentence ("The") is not part of it.</summary>
    public static int NameStart(this TokenLayer tokens, int last, int floor, WordSet connectors, WordSet determiners)
    {
        var start = last;
        for (var j = last - 1; j >= floor && tokens.IsNamePart(j, floor, connectors); j--) start = j;
        // A name opens with a capital, not with a connector, a full stop or a determiner.
        while (start < last && (!tokens.IsNameWord(start) || tokens.IsAny(start, determiners))) start++;
        return start;
    }

    /// <summary>The last token of the name starting with token <paramref name="first"/>, before <paramref name="end"/>.</summary>
    public static int NameEnd(this TokenLayer tokens, int first, int end, WordSet connectors)
    {
        var last = first;
        for (var j = first + 1; j < end - 1 || j < end && tokens.IsNameWord(j); j++)
        {
            if (!tokens.IsNamePart(j, first, connectors)) break;
            last = j;
        }
        // ... and ends with a capital or an abbreviation's full stop.
        while (last > first && !tokens.IsNameWord(last) && !tokens.IsMark(last, '.')) last--;
        return last;
    }

    /// <summary>A capitalised word, a full stop glued to one ("U.S."), or a connector after one.</summary>
    private static bool IsNamePart(this TokenLayer tokens, int j, int floor, WordSet connectors) =>
        tokens.IsNameWord(j)
        || j > floor && tokens.IsNameWord(j - 1) && (tokens.IsMark(j, '.') && !tokens[j].SpaceBefore
                                                     || tokens[j].Shape == TokenShape.Lower && tokens.IsAny(j, connectors));

    /// <summary>Whether token <paramref name="i"/> is an inflected reporting verb ("said", "added", "warned").</summary>
    public static bool IsReportingVerb(this TokenLayer tokens, int i) => (uint)i < (uint)tokens.Count && tokens[i].Lemma >= 0;
}
