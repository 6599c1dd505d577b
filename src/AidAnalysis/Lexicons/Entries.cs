using AidAnalysis.Model;

namespace AidAnalysis.Lexicons;

public sealed record CountryEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Seats);

public sealed record OrganizationEntry(string Name, IReadOnlyList<string> Aliases, string? Affiliation, string Type);

/// <summary>A well-known office holder; <paramref name="SurnameAlone"/> when news names them by surname alone ("Putin’s war").</summary>
public sealed record OfficeHolderEntry(string Name, string Affiliation, bool SurnameAlone)
{
    /// <summary>The last name ("Marcos" of "Ferdinand Marcos Jr.").</summary>
    public string Surname
    {
        get
        {
            var tokens = Name.Split(' ');
            return tokens.Length > 1 && tokens[^1] is "Jr." or "Sr." ? tokens[^2] : tokens[^1];
        }
    }
}

public sealed record CurrencyForm(string Form, string Iso, CurrencyFormKind Kind);

public enum CurrencyFormKind { Symbol, Code, Word }

public sealed record AidItemEntry(string Item, IReadOnlyList<string> Forms, AidType Category, bool Lethal);

public sealed record AidTypeCue(string Phrase, AidType Type);

/// <summary>A body that gives its state's or union's money (USAID for the United States, the Commission for the EU).</summary>
public sealed record DonorBodyEntry(string Body, IReadOnlyList<string> Aliases, string Donor);

public sealed record FundingCue(string Phrase, FundingStatus Status, bool IsGivingVerb);
