using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds organisations the gazetteer does not know: capitalised names built on an organisation
/// noun ("Korea Institute for Defence Analyses", "Foreign Ministry", "National Assembly"),
/// lower-case government bodies owned by a state ("South Korea’s defense ministry"), and acronyms
/// defined in parentheses ("U.S. Agency for International Development (USAID)").
/// </summary>
public sealed class OrganizationRecognizer
{
    private static readonly Regex CapitalisedRun = TextPatterns.Create(
        TextPatterns.NameToken + @"(?:\s(?:(?:of|for|and|on|the|de)\s){0,2}" + TextPatterns.NameToken + ")*");

    private static readonly GroupedPattern OwnedBody = TextPatterns.CreateGrouped(
        @"(?:’s|'s|\bthe)\s(?<body>(?:foreign|defen[cs]e|finance|economy|interior|health|justice|energy|agriculture|trade|education|foreign affairs)\s(?:ministry|department|office))\b", "ministry", "department", "office");

    private static readonly GroupedPattern AcronymDefinition = TextPatterns.CreateGrouped(@"\((?<acronym>\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}]*)\)", "(");

    private readonly Lexicon _lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;

    public OrganizationRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _heads = new HashSet<string>(lexicon.OrganizationHeads, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<EntityMention> Find(string text, IReadOnlyList<EntityMention> known)
    {
        var found = new List<EntityMention>();
        var knownByEnd = new MentionsByEnd(known);
        foreach (var run in CapitalisedRun.EnumerateMatches(text))
        {
            // Most runs are sentence-initial words and personal names: only a run with an organisation noun is read further.
            if (!HasHead(text.AsSpan(run.Index, run.Length))) continue;
            var span = OrganizationWithin(text, run.Index, run.Length);
            if (span is null) continue;
            var name = text[span.Value.Start..span.Value.End];
            if (_lexicon.Places.Any(p => name.EndsWith(p, StringComparison.Ordinal))) continue;
            // "UNICEF and the World Bank" is two known organisations, not one.
            if (knownByEnd.First(span.Value.Start, span.Value.End, k => k.Type == MentionType.Organization && span.Value.Contains(k.Span) && k.Span != span.Value) is not null) continue;
            found.Add(new EntityMention(span.Value, MentionType.Organization, name, Affiliation: Owner(span.Value, knownByEnd)));
        }
        foreach (var m in OwnedBody.Matches(text))
        {
            var body = m.Groups["body"];
            var span = new Span(body.Index, body.Index + body.Length);
            found.Add(new EntityMention(span, MentionType.Organization, body.Value, Affiliation: Owner(span, knownByEnd)));
        }
        // "Baltic Energy Fund (BEF) ... BEF said": the acronym, where defined and wherever it recurs.
        var organisations = new MentionsByEnd(known.Where(k => k.Type == MentionType.Organization).Concat(found).ToList());
        var definitions = new List<(Group Acronym, EntityMention DefinedBy)>();
        foreach (var m in AcronymDefinition.Matches(text))
            if (organisations.Last(m.Index - 2, m.Index, k => k.Span.End <= m.Index && m.Index - k.Span.End <= 2) is { } definedBy)
                definitions.Add((m.Groups["acronym"], definedBy));
        found.AddRange(AcronymUses(text, definitions));
        return found;
    }

    /// <summary>
    /// Each use of a defined acronym, read as the organisation that defined it. A definition stands for
    /// the uses from it on; where an acronym is defined again, a use is decided by its first definition
    /// (which takes the span) and by the latest one before it (the last in list order for lookups of
    /// nearby names), so only those two readings are listed, in the order of their definitions: a
    /// megabyte of repeated definitions costs linear time, not one pass over the text per definition.
    /// </summary>
    private static IEnumerable<EntityMention> AcronymUses(string text, List<(Group Acronym, EntityMention DefinedBy)> definitions)
    {
        var redefinedAt = new int[definitions.Count];
        var nextDefinition = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = definitions.Count - 1; d >= 0; d--)
        {
            var acronym = definitions[d].Acronym;
            redefinedAt[d] = nextDefinition.TryGetValue(acronym.Value, out var next) ? next : text.Length;
            nextDefinition[acronym.Value] = acronym.Index;
        }
        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < definitions.Count; d++)
        {
            var (acronym, definedBy) = definitions[d];
            var end = defined.Add(acronym.Value) ? text.Length : redefinedAt[d];
            foreach (var at in TextPatterns.Occurrences(text, acronym.Value, acronym.Index).TakeWhile(at => at < end))
                yield return definedBy with { Span = new Span(at, at + acronym.Length) };
        }
    }

    /// <summary>The organisation name inside a capitalised run: from its start to its organisation
    /// noun, plus an "of/for ..." complement. Titles and given names end the run.</summary>
    private Span? OrganizationWithin(string text, int runStart, int runLength)
    {
        var tokens = TextPatterns.Tokens(text.Substring(runStart, runLength));
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Value == "the") start = i + 1;
        while (start < tokens.Count && (tokens[start].Value is "The" or "A" or "An" || _lexicon.ClauseOpeners.Contains(tokens[start].Value))) start++;
        // "South Korea’s National Assembly": the possessor owns the organisation and is not part of its name.
        for (var i = tokens.Count - 2; i >= start; i--)
            if (tokens[i].Value.EndsWith("’s", StringComparison.Ordinal) || tokens[i].Value.EndsWith("'s", StringComparison.Ordinal)) { start = i + 1; break; }
        var headIndex = -1;
        for (var i = start; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            if (_lexicon.Titles.Contains(word) || _lexicon.GivenNames.Contains(word)) break;
            if (_lexicon.OrganizationHeads.Contains(word)) headIndex = i;
        }
        if (headIndex < start) return null;
        var end = headIndex;
        // "Institute for Defence Analyses": keep a capitalised complement after the noun.
        if (end + 2 < tokens.Count && tokens[end + 1].Value is "for" or "of" or "on" && char.IsUpper(tokens[end + 2].Value[0]))
        {
            end += 2;
            while (end + 1 < tokens.Count && (char.IsUpper(tokens[end + 1].Value[0]) || tokens[end + 1].Value is "and" or "of" or "the" or "for")
                && !_lexicon.Titles.Contains(tokens[end + 1].Value))
                end++;
            while (!char.IsUpper(tokens[end].Value[0])) end--;
        }
        if (end == start && tokens[start].Value is "Government" or "Army" or "Forces" or "Group" or "Union" or "Court" or "Service" or "Office") return null;
        return new Span(runStart + tokens[start].Index, runStart + tokens[end].Index + tokens[end].Value.Length);
    }

    private bool HasHead(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length;)
        {
            var end = i;
            while (end < run.Length && !char.IsWhiteSpace(run[end])) end++;
            if (end > i && _heads.Contains(run[i..end])) return true;
            i = end + 1;
        }
        return false;
    }

    /// <summary>The state or body an organisation belongs to: a country named inside it or just before it.</summary>
    private static string? Owner(Span span, MentionsByEnd known)
    {
        var inside = known.First(span.Start, span.End, k => span.Contains(k.Span) && k.Type is MentionType.Country or MentionType.Demonym or MentionType.Seat);
        if (inside is not null) return inside.Canonical;
        var before = known.Last(span.Start - 5, span.Start, k => k.Span.End <= span.Start && span.Start - k.Span.End <= 5
            && k.Type is MentionType.Country or MentionType.Demonym or MentionType.Organization);
        return before?.Canonical;
    }
}
