using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Names read from a title: the name right after it ("Defence Minister Anna Berg", "Minister of Health, Anna Berg") or before it
/// in apposition ("Al-Amin, also Minister of Works, said"), with the role and the state or body the title belongs to; and the
/// company a corporate title names ("Norvik CEO Lena Dahl"), wherever it is named alone.
/// </summary>
internal sealed class TitledNames(Lexicon lexicon, NameCleaner names)
{
    /// <summary>The words that may open a title in apposition after its comma ("X, also Minister of ...", "X, the Minister for ..."),
    /// each with its rank: its place in the list, after the comma alone (0), a later one winning where two could be read.</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _appositionOpeners = lexicon.AppositionOpeners
        .Select((word, i) => (word, i)).ToDictionary(o => o.word, o => o.i + 1, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The corporate titles ("CEO"), looked up by a title in place.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _corporateTitles = TextPatterns.SpanLookup(lexicon.CorporateTitles);

    private readonly NameAfterTitle _afterTitle = new(lexicon);

    /// <summary>The mentions the titles give, and the names read right after a title (which a looser reading may not overlap).</summary>
    public (List<EntityMention> Mentions, List<Span> Holders) Find(WordStarts words, TokenLayer tokens, List<Span> titles, bool[] named, EntityMention[] sorted, MentionsByEnd byEnd)
    {
        var text = words.Text;
        var mentions = new List<EntityMention>();
        var titled = new List<Span>();
        // Where the companies named before corporate titles occur, found in one walk over the words when the first one is read
        // (most texts name none).
        WordOccurrences? companies = null;
        foreach (var title in titles)
        {
            if (TitleApposition(tokens, title, named, byEnd) is { } holder)
            {
                var complement = OwnerComplement(tokens, title.End);
                mentions.Add(new EntityMention(holder, MentionType.Person, text[holder.Start..holder.End], text[title.Start..(complement?.End ?? title.End)],
                    ComplementOwner(tokens, complement, sorted) ?? TitleAffiliation(tokens, title, byEnd, named)));
            }
            if (_afterTitle.Read(tokens, title.End) is not (var to, var read)) continue;
            var name = names.CleanName(tokens, read, named);
            if (name is null) continue;
            // After a comma only a full name is read as the title's holder ("Minister of Health, Anna Berg"), not one word of a list.
            // After a lower-case title ("the envoy Tuesday") a single capitalised word is not taken for a name either.
            var afterComma = text.AsSpan(title.End, read.Start - title.End).Contains(',') || char.IsLower(text[title.Start]);
            if (afterComma && !text.AsSpan(name.Value.Start, name.Value.Length).Contains(' ')) continue;
            // "chief Asia economist", "regional director Asia": a region or country after a title is the beat, not the holder.
            if (names.IsPlaceName(text.AsSpan(name.Value.Start, name.Value.Length))) continue;
            titled.Add(name.Value);
            var role = text[title.Start..(to?.End ?? title.End)];
            var affiliation = BodyBeforeTitle(tokens, title, byEnd) ?? ComplementOwner(tokens, to, sorted) ?? OwnerOfIts(tokens, title, sorted) ?? TitleAffiliation(tokens, title, byEnd, named);
            // "Norvik CEO Lena Dahl": the capitalised word before a corporate title names the company.
            if (affiliation is null && CompanyBefore(tokens, title, named) is { } company)
            {
                affiliation = text[company.Start..company.End];
                // The company is named alone elsewhere too ("Norvale didn't respond").
                companies ??= new WordOccurrences(words, titles.Select(t => CompanyBefore(tokens, t, named)).OfType<Span>().Select(c => text[c.Start..c.End]));
                foreach (var at in companies.Of(affiliation))
                    if (!NameCleaner.Overlaps(new Span(at, at + affiliation.Length), named))
                        mentions.Add(new EntityMention(new Span(at, at + affiliation.Length), MentionType.Organization, affiliation));
            }
            mentions.Add(new EntityMention(name.Value, MentionType.Person, text[name.Value.Start..name.Value.End], role.Trim(), affiliation));
        }
        return (mentions, titled);
    }

    /// <summary>The name a title follows in apposition ("Al-Amin, also Minister of Works, said"), opening its clause; the title
    /// may open with the body it belongs to ("X, UNICEF Representative in Chad,").</summary>
    private Span? TitleApposition(TokenLayer tokens, Span title, bool[] named, MentionsByEnd byEnd)
    {
        var text = tokens.Text;
        // A lower-case title after a comma is a role read with its complement by the apposition rule ("X, director of HelpNow").
        if (char.IsLower(text[title.Start])) return null;
        var opened = byEnd.Last(title.Start - 1, title.Start - 1, g => g.Span.End == title.Start - 1 && text[g.Span.End] == ' ' && g.Type == MentionType.Organization)?.Span.Start ?? title.Start;
        // The comma before the title, or before the body that opens it; the later opener in the list wins, then the body's.
        var first = tokens.IndexAt(title.Start);
        var (rank, comma) = OpenerBefore(tokens, first, title.Start);
        if (opened != title.Start)
        {
            var body = first;
            while (body > 0 && tokens[body].Start > opened) body--;
            if (OpenerBefore(tokens, body, opened) is var (bodyRank, bodyComma) && bodyRank >= rank) comma = bodyComma;
        }
        if (comma < 0) return null;
        // The name opens its clause, or follows the reporting verb that cites it ("..., said X Y, UNICEF Representative in Chad").
        var span = names.ClauseOpeningNameEndingAt(tokens, comma, named) ?? names.CitedNameEndingAt(tokens, comma, named);
        if (span is null) return null;
        var value = text[span.Value.Start..span.Value.End];
        return lexicon.ClauseOpeners.Contains(value) || names.IsStopWord(value) ? null : span;
    }

    /// <summary>The comma that opens an apposition before token <paramref name="index"/>, which must start at <paramref name="start"/>:
    /// ", " or ", also ", ", the ", ... (apposition-openers.txt), one space after each;
    /// with the opener's rank (0 for the comma alone). (-1, -1) when none stands there.</summary>
    private (int Rank, int Comma) OpenerBefore(TokenLayer tokens, int index, int start)
    {
        if (index >= tokens.Count || tokens[index].Start != start || !tokens.SpacedFromPrevious(index, WordSpacing.OneSpace)) return (-1, -1);
        var word = index - 1;
        if (tokens.IsMark(word, ',')) return (0, tokens[word].Start);
        return _appositionOpeners.TryGetValue(tokens.TextOf(word), out var rank) && tokens.SpacedFromPrevious(word, WordSpacing.OneSpace) && tokens.IsMark(word - 1, ',')
            ? (rank, tokens[word - 1].Start) : (-1, -1);
    }

    /// <summary>"Head of Peru’s Electoral Council", "Minister for Foreign Affairs of Chile": a state or body in an
    /// of/for complement is the holder's own ("Ambassador to Chile" names the host instead).</summary>
    private string? ComplementOwner(TokenLayer tokens, Span? complement, EntityMention[] sorted)
    {
        if (complement is not { } span || ServesAbroad(tokens, span.Start)) return null;
        var words = tokens.Text.AsSpan(span.Start, span.Length).TrimStart();
        if (!words.StartsWith("of ", StringComparison.Ordinal) && !words.StartsWith("for ", StringComparison.Ordinal)) return null;
        var i = SortedMentions.FirstStartingAtOrAfter(sorted, span.Start);
        return i < sorted.Length && span.Contains(sorted[i].Span) && sorted[i].Type is MentionType.Country or MentionType.Organization or MentionType.Demonym
            ? sorted[i].Canonical : null;
    }

    /// <summary>The of/for complement a title's owner is read from: "of" or "for", "the", then one to five capitalised words of
    /// letters and apostrophes, "and" joining them, within 120 characters of the title's end.</summary>
    private static readonly TitleComplementGrammar OwnerGrammar = new(["of", "for"], FullStops: false, Apostrophes: true, AndJoins: true, MostWords: 5, Reach: 120);

    /// <summary>The of/for complement after a title (<see cref="OwnerGrammar"/>): " of Health", " for the Water Resources and
    /// Coastal Recovery" (a word the reach cuts ends there); null when none follows.</summary>
    internal static Span? OwnerComplement(TokenLayer tokens, int titleEnd)
    {
        Span<(int End, int Next)> words = stackalloc (int, int)[OwnerGrammar.MostWords];
        var count = TitleComplement.Read(tokens, titleEnd, tokens.FirstStartingFrom(titleEnd), OwnerGrammar, words);
        return count == 0 ? null : new Span(titleEnd, words[count - 1].End);
    }

    /// <summary>Envoy titles as written (claim-words.tsv).</summary>
    private readonly WordSet _envoyTitles =
        TextPatterns.SpanWordSet(lexicon.ClaimWordClasses["envoy-title"]);

    /// <summary>"Ambassador to X", "special envoy for X": the complement of an envoy's title names where they serve.</summary>
    private bool ServesAbroad(TokenLayer tokens, int complementStart) =>
        tokens.WordRunBefore(complementStart) is { } word && _envoyTitles.Contains(tokens.Text.AsSpan(word.Start, word.Length));

    /// <summary>The single capitalised, otherwise unknown word right before a corporate title ("Google CEO").</summary>
    private Span? CompanyBefore(TokenLayer tokens, Span title, bool[] named)
    {
        var text = tokens.Text;
        if (!_corporateTitles.Contains(text.AsSpan(title.Start, title.Length)) || !tokens.FollowsOneSpace(title.Start)) return null;
        var end = title.Start - 1;
        var start = tokens.CompanyWordStart(end);
        var word = text[start..end];
        if (word.Length < 2 || !char.IsUpper(word[0]) || tokens.OpensClauseAt(start) || names.IsStopWord(word) || lexicon.ClauseOpeners.Contains(word)
            || NameCleaner.Overlaps(new Span(start, end), named)) return null;
        return new Span(start, end);
    }

    /// <summary>The state or body a title belongs to: named just before it ("Ukraine’s Finance Minister",
    /// "UN Secretary-General") or earlier in the same clause ("a Peruvian team led by Trade Minister").</summary>
    private static string? TitleAffiliation(TokenLayer tokens, Span title, MentionsByEnd gazetteer, bool[] named)
    {
        var text = tokens.Text;
        var titleStart = title.Start;
        // "UN Secretary-General", "U.N. Secretary General", "Ukraine’s Finance Minister": inside or right before the title.
        var adjacent = gazetteer.Last(titleStart - 3, title.End, g => title.Contains(g.Span)
            || (g.Span.End <= titleStart && titleStart - g.Span.End <= 3 && text.AsSpan(g.Span.End, titleStart - g.Span.End) is var gap && (gap is " " or "" || Possessive.IsGap(gap))));
        if (adjacent is not null) return adjacent.Canonical;
        var clauseStart = ClauseStartBefore(tokens, titleStart, named);
        return gazetteer.Last(clauseStart, titleStart, g => g.Span.End <= titleStart && g.Span.Start >= clauseStart)?.Canonical;
    }

    /// <summary>How far back a title's clause is looked for.</summary>
    private const int LongestClauseBeforeTitle = 60;

    /// <summary>The marks that end a clause before a title (a line break does too).</summary>
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(".!?,;“\"—–");

    /// <summary>Where the clause a title stands in begins, at most <see cref="LongestClauseBeforeTitle"/> characters back: after the
    /// last sentence or clause mark or line break, then after a spaced hyphen ("LONDON (Wire) - Health Minister X": the credited
    /// agency is not the minister's), then after an "and" ("Chilean Ambassador X and Secretary Y": the state before "and" belongs
    /// to the first title; "the US and President X" joins the state itself, which stays in the clause).</summary>
    private static int ClauseStartBefore(TokenLayer tokens, int titleStart, bool[] named)
    {
        var text = tokens.Text;
        var floor = Math.Max(0, titleStart - LongestClauseBeforeTitle);
        var stop = tokens.LastStopBefore(titleStart, floor, static (text, at) => ClauseMarks.Contains(text[at]));
        var clauseStart = stop >= 0 ? stop + 1 : floor;
        int dash = -1, and = -1;
        for (var i = tokens.LastEndingBy(titleStart); i >= 0 && tokens[i].Start >= clauseStart && (dash < 0 || and < 0); i--)
        {
            if (dash < 0 && tokens.IsMark(i, '-') && tokens.StandsBetweenSpaces(i)) dash = tokens[i].Start;
            if (and < 0 && tokens.IsExactly(i, "and") && tokens.StandsBetweenSpaces(i)) and = tokens[i].Start;
        }
        if (dash - 1 >= clauseStart) clauseStart = dash + 2;
        if (and - 1 > clauseStart && !named[and - 2]) clauseStart = and + 4;
        return clauseStart;
    }

    /// <summary>"The agency may halve meals, its country director X said": the body "its" points back to is the nearest
    /// organisation named before the title, within the sentence before or this one.</summary>
    private static string? OwnerOfIts(TokenLayer tokens, Span title, EntityMention[] sorted)
    {
        var word = tokens.WordRunTokensBefore(tokens.LastEndingBy(title.Start), title.Start);
        // "its country director": one lower-case word of the title's may stand between.
        if (word.First >= 0 && char.IsLower(tokens.Text[tokens[word.First].Start]) && !IsIts(tokens, word))
            word = tokens.WordRunTokensBefore(word.First - 1, tokens[word.First].Start);
        if (word.First < 0 || !IsIts(tokens, word)) return null;
        var its = tokens[word.First].Start;
        return SortedMentions.OrganisationsBefore(sorted, its).FirstOrDefault(o => o.Span.End <= its)?.Canonical;
    }

    /// <summary>Whether the word run of tokens [First, Last] is "its" or "Its".</summary>
    private static bool IsIts(TokenLayer tokens, (int First, int Last) word) => word.First == word.Last && tokens.TextOf(word.First) is "its" or "Its";

    /// <summary>"ADB Country Director for Nepal X", "WFP Malawi Country Director X": a body named right before the title is the
    /// holder's own; a state between them, or after the title, only names the posting.</summary>
    private static string? BodyBeforeTitle(TokenLayer tokens, Span title, MentionsByEnd gazetteer)
    {
        if (!tokens.FollowsOneSpace(title.Start)) return null;
        var end = title.Start - 1;
        if (gazetteer.Last(end, end, g => g.Span.End == end && g.Type == MentionType.Country) is { } posting)
        {
            if (!tokens.FollowsOneSpace(posting.Span.Start)) return null;
            end = posting.Span.Start - 1;
        }
        return gazetteer.Last(end, end, g => g.Span.End == end && g.Type == MentionType.Organization)?.Canonical;
    }
}
