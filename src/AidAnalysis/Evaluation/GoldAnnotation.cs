using System.Text.Json;
using System.Text.Json.Serialization;

namespace AidAnalysis.Evaluation;

/// <summary>A gold annotation file of the corpus (SCHEMA.md).</summary>
public sealed record GoldAnnotation(
    [property: JsonPropertyName("funding")] IReadOnlyList<GoldFunding> Funding,
    [property: JsonPropertyName("actors")] IReadOnlyList<GoldActor> Actors,
    [property: JsonPropertyName("claims")] IReadOnlyList<GoldClaim> Claims)
{
    public static GoldAnnotation Load(string path)
    {
        var gold = JsonSerializer.Deserialize<GoldAnnotation>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: empty gold file");
        return gold with { Funding = gold.Funding ?? [], Actors = gold.Actors ?? [], Claims = gold.Claims ?? [] };
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
    [property: JsonPropertyName("status")] string Status);

public sealed record GoldActor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind);

public sealed record GoldClaim(
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("text_fragment")] string TextFragment,
    [property: JsonPropertyName("kind")] string Kind);
