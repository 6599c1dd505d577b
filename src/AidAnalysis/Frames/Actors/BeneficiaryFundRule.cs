using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Actors;

/// <summary>"Ukraine Humanitarian Fund", "Sudan Contact Group": a fund, facility or contact group whose name a state's name opens
/// is named for the state it serves, and is run by others (a UN agency, a bank, the donors), so the state is not its owner.
/// A name that goes on past the head ("Qatar Fund for Development") or that a demonym opens ("Dutch Relief Fund") is the
/// state's own body.</summary>
internal sealed class BeneficiaryFundRule(Lexicon lexicon)
{
    private readonly string[] _heads = [.. lexicon.OrganisationNameWords["beneficiary-head"].Select(h => " " + h)];

    /// <summary>Whether <paramref name="state"/>, read from inside <paramref name="name"/>, is the state the body serves.</summary>
    public bool NamesBeneficiary(string name, string? state)
    {
        if (state is null || !_heads.Any(h => name.EndsWith(h, StringComparison.Ordinal))) return false;
        var words = name.Split(' ');
        // The state's own name opens the body's name: one of its first words, or the first two or three ("South Sudan").
        for (var n = 1; n < Math.Min(words.Length, 4); n++)
            if (lexicon.CountryByForm.TryGetValue(string.Join(' ', words[..n]), out var country) && country == state) return true;
        return false;
    }
}
