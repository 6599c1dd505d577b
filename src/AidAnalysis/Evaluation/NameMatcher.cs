using System.Text;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Evaluation;

/// <summary>
/// Actor-name matching of SCHEMA.md: equal after normalising case, punctuation, a leading "the"
/// and aliases (from the country and organisation gazetteers, capitals and demonyms included),
/// or one contains the other, or one is the acronym of the other, or their word sets overlap by at least 60%.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    public NameMatcher(Lexicon lexicon)
    {
        foreach (var c in lexicon.Countries)
            foreach (var form in c.Aliases.Concat(c.Seats).Concat(c.Demonyms).Prepend(c.Name))
                _aliases.TryAdd(Normalize(form), Normalize(c.Name));
        foreach (var o in lexicon.Organizations)
            foreach (var form in o.Aliases.Prepend(o.Name))
                _aliases.TryAdd(Normalize(form), Normalize(o.Name));
    }

    public bool Matches(string? a, string? b)
    {
        if (a is null || b is null) return a is null && b is null;
        var x = Canonical(a);
        var y = Canonical(b);
        if (x.Length == 0 || y.Length == 0) return x == y;
        if (x == y || Contains(x, y) || Contains(y, x)) return true;
        var nx = Normalize(a);
        var ny = Normalize(b);
        if (IsAcronymOf(nx, ny) || IsAcronymOf(ny, nx) || IsAcronymOf(x, y) || IsAcronymOf(y, x)) return true;
        var wx = x.Split(' ').ToHashSet();
        var wy = y.Split(' ').ToHashSet();
        return wx.Intersect(wy).Count() >= 0.6 * Math.Max(wx.Count, wy.Count);
    }

    // Words an acronym usually skips ("United States Agency for International Development" → USAID).
    private static readonly HashSet<string> SkippedByAcronyms = ["of", "for", "the", "and", "in", "on", "to", "at"];

    /// <summary>
    /// "usaid" for "united states agency for international development": the initials of every word or of the
    /// content words, or (four letters or more) their start, as for agencies whose names end in a place.
    /// </summary>
    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Contains(' ')) return false;
        var words = name.Split(' ');
        if (words.Length < 2) return false;
        var all = string.Concat(words.Select(w => w[0]));
        var content = string.Concat(words.Where(w => !SkippedByAcronyms.Contains(w)).Select(w => w[0]));
        return acronym == all || acronym == content || (acronym.Length >= 4 && content.StartsWith(acronym, StringComparison.Ordinal));
    }

    private static bool Contains(string outer, string inner) => (" " + outer + " ").Contains(" " + inner + " ", StringComparison.Ordinal);

    private string Canonical(string name)
    {
        var n = Normalize(name);
        if (_aliases.TryGetValue(n, out var whole)) return whole;
        // Word by word: "ukrainian government" → "ukraine government".
        return string.Join(' ', n.Split(' ').Select(w => _aliases.TryGetValue(w, out var c) ? c : w));
    }

    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ch is '.' or '’' or '\'' ? '\0' : ' ');
        var words = sb.ToString().Replace("\0", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
