using System.Buffers;
using System.Text.RegularExpressions;

namespace AidAnalysis.Lexicons;

/// <summary>A month's name and the abbreviations news writes it in ("September": "Sep", "Sept").</summary>
public sealed record MonthEntry(string Name, IReadOnlyList<string> Abbreviations);

/// <summary>
/// The twelve months of months.tsv in calendar order, as the year and dateline patterns and the funding frame's dating of a
/// past act read them: as regex alternations, and a name or abbreviation turned into the month's number. Matched as written.
/// </summary>
public sealed class MonthNames
{
    /// <exception cref="FormatException">There are not twelve months.</exception>
    public MonthNames(IReadOnlyList<MonthEntry> months)
    {
        if (months.Count != 12) throw new FormatException($"months.tsv: {months.Count} months listed, not 12");
        Entries = months;
        FullNames = SearchValues.Create(months.Select(m => m.Name).ToArray(), StringComparison.Ordinal);
        FullNamePattern = string.Join('|', months.Select(m => Regex.Escape(m.Name)));
        // Full names first, so that where both could match the alternation tries the name before its abbreviation.
        AnyFormPattern = string.Join('|', months.Select(m => m.Name).Concat(months.SelectMany(m => m.Abbreviations)).Select(Regex.Escape));
    }

    /// <summary>The months, January first.</summary>
    public IReadOnlyList<MonthEntry> Entries { get; }

    /// <summary>The full names, to find whether a text names a month at all.</summary>
    public SearchValues<string> FullNames { get; }

    /// <summary>"January|February|...": the full names as a regex alternation.</summary>
    public string FullNamePattern { get; }

    /// <summary>The full names, then every abbreviation, as a regex alternation.</summary>
    public string AnyFormPattern { get; }

    /// <summary>The number (1 to 12) of a full name or abbreviation, or 0 for any other word.</summary>
    public int NumberOf(ReadOnlySpan<char> form)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (form.Equals(Entries[i].Name, StringComparison.Ordinal)) return i + 1;
            foreach (var abbreviation in Entries[i].Abbreviations)
                if (form.Equals(abbreviation, StringComparison.Ordinal)) return i + 1;
        }
        return 0;
    }

    /// <summary>The number of the first month whose name or an abbreviation stands in a short phrase ("in March", "Sept. 3"),
    /// or 0.</summary>
    public int NumberIn(ReadOnlySpan<char> phrase)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (phrase.Contains(Entries[i].Name, StringComparison.Ordinal)) return i + 1;
            foreach (var abbreviation in Entries[i].Abbreviations)
                if (phrase.Contains(abbreviation, StringComparison.Ordinal)) return i + 1;
        }
        return 0;
    }
}
