namespace AidAnalysis.Recognizers;

/// <summary>
/// Where each whole-text amount pattern of the money recognizer matches in one text, as (index, length) bounds in text
/// order: amounts with the currency before the number, after it, as an adjective ("82-million-euro"), vague ones, and
/// large amounts without a currency ("another 6 billion is required"), read only where the article's money is in one currency.
/// </summary>
public sealed record AmountMatches(
    IReadOnlyList<(int Index, int Length)> Prefixed,
    IReadOnlyList<(int Index, int Length)> Suffixed,
    IReadOnlyList<(int Index, int Length)> Adjective,
    IReadOnlyList<(int Index, int Length)> Vague,
    IReadOnlyList<(int Index, int Length)> BareScale);
