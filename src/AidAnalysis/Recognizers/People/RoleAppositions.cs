using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// "Lena Ovik, a senior analyst at the Delta Institute": a name followed by a role in apposition, with the body the role
/// names or points back to; "X, who leads the IMF mission," likewise. Anchored on each comma that opens a lower-case phrase.
/// </summary>
internal sealed partial class RoleAppositions(Lexicon lexicon, NameCleaner names)
{
    [GeneratedRegex(@"^,\s(?:(?:a|an|the)\s)?(?!(?:who|which|whose|that)\s)(?<role>(?:[\p{L}\-’'.]+\s){0,4}?[a-z][a-z\-]+)\s(?<prep>at|of|for|with|from|in|to)\s(?<org>[^,.;:()\n]{2,120})", TextPatterns.WindowOptions)]
    private static partial Regex AppositionTail { get; }
    /// <summary>", a UN spokesperson,", ", a former Swedish envoy.", ", the mission’s chief engineer,": a role with no
    /// complement, its owner (if any) named among its words, ending the apposition.</summary>
    [GeneratedRegex(@"^,\s(?:a|an|the)\s(?<role>(?:[\p{L}\-’'.]+\s){0,4}(?<head>[a-z][a-z\-]+))(?=[,.;])", TextPatterns.WindowOptions)]
    private static partial Regex RoleApposition { get; }

    public List<EntityMention> Find(TokenLayer tokens, bool[] named, EntityMention[] sorted, MentionsByEnd byEnd)
    {
        var found = new List<EntityMention>();
        // Read in a method of its own: the state its role lambda captures is then made for each aside, not for each token.
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.OpensLowerCaseAside(i)) Read(tokens, i, named, sorted, byEnd, found);
        return found;
    }

    /// <summary>The holders of the apposition that opens with the comma token <paramref name="commaIndex"/>, added to <paramref name="found"/>.</summary>
    private void Read(TokenLayer tokens, int commaIndex, bool[] named, EntityMention[] sorted, MentionsByEnd byEnd, List<EntityMention> found)
    {
        var text = tokens.Text;
        var comma = tokens[commaIndex].Start;
        var from = Math.Max(0, comma - 80);
        var head = NameBeforeEnd.PersonName(text, from, comma);
        if (head < 0) return;
        var tail = AppositionTail.Match(text, comma, Math.Min(text.Length - comma, 200));
        if (!tail.Success && LedOrganisation(tokens, commaIndex, byEnd) is { } led)
        {
            // "Anna Berg, who leads Oxfam's team, said": the organisation she leads is hers.
            var leader = names.CleanName(text, new Span(head, comma), named);
            if (leader is { } l && text.AsSpan(l.Start, l.Length).Contains(' ') && (tokens.OpensClauseAt(l.Start) || tokens.IsCitedAt(l.Start, lexicon.ReportingVerbs)))
                found.Add(new EntityMention(l, MentionType.Person, text[l.Start..l.End], null, led.Canonical));
            return;
        }
        if (!tail.Success)
        {
            tail = RoleApposition.Match(text, comma, Math.Min(text.Length - comma, 200));
            if (!tail.Success || !lexicon.PersonRoles.Contains(tail.Groups["head"].Value)) return;
        }
        // "Jordan Ellis, a UN spokesperson": before a role in apposition a place's name may be a given name.
        var name = names.CleanName(text, new Span(head, comma), named, placeMayOpen: true);
        // "Meanwhile, teams from ...": a single word before the comma is a sentence adverb, not a name.
        if (name is null || !text.AsSpan(name.Value.Start, name.Value.Length).Contains(' ')) return;
        // The name opens its clause, follows its reporting verb ("…,” said Anna Berg, an adviser at …), or closes
        // a pair that does ("Anna Berg and Lin Wei, aides to …": both take the apposition).
        var holders = new List<Span> { name.Value };
        if (!tokens.OpensClauseAt(name.Value.Start) && !tokens.IsCitedAt(name.Value.Start, lexicon.ReportingVerbs))
        {
            if (names.CoordinatedPartner(tokens, name.Value.Start, named) is not { } partner) return;
            holders.Insert(0, partner);
        }
        var org = tail.Groups["org"];
        var role = tail.Groups["role"];
        // "the Chilean ambassador to Norway": a state named in the role is the person's own; the place after it is where they serve.
        // "a UN spokesperson", "the agency’s director": with no complement, a body named in the role is theirs; so it is when
        // the complement only names the place of the posting ("the World Bank team leader for Laos", "a UN coordinator in Togo").
        var postedToPlace = org.Success && byEnd.Last(org.Index, org.Index + org.Length, g => g.Span.Start >= org.Index) is not { Type: MentionType.Organization or MentionType.Person or MentionType.Byline };
        Func<EntityMention, bool> inRole = g => g.Span.Start >= role.Index
                && (org.Success && !postedToPlace ? g.Type is MentionType.Demonym or MentionType.Country : g.Type is not MentionType.Person and not MentionType.Byline);
        var roleBody = byEnd.First(role.Index, role.Index + role.Length, inRole);
        // "the Kenya Red Cross's head of operations": the named organisation, not the state inside its name.
        if (roleBody is not null)
            roleBody = byEnd.First(roleBody.Span.End, role.Index + role.Length, g => g.Type is MentionType.Organization
                && g.Span.Contains(roleBody.Span) && g.Span.Length > roleBody.Span.Length) ?? roleBody;
        var affiliation = roleBody?.Canonical
            ?? (org.Success ? ComplementAffiliation(text, tail.Groups["prep"].Value, org, byEnd) ?? OrganisationPointedBack(text, org, sorted) : null)
            ?? PossessorPointedBack(text, role, sorted);
        foreach (var holder in holders)
            found.Add(new EntityMention(holder, MentionType.Person, text[holder.Start..holder.End], tail.Groups["role"].Value, affiliation));
    }

    /// <summary>The verbs of leading a relative clause after a name may hold (", who heads the ...").</summary>
    private readonly WordSet _leadingVerbs = TextPatterns.SpanWordSet(lexicon.TitleNameWords["leading-verb"]);

    /// <summary>How far after its comma a leader's relative clause is read, up to the organisation's name.</summary>
    private const int LongestLeaderClause = 40;

    /// <summary>The organisation a relative clause after a name says its holder leads (", who leads the IMF mission"), if named
    /// right after it.</summary>
    private EntityMention? LedOrganisation(TokenLayer tokens, int commaIndex, MentionsByEnd known)
    {
        var start = LedNameStart(tokens, commaIndex, _leadingVerbs);
        return start < 0 ? null : known.First(start, Math.Min(tokens.Text.Length, start + 120), k => k.Span.Start == start && k.Type == MentionType.Organization);
    }

    /// <summary>Where the name of what a relative clause after the comma token <paramref name="commaIndex"/> says its holder leads
    /// may begin: after the comma, "who" or "which", one of <paramref name="leadingVerbs"/> and "the", one whitespace character after each, within
    /// <see cref="LongestLeaderClause"/> characters; -1 when no such clause follows.</summary>
    internal static int LedNameStart(TokenLayer tokens, int commaIndex, WordSet leadingVerbs)
    {
        var text = tokens.Text;
        var limit = Math.Min(text.Length, tokens[commaIndex].Start + LongestLeaderClause);
        var who = tokens.AfterOneWhitespace(commaIndex, limit);
        if (!tokens.IsExactly(who, "who") && !tokens.IsExactly(who, "which")) return -1;
        var verb = tokens.AfterOneWhitespace(who, limit);
        if (verb < 0 || !leadingVerbs.Contains(tokens.TextOf(verb))
            || tokens[verb].End >= limit || !char.IsWhiteSpace(text[tokens[verb].End])) return -1;
        var the = tokens.AfterOneWhitespace(verb, limit);
        return (tokens.IsExactly(the, "the") && tokens[the].End < limit && char.IsWhiteSpace(text[tokens[the].End]) ? tokens[the].End : tokens[verb].End) + 1;
    }

    /// <summary>The body a role's complement names: "director of HelpNow". "The head of the X office in Maseru" works for X, not
    /// for the place its office is in; "a farmer in Ha Foso" lives somewhere, which names no body of theirs.</summary>
    private static string? ComplementAffiliation(string text, string preposition, Group org, MentionsByEnd byEnd)
    {
        var place = org.Value.IndexOf(" in ", StringComparison.Ordinal);
        var end = org.Index + (place > 0 ? place : org.Length);
        var named = byEnd.Last(org.Index, end, g => g.Span.Start >= org.Index && g.Type != MentionType.Demonym)?.Canonical;
        if (named is not null || place > 0) return named ?? byEnd.Last(org.Index, org.Index + org.Length, g => g.Span.Start >= org.Index && g.Type != MentionType.Demonym)?.Canonical;
        return preposition == "in" ? null : LastCapitalisedRun(text, org.Index, org.Index + org.Length) is { } run ? text[run.Start..run.End] : null;
    }

    /// <summary>"a spokeswoman for the council": "the" and an organisation noun point back to the organisation named last
    /// before, within the sentence before or this one.</summary>
    private string? OrganisationPointedBack(string text, Group org, EntityMention[] sorted)
    {
        var phrase = org.Value.TrimEnd();
        if (!phrase.StartsWith("the ", StringComparison.Ordinal) || !lexicon.OrganizationNouns.Contains(phrase[4..])) return null;
        // A news outlet credited in the dateline is not the body a speaker works for.
        return SortedMentions.OrganisationsBefore(sorted, org.Index).FirstOrDefault(o => GazetteerMatcher.OrganizationType(lexicon, o.Canonical) != "news")?.Canonical;
    }

    /// <summary>"X, the fund's director": a role owned by "the" and a noun belongs to the organisation that noun points back to,
    /// the last one named before (<see cref="OrganisationsBefore"/>) whose name holds the noun ("Gulf Relief Fund") or whose
    /// kind it names (organization-anaphors.tsv: "the charity's").</summary>
    private string? PossessorPointedBack(string text, Group role, EntityMention[] sorted)
    {
        if (role.Index < 4 || !text.AsSpan(role.Index - 4, 4).SequenceEqual("the ")) return null;
        var space = role.Value.IndexOf(' ');
        if (space < 4 || !Possessive.Ends(role.Value.AsSpan(0, space))) return null;
        var noun = role.Value[..(space - 2)];
        var kinds = lexicon.OrganizationAnaphors.GetValueOrDefault(noun);
        foreach (var organisation in SortedMentions.OrganisationsBefore(sorted, role.Index))
        {
            var canonical = organisation.Canonical;
            var type = GazetteerMatcher.OrganizationType(lexicon, canonical);
            if (type == "news") continue;
            if (canonical.Split(' ', '-').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase))
                || kinds is not null && (kinds.Contains("any") || type is not null && kinds.Contains(type))) return canonical;
        }
        return null;
    }

    /// <summary>The last run of name tokens (<see cref="TextPatterns.NameTokenEnd"/>) joined by one whitespace character in an
    /// apposition's organisation phrase [<paramref name="start"/>, <paramref name="end"/>), read from left to right, each run as
    /// long as it goes ("the Delta Relief Institute" → "Delta Relief Institute"); null if none.</summary>
    internal static Span? LastCapitalisedRun(string text, int start, int end)
    {
        Span? last = null;
        for (var at = start; at < end;)
        {
            var runEnd = TextPatterns.NameTokenEnd(text, at, end);
            if (runEnd < 0)
            {
                at++;
                continue;
            }
            while (runEnd + 1 < end && char.IsWhiteSpace(text[runEnd]) && TextPatterns.NameTokenEnd(text, runEnd + 1, end) is >= 0 and var next) runEnd = next;
            last = new Span(at, runEnd);
            at = runEnd;
        }
        return last;
    }
}
