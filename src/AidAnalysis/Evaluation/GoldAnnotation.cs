using System.Text.Json;
using System.Text.Json.Serialization;

namespace AidAnalysis.Evaluation;

/// <summary>A gold annotation file of the corpus (SCHEMA.md).</summary>
public sealed record GoldAnnotation(
    [property: JsonPropertyName("funding")] IReadOnlyList<GoldFunding> Funding,
    [property: JsonPropertyName("actors")] IReadOnlyList<GoldActor> Actors,
    [property: JsonPropertyName("claims")] IReadOnlyList<GoldClaim> Claims,
    [property: JsonPropertyName("new_money")] IReadOnlyList<string>? NewMoney = null)
{
    public static GoldAnnotation Load(string path)
    {
        var gold = JsonSerializer.Deserialize<GoldAnnotation>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: empty gold file");
        return gold with { Funding = gold.Funding ?? [], Actors = gold.Actors ?? [], Claims = gold.Claims ?? [], NewMoney = gold.NewMoney ?? [] };
    }

    /// <summary>
    /// The funding row a relation names: SCHEMA writes the n-th row sharing an amount_text as "&lt;amount_text&gt; #n".
    /// </summary>
    public GoldFunding? FundingNamed(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var text = reference;
        var occurrence = 1;
        var hash = reference.LastIndexOf(" #", StringComparison.Ordinal);
        if (hash > 0 && int.TryParse(reference.AsSpan(hash + 2), out var n) && n > 1)
        {
            text = reference[..hash];
            occurrence = n;
        }
        return Funding.Where(f => f.AmountText == text).Skip(occurrence - 1).FirstOrDefault();
    }
}

public sealed record GoldFunding(
    [property: JsonPropertyName("amount_text")] string AmountText,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("donor")] string? Donor,
    [property: JsonPropertyName("recipient")] string? Recipient,
    [property: JsonPropertyName("aid_type")] string AidType,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("part_of")] string? PartOf = null,
    [property: JsonPropertyName("conversion_of")] string? ConversionOf = null);

public sealed record GoldActor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("role")] string? Role = null,
    [property: JsonPropertyName("affiliation")] string? Affiliation = null);

public sealed record GoldClaim(
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("text_fragment")] string TextFragment,
    [property: JsonPropertyName("kind")] string Kind);
