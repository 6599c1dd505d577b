using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Whether the second capitalised word after a title's "to/for/of" is the complement's or the name's first: "Ambassador to
/// Chile Anna Berg", "Minister for Health Anna Berg" end their complement at the place or portfolio, so the word after it opens
/// the name, whatever the given name is. It stays the complement's where it is a portfolio word itself ("for Development
/// Cooperation") or completes a place's name ("to South Sudan"), and where the first word is neither ("for Climate Change").
/// </summary>
internal sealed class ComplementBeforeName(Lexicon lexicon)
{
    /// <summary>Places and the forms of countries' names (places.txt, countries.tsv).</summary>
    private readonly WordSet _places = TextPatterns.SpanWordSet(lexicon.Places, lexicon.CountryByForm.Keys);

    /// <summary>Portfolio and region words (office-words.txt).</summary>
    private readonly WordSet _office = TextPatterns.SpanWordSet(lexicon.OfficeWords);

    /// <summary>Whether the complement's second word, which ends at <paramref name="secondEnd"/>, opens the name instead, the first
    /// ending at <paramref name="first"/>.End and token <paramref name="first"/>.Next being the first after it.</summary>
    public bool SecondOpensName(TokenLayer tokens, (int End, int Next) first, int secondEnd)
    {
        var text = tokens.Text;
        var opening = tokens.LastEndingBy(first.End);
        while (opening > 0 && tokens.TouchesPrevious(opening)) opening--;
        var firstStart = tokens[opening].Start;
        var firstWord = text.AsSpan(firstStart, first.End - firstStart);
        if (!_places.Contains(firstWord) && !_office.Contains(firstWord)) return false;
        var secondStart = tokens[tokens.AfterOneSpace(first.End, first.Next, secondEnd)].Start;
        return !_office.Contains(text.AsSpan(secondStart, secondEnd - secondStart)) && !_places.Contains(text.AsSpan(firstStart, secondEnd - firstStart));
    }
}
