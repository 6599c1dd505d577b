using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$150 million for Gaza", "2 billion rupees in loans to South Asia", "€4 million for the Sahel": a region that is
/// never an actor (places.txt), named after a recipient marker in the amount's clause, receives it, at the level SCHEMA.md
/// charts recipients (a state or its people, or the region the text names for them).
/// </summary>
internal sealed class PlaceRecipient(Lexicon lexicon, PartyWords words)
{
    /// <summary>How far after the amount the place may stand ("$2 million in emergency aid for ...").</summary>
    private const int Reach = 80;

    private readonly SearchValues<string> _places = SearchValues.Create([.. lexicon.Places], StringComparison.Ordinal);

    /// <summary>"to" or an owner marker of party-words.tsv ("for", "to help") right before the place.</summary>
    private readonly PhrasesBefore _markers = new(words.OwnerMarkers.Prepend("to"), optionalThe: true);

    /// <summary>The first place after a recipient marker between the amount and the end of its clause, or null.</summary>
    public string? Find(PartyScene scene)
    {
        var (text, amount, window) = (scene.Text, scene.Amount, scene.Window);
        var start = amount.End;
        var end = Math.Min(window.End, amount.End + Reach);
        while (start < end)
        {
            var at = text.AsSpan(start, end - start).IndexOfAny(_places);
            if (at < 0) return null;
            at += start;
            var name = Longest(text, at, end);
            if (name is not null && (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                && _markers.EndRightBefore(scene.Tokens, at, Math.Max(amount.End, at - 20)))
                return name;
            start = at + 1;
        }
        return null;
    }

    /// <summary>The longest place starting at <paramref name="at"/> that ends at a word's end ("Gaza Strip" over "Gaza").</summary>
    private string? Longest(string text, int at, int end)
    {
        string? best = null;
        foreach (var place in lexicon.Places)
            if (at + place.Length <= end && text.AsSpan(at, place.Length).SequenceEqual(place)
                && (at + place.Length == text.Length || !char.IsLetterOrDigit(text[at + place.Length])) && place.Length > (best?.Length ?? 0))
                best = place;
        return best;
    }
}
