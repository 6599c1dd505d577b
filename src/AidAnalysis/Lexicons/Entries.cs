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

/// <summary>Lower-case heads of government bodies (government-body-words.tsv): a state's force or institution written after its
/// name ("army"), ministry-like heads ("ministry") and the portfolio words before them ("defence").</summary>
public sealed record GovernmentBodyWords(IReadOnlyList<string> ForceHeads, IReadOnlyList<string> BodyHeads, IReadOnlyList<string> Fields);

/// <summary>A word that scales the number of an amount ("billion", "bn", "crore") and its factor: scale-words.tsv.</summary>
public sealed record ScaleWord(string Form, double Factor);

/// <summary>A way of writing a currency. <paramref name="SharedBy"/> lists the currencies a shared form ("crowns", "Rs")
/// can stand for, which the text decides between; <paramref name="Iso"/> is then the reading when it does not, or empty.</summary>
public sealed record CurrencyForm(string Form, string Iso, CurrencyFormKind Kind, IReadOnlyList<string> SharedBy);

/// <summary>Where a currency form stands: <see cref="Letter"/> is a capital glued to the number ("K210 billion"), read only
/// in a text that names the state of exactly one of the currencies it can stand for.</summary>
public enum CurrencyFormKind { Symbol, Code, Word, Letter }

public sealed record AidItemEntry(string Item, IReadOnlyList<string> Forms, AidType Category, bool Lethal);

public sealed record AidTypeCue(string Phrase, AidType Type);

/// <summary>A body that gives its state's or union's money (USAID for the United States, the Commission for the EU).</summary>
public sealed record DonorBodyEntry(string Body, IReadOnlyList<string> Aliases, string Donor);

/// <summary>A word near an amount that says what state the money is in. <paramref name="Governs"/>, when set, says it counts only
/// where it governs the amount directly, not anywhere in its clause: "object", a verb whose object the amount is ("WFP needs
/// $22 million"); "noun", a noun the amount qualifies ("a $40 million recovery plan").</summary>
public sealed record FundingCue(string Phrase, FundingStatus Status, bool IsGivingVerb, string? Governs = null)
{
    public bool GovernsOnly => Governs is not null;
}

/// <summary>A reporting verb with every form it is found in, whether it hedges, whether its object is the statement and whether
/// it is saying negated ("did not say"), a claim only with what was not stated.</summary>
public sealed record ReportingVerbEntry(string Lemma, IReadOnlyList<string> Forms, bool Hedge, bool Stance, bool Negated = false);

/// <summary>What a time word names; <see cref="Year"/> is a year number, found by its shape rather than listed.</summary>
public enum TimeWordKind { Month, Weekday, Day, Period, Year }

/// <summary>A word or phrase that places an event in time ("January", "on Tuesday", "last week", "next year").</summary>
public sealed record TimeWordEntry(string Phrase, TimeWordKind Kind);

public enum PersonGender { Female, Male }

/// <summary>What shows a person's gender: a title before the name, a gendered role noun, or the first word of the name.</summary>
public enum GenderWordKind { Honorific, Role, Given }

/// <summary>A word of gender-words.tsv: "Mrs" (honorific), "spokeswoman" (role), "Maria" (given name).</summary>
public sealed record GenderWord(string Word, PersonGender Gender, GenderWordKind Kind);
