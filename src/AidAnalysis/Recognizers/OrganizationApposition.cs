using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>An unknown name that an apposition calls an organisation: "Norvale, a fertiliser maker, said",
/// "gifts from Brightwater Capital, an investment firm based in X". The name is an organisation wherever it recurs.
/// The apposition and the name are read on the token layer from each comma.</summary>
public sealed class OrganizationApposition(Lexicon lexicon)
{
    /// <summary>How far before its comma the name is read.</summary>
    private const int NameReach = 60;
    /// <summary>Most words between "a" and the noun ("a small family-run fertiliser maker").</summary>
    private const int MaxWordsBeforeNoun = 4;
    private const int MaxNameWords = 4;

    private readonly WordSet _prepositions =
        TextPatterns.SpanWordSet(lexicon.OrganizationDescriptionWords["preposition"]);
    private readonly WordSet _continuations =
        TextPatterns.SpanWordSet(lexicon.OrganizationDescriptionWords["continuation"]);

    private readonly WordSet _clauseOpeners = TextPatterns.SpanWordSet(lexicon.ClauseOpeners);

    /// <param name="words">Where words begin, beside <paramref name="tokens"/>: every described name's occurrences are found in
    /// one walk over them.</param>
    public List<EntityMention> Find(WordStarts words, TokenLayer tokens, bool[] named)
    {
        var text = tokens.Text;
        // The described names in comma order (a name once for each comma that describes it).
        var described = new List<string>();
        // The last token of the sentence the comma stands in, found once for every sentence: commas come in text order.
        var sentenceLast = -1;
        for (var comma = 1; comma < tokens.Count; comma++)
        {
            if (!tokens.IsMark(comma, ',') || !IsArticleAfter(tokens, comma)) continue;
            if (comma > sentenceLast) sentenceLast = SentenceLast(tokens, comma);
            var noun = DescribedNoun(tokens, comma, tokens[sentenceLast].End);
            if (noun is null || !lexicon.OrganizationNouns.Contains(noun)) continue;
            var (start, first) = NameStart(tokens, comma);
            if (start < 0) continue;
            var end = tokens[comma].Start;
            // "The", "Meanwhile": a sentence's first word is not part of the name.
            var firstEnd = tokens.FirstSpace(start, first, end);
            var firstWord = text.AsSpan(start, firstEnd - start);
            if (_clauseOpeners.Contains(firstWord) || firstWord is "The" or "A" or "An")
            {
                if (firstEnd == end) continue;
                start = firstEnd + 1;
            }
            var name = text[start..end];
            if (named.AsSpan(start, end - start).Contains(true) || IsKnownWord(name)) continue;
            described.Add(name);
        }
        if (described.Count == 0) return [];
        // A long input describes many names: the occurrences of them all are found in one walk, and each name's free ones once.
        var occurrences = new WordOccurrences(words, described);
        var free = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var found = new List<EntityMention>();
        foreach (var name in described)
        {
            if (!free.TryGetValue(name, out var positions))
                free.Add(name, positions = [.. occurrences.Of(name).Where(at => !named.AsSpan(at, name.Length).Contains(true) && IsWholeWord(text, at, name.Length))]);
            foreach (var at in positions)
                found.Add(new EntityMention(new Span(at, at + name.Length), MentionType.Organization, name));
        }
        return found;
    }

    /// <summary>The noun of ", a|an [up to four words] NOUN" after <paramref name="comma"/>, one whitespace character between
    /// the words, when the noun ends the phrase (a comma, full stop, semicolon or closing bracket right after it) or a
    /// continuation follows it ("based", "that"); null otherwise. The words before the noun are letters, hyphens and apostrophes
    /// and hold no preposition: in ", a spokeswoman for the council," the noun is the spokeswoman, and the council is someone else.
    /// "think tank" is one noun. The description is read up to <paramref name="limit"/>, the end of the comma's sentence.</summary>
    private string? DescribedNoun(TokenLayer tokens, int comma, int limit)
    {
        var word = comma + 2;
        for (var before = 0; tokens.SpacedFromPrevious(word, WordSpacing.OneWhitespace) && tokens[word].Start < limit; before++)
        {
            if (Noun(tokens, word, limit) is { } noun) return noun;
            var end = RunEnd(tokens, word, apostrophes: true);
            if (before == MaxWordsBeforeNoun || end == word || tokens[end - 1].End >= limit
                || _prepositions.Contains(tokens.Text.AsSpan(tokens[word].Start, tokens[end - 1].End - tokens[word].Start)))
                return null;
            word = end;
        }
        return null;
    }

    /// <summary>Whether ", a" or ", an" is written at <paramref name="comma"/>: a space, not a line break, after the comma.</summary>
    private static bool IsArticleAfter(TokenLayer tokens, int comma)
    {
        var article = comma + 1;
        return (tokens.IsExactly(article, "a") || tokens.IsExactly(article, "an")) && tokens[article].Start == tokens[comma].End + 1
            && tokens.SpaceAt(tokens[comma].End);
    }

    /// <summary>The last token of the sentence of token <paramref name="index"/>.</summary>
    private static int SentenceLast(TokenLayer tokens, int index)
    {
        var last = index;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[index].Sentence) last++;
        return last;
    }

    /// <summary>The noun of letters and hyphens starting at token <paramref name="word"/>, if the phrase ends after it.</summary>
    private string? Noun(TokenLayer tokens, int word, int limit)
    {
        var end = RunEnd(tokens, word, apostrophes: false);
        if (end == word || tokens[end - 1].End >= limit) return null;
        var text = tokens.Text;
        if (tokens.IsExactly(end, "tank") && tokens.SpacedFromPrevious(end, WordSpacing.OneWhitespace) && tokens[end].End < limit && EndsPhrase(tokens, end + 1, limit))
            return text[tokens[word].Start..tokens[end].End];
        return EndsPhrase(tokens, end, limit) ? text[tokens[word].Start..tokens[end - 1].End] : null;
    }

    /// <summary>Whether token <paramref name="next"/>, right after a noun, ends its phrase: a closing mark written against it, or a
    /// continuation one whitespace character after it (as much of it as lies within the reach).</summary>
    private bool EndsPhrase(TokenLayer tokens, int next, int limit)
    {
        if (next >= tokens.Count || tokens[next].Start >= limit) return false;
        if (tokens[next].Start == tokens[next - 1].End)
            return tokens.IsMark(next, ',') || tokens.IsMark(next, '.') || tokens.IsMark(next, ';') || tokens.IsMark(next, ')');
        return tokens.SpacedFromPrevious(next, WordSpacing.OneWhitespace)
            && _continuations.Contains(tokens.Text.AsSpan(tokens[next].Start, Math.Min(tokens[next].End, limit) - tokens[next].Start));
    }

    /// <summary>The end of the run of tokens written together from <paramref name="first"/> whose characters are all letters or
    /// hyphens, or apostrophes too.</summary>
    private static int RunEnd(TokenLayer tokens, int first, bool apostrophes)
    {
        var end = first;
        while (end < tokens.Count && (end == first || tokens[end].Start == tokens[end - 1].End) && IsDescriptionWord(tokens.TextOf(end), apostrophes)) end++;
        return end;
    }

    private static bool IsDescriptionWord(ReadOnlySpan<char> chars, bool apostrophes)
    {
        foreach (var c in chars)
            if (!(char.IsLetter(c) || c == '-' || (apostrophes && c is '’' or '\''))) return false;
        return true;
    }

    /// <summary>Where the name written right before <paramref name="comma"/> starts, within the reach: up to four words one
    /// whitespace character apart, of letters, marks, ampersands, hyphens and (but in the last word) apostrophes, each from a
    /// capital. The name starts as far left as it can, so its first word may start at a capital inside a run of letters
    /// ("al-Hassan" gives "Hassan"); with the token holding that start; (-1, -1) if there is no such name.</summary>
    private static (int Start, int Token) NameStart(TokenLayer tokens, int comma)
    {
        var text = tokens.Text;
        var floor = Math.Max(0, tokens[comma].Start - NameReach);
        var last = comma - 1;
        if (tokens[last].End != tokens[comma].Start) return (-1, -1);
        var (start, token) = (-1, -1);
        for (var words = 0; words < MaxNameWords; words++)
        {
            var first = last;
            while (first > 0 && tokens[first - 1].End == tokens[first].Start && tokens[first - 1].End > floor) first--;
            var runStart = Math.Max(floor, tokens[first].Start);
            // The word may start at any capital after the last character it cannot hold.
            var held = tokens[last].End;
            while (held > runStart && IsNameChar(text[held - 1], apostrophes: words > 0)) held--;
            var capital = FirstCapital(text, held, tokens[last].End);
            if (capital < 0) break;
            start = capital;
            for (token = last; tokens[token].Start > capital; token--) { }
            // Only a whole word, one whitespace character after the word before, lets the name go on leftward.
            if (capital != tokens[first].Start || first == 0 || tokens[first - 1].End != capital - 1 || tokens[first - 1].End <= floor) break;
            last = first - 1;
        }
        return (start, token);
    }

    private static bool IsNameChar(char c, bool apostrophes) =>
        TextPatterns.IsLetterOrMark(c) || c is '&' or '-' || (apostrophes && c is '’' or '\'');

    private static int FirstCapital(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (TextPatterns.IsUpperLetter(text[i])) return i;
        return -1;
    }

    private bool IsKnownWord(string name) =>
        lexicon.Titles.Contains(name) || lexicon.OfficeWords.Contains(name) || lexicon.Places.Contains(name)
        || lexicon.CountryByForm.ContainsKey(name) || lexicon.CountryByDemonym.ContainsKey(name) || lexicon.GivenNames.Contains(name);

    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));
}
