using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Actors;

/// <summary>The state a government body name stands for: a country named as such, "&lt;Country|Demonym&gt; Government",
/// "Government of &lt;Country&gt;" ("the Federal Government" names no state, and stays an organisation): there the state itself acts.</summary>
internal sealed class GovernedStateRule(Lexicon lexicon)
{
    private static readonly Regex StateGovernment = TextPatterns.Create(@"^(?:(?<owner>\p{Lu}[\p{L}.’' ]*?)\s)?Government(?:\sof\s(?:the\s)?(?<of>\p{Lu}[\p{L}.’' ]*))?$");

    /// <summary>The state <paramref name="name"/> stands for, or null.</summary>
    public string? Of(string name)
    {
        if (lexicon.CountryByForm.TryGetValue(name, out var country)) return country;
        // The pattern needs the word: most names are spared the matcher.
        if (!name.Contains("Government", StringComparison.Ordinal)) return null;
        var m = StateGovernment.Match(name);
        if (!m.Success) return null;
        var owner = m.Groups["of"].Success ? m.Groups["of"].Value : m.Groups["owner"].Value;
        if (owner.Length == 0) return null;
        if (lexicon.CountryByForm.TryGetValue(owner, out country) || lexicon.CountryByDemonym.TryGetValue(owner, out country)) return country;
        return null;
    }
}
