using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Whether an unknown name has a news outlet's form: a word of it is an outlet word ("Radio Kiri", "The Valley Times";
/// a one-word name may end in one, "Quillpost") or an initialism ("NRQ"); else it has several words or follows "the" ("told
/// the Lantern", "told Ukrainska Pravda") and holds no word of an organisation's or a charity's name and no plural ("seen by
/// the Lakeside Water Trust", "told Amnesty Norland", "told Kenyan Parliamentarians" name no outlet).</summary>
internal sealed class OutletForm(Lexicon lexicon)
{
    private readonly string[] _outletWords = [.. lexicon.OutletCues["outlet-word"]];
    private readonly WordSet _bodyWords = new([.. lexicon.OrganizationHeads, .. lexicon.OutletCues["charity-word"]], caseSensitive: true);

    /// <summary>Whether the name's words [<paramref name="first"/>, <paramref name="end"/>) have an outlet's form;
    /// <paramref name="article"/> says "the" stands before it.</summary>
    public bool Holds(TokenLayer tokens, int first, int end, bool article)
    {
        for (var k = first; k < end; k++)
            if (tokens[k].Kind == TokenKind.Word && (IsOutletWord(tokens.TextOf(k), end - first == 1) || IsInitialism(tokens.TextOf(k)))) return true;
        if (end - first == 1 && !article || IsPlural(tokens.TextOf(end - 1))) return false;
        for (var k = first; k < end; k++)
            if (_bodyWords.Contains(tokens, k)) return false;
        return true;
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i');

    /// <summary>Whether <paramref name="word"/> is an outlet word ("Times", "TIMES"), or, alone in its name, ends in one
    /// ("Quillpost").</summary>
    public bool IsOutletWord(ReadOnlySpan<char> word, bool alone = false)
    {
        foreach (var outlet in _outletWords)
            if (alone ? word.Length > outlet.Length && word.EndsWith(outlet, StringComparison.OrdinalIgnoreCase)
                    : word.Equals(outlet, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Two to six capital letters: "TNN", "DLN".</summary>
    public static bool IsInitialism(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 6 && !word.ContainsAnyExceptInRange('A', 'Z');
}
