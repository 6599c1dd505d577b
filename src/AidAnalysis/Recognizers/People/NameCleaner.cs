using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Trims a candidate person's name to the words that can be a name's: it stops at a country, organisation, title or common
/// word, at a line break, and after a possessive; and finds the clean name that ends at a position and opens its clause,
/// follows its reporting verb, or is the first of a pair.
/// </summary>
internal sealed class NameCleaner(Lexicon lexicon)
{
    /// <summary>Places and the forms of countries' names: a word of a name that is one is no given name or surname.</summary>
    private readonly WordSet _placeNames = TextPatterns.SpanWordSet(lexicon.Places, lexicon.CountryByForm.Keys);
    /// <summary>Organisation heads, titles and office words: a name stops at one.</summary>
    private readonly WordSet _stopWords = TextPatterns.SpanWordSet(lexicon.OrganizationHeads, lexicon.Titles, lexicon.OfficeWords);

    /// <summary>Trims a candidate name to tokens that are not countries, organisations, titles or common words.</summary>
    /// <param name="placeMayOpen">Whether a place's one-word name may be the given name opening a longer name of otherwise
    /// unknown words ("Sofia", "Jordan", "Georgia" before a surname), where the name's position already says it is a person's.</param>
    public Span? CleanName(TokenLayer tokens, Span candidate, bool[] named, bool placeMayOpen = false)
    {
        var text = tokens.Text;
        // The kept words are the candidate's first ones, read in place: most candidates are cut short or dropped.
        int keptStart = -1, keptEnd = -1;
        var next = tokens.IndexAt(candidate.Start);
        for (var i = 0; tokens.NextWrittenWord(ref next, candidate) is { Length: > 0 } word; i++)
        {
            var value = text.AsSpan(word.Start, word.Length);
            if (IsStopWord(value.TrimEnd("’'")) || (Overlaps(word, named) && !(placeMayOpen && i == 0 && PlaceAsGivenName(tokens, candidate, named)))) break;
            // A name does not run across a line break ("By Anna Berg" above a dateline).
            if (keptStart >= 0 && tokens.BreaksLineBefore(tokens.IndexAt(word.Start))) break;
            (keptStart, keptEnd) = (word.Start, word.End);
            if (value.EndsWith('’') || Possessive.Ends(value)) break;
        }
        if (keptStart < 0) return null;
        var last = text.AsSpan(keptStart, keptEnd - keptStart);
        var end = Possessive.Ends(last) ? keptEnd - 2 : last.EndsWith('’') || last.EndsWith('\'') ? keptEnd - 1 : keptEnd;
        var span = new Span(candidate.Start, end);
        return span.Length >= 2 ? span : null;
    }

    /// <summary>The first word is a place's one-word name, named alone, and an unknown capitalised word that is no place follows it.</summary>
    public bool PlaceAsGivenName(TokenLayer tokens, Span candidate, bool[] named)
    {
        var text = tokens.Text;
        var next = tokens.IndexAt(candidate.Start);
        var first = tokens.NextWrittenWord(ref next, candidate);
        var second = tokens.NextWrittenWord(ref next, candidate);
        if (second.Length == 0 || !IsPlaceName(text.AsSpan(first.Start, first.Length))) return false;
        var word = text.AsSpan(second.Start, second.Length);
        return !named[first.End] && !Overlaps(second, named) && !IsPlaceName(word) && !IsStopWord(word);
    }

    public bool IsPlaceName(ReadOnlySpan<char> name) => _placeNames.Contains(name);

    public bool IsStopWord(ReadOnlySpan<char> word) =>
        _stopWords.Contains(word)
        || word is "The" or "A" or "An" or "In" or "On" or "At" or "But" or "And" or "However" or "Earlier" or "Moreover"
            or "According" or "During" or "While" or "Since" or "After" or "Before" or "This" or "That" or "These" or "It" or "He" or "She" or "They" or "We" or "I";

    public static bool Overlaps(Span span, bool[] named) => named.AsSpan(span.Start, span.Length).Contains(true);

    /// <summary>The full name before "and" in "Anna Berg and Lin Wei", when that name opens its clause.</summary>
    public Span? CoordinatedPartner(TokenLayer tokens, int index, bool[] named)
    {
        var text = tokens.Text;
        // " and " before the name: the word "and" with one space on either side.
        var name = tokens.IndexAt(index);
        if (name >= tokens.Count || tokens[name].Start != index || !tokens.SpacedFromPrevious(name, WordSpacing.OneSpace) || !tokens.IsExactly(name - 1, "and")) return null;
        var end = tokens[name - 1].Start - 1;
        if (end < 0 || text[end] != ' ') return null;
        return ClauseOpeningNameEndingAt(tokens, end, named) is { } span && text.AsSpan(span.Start, span.Length).Contains(' ')
            ? span : null;
    }

    /// <summary>The clean name of two or more words that ends right at <paramref name="end"/> and follows a reporting verb; else null.</summary>
    public Span? CitedNameEndingAt(TokenLayer tokens, int end, bool[] named)
    {
        var text = tokens.Text;
        var found = NameBeforeEnd.PersonName(tokens, end);
        if (found < 0) return null;
        return CleanName(tokens, new Span(found, end), named) is { } span && span.End == end && text.AsSpan(span.Start, span.Length).Contains(' ')
            && tokens.IsCitedAt(span.Start, lexicon.ReportingVerbs) ? span : null;
    }

    /// <summary>The clean name that ends right at <paramref name="end"/> and opens its clause; else null.</summary>
    public Span? ClauseOpeningNameEndingAt(TokenLayer tokens, int end, bool[] named)
    {
        var found = NameBeforeEnd.PersonName(tokens, end);
        if (found < 0) return null;
        return CleanName(tokens, new Span(found, end), named) is { } span && span.End == end && tokens.OpensClauseAt(span.Start) ? span : null;
    }
}
