using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Unknown names in a list that holds an organisation ("UNICEF, Norvale and the Red Cross pledged"), or that
/// follows "companies like": the members of one list are the same kind of actor.</summary>
internal sealed class ListMembers(Lexicon lexicon)
{
    /// <summary>How far before the list its class noun may start.</summary>
    private const int ClassReach = 40;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _classNouns = TextPatterns.SpanLookup(lexicon.OrganisationListWords["noun"]);
    private readonly string[][] _markers = [.. lexicon.OrganisationListWords["marker"].Select(marker => marker.Split(' '))];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames = TextPatterns.SpanLookup(lexicon.ClauseOpeners, lexicon.GivenNames);

    public List<EntityMention> Find(TokenLayer tokens, IReadOnlyList<EntityMention> known)
    {
        var text = tokens.Text;
        var found = new List<EntityMention>();
        // "A, B, C and D": two or more capitalised names joined by commas and a final "and"/"or". Most texts hold none, and need
        // none of the tables below.
        var lists = CoordinatedNames.Find(tokens).ToList();
        if (lists.Count == 0) return found;
        // Where a known mention stands, and where the first known mention over a character is an organisation.
        var covered = new CoveredPositions(text.Length);
        var organisationFirst = new CoveredPositions(text.Length);
        // Where an organisation's name runs on past its first word ("Ministry of Public Health").
        var organisationTail = new CoveredPositions(text.Length);
        // Where the name of an organisation the gazetteer knows ends: a complete name.
        var gazetteerEnds = new CoveredPositions(text.Length);
        foreach (var k in known)
        {
            if (k.Type == MentionType.Organization)
            {
                if (lexicon.OrganizationByName.ContainsKey(k.Canonical)) gazetteerEnds.Cover(k.Span.End - 1, 1);
                organisationFirst.CoverWhereNot(covered, k.Span.Start, k.Span.Length);
                organisationTail.Cover(k.Span.Start + 1, k.Span.Length - 1);
            }
            covered.Cover(k.Span.Start, k.Span.Length);
        }
        foreach (var list in lists)
        {
            var first = tokens.IndexAt(list.Index);
            var members = Members(tokens, list.Index, first, list.Index + list.Length);
            var ofOrganisations = FollowsClassNoun(tokens, list.Index, first) || members.Any(m => organisationFirst.AnyIn(m.Span.Start, 1));
            if (!ofOrganisations || ContinuesOrganisation(tokens, members, organisationTail, gazetteerEnds, covered)) continue;
            foreach (var (member, token) in members)
            {
                if (covered.AnyIn(member.Start, member.Length)) continue;
                // "Meanwhile", "Anna": a clause opener or a given name opening the member makes it no organisation.
                var name = text[member.Start..member.End];
                if (_notNames.Contains(text.AsSpan(member.Start, tokens.FirstSpace(member.Start, token, member.End) - member.Start)) || lexicon.Titles.Contains(name)) continue;
                found.Add(new EntityMention(member, MentionType.Organization, name));
            }
        }
        return found;
    }

    /// <summary>"the Ministry of Public Health, Hygiene and Prevention": a list that opens inside an organisation's name right
    /// after its "of" or "for", every other member unknown, is the rest of that name's complement, not a list of organisations.
    /// A gazetteer organisation whose name ends with the first member is complete ("the Department of Justice, Norvale and
    /// Kestrel"): the list goes on past it.</summary>
    private static bool ContinuesOrganisation(TokenLayer tokens, List<(Span Span, int Token)> members, CoveredPositions organisationTail,
        CoveredPositions gazetteerEnds, CoveredPositions covered)
    {
        var before = members[0].Token - 1;
        if (!organisationTail.AnyIn(members[0].Span.Start, 1) || !(tokens.IsExactly(before, "of") || tokens.IsExactly(before, "for"))
            || gazetteerEnds.AnyIn(members[0].Span.End - 1, 1)) return false;
        for (var i = 1; i < members.Count; i++)
            if (covered.AnyIn(members[i].Span.Start, members[i].Span.Length)) return false;
        return true;
    }

    /// <summary>Whether the list starting at token <paramref name="first"/> follows a class noun and a marker ("companies like",
    /// "donors such as"), each one whitespace character after the word before, the noun within the reach.</summary>
    private bool FollowsClassNoun(TokenLayer tokens, int listStart, int first)
    {
        if (tokens[first].Start != listStart) return false;
        foreach (var marker in _markers)
        {
            var at = first;
            var word = marker.Length;
            while (word > 0 && tokens.SpacedFromPrevious(at, WordSpacing.OneWhitespace) && tokens.IsExactly(at - 1, marker[word - 1]))
            {
                at--;
                word--;
            }
            if (word == 0 && tokens.SpacedFromPrevious(at, WordSpacing.OneWhitespace) && IsClassNoun(tokens, at - 1, Math.Max(0, listStart - ClassReach)))
                return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="index"/> ends with a class noun standing as a word of its own: the whole token, or
    /// its part after an apostrophe, or after <paramref name="floor"/> where the reach cuts it.</summary>
    private bool IsClassNoun(TokenLayer tokens, int index, int floor)
    {
        if (tokens[index].Kind != TokenKind.Word) return false;
        var start = tokens[index].Start;
        var word = tokens.TextOf(index);
        var from = start + word.LastIndexOfAny('’', '\'') + 1;
        if (from < floor) from = floor;
        // A word glued to letters or marks before it ("\u0301groups") is no word of its own.
        else if (from == start && from > floor && tokens.GluedToWordCharacter(index))
            return false;
        return _classNouns.Contains(word[(from - start)..]);
    }

    /// <summary>The names of a coordinated list from <paramref name="start"/> (in token <paramref name="first"/>) to <paramref name="end"/>,
    /// without "the", "and" and "or", each with the first token that ends after its start. Members part at a comma and a space,
    /// and at "and" or "or" with a space on either side.</summary>
    private static List<(Span Span, int Token)> Members(TokenLayer tokens, int start, int first, int end)
    {
        var members = new List<(Span, int)>();
        var token = first;
        for (var i = first; i < tokens.Count && tokens[i].End <= end; i++)
        {
            var after = tokens[i].End;
            if (tokens.IsMark(i, ',') && tokens.SpaceAt(after))
            {
                members.Add(Trimmed(tokens, start, tokens[i].Start, token));
                (start, token) = (after + 1, i + 1);
            }
            else if ((tokens.IsExactly(i, "and") || tokens.IsExactly(i, "or")) && tokens.SpaceAt(after))
            {
                var before = tokens[i].Start - 1;
                // "B and C"; ", and C" opens its member with the conjunction.
                if (before > start && tokens.SpaceAt(before)) members.Add(Trimmed(tokens, start, before, token));
                else if (before + 1 != start && !(before == start && tokens.SpaceAt(before))) continue;
                (start, token) = (after + 1, i + 1);
            }
        }
        members.Add(Trimmed(tokens, start, end, token));
        return members;
    }

    /// <summary>The member [<paramref name="start"/>, <paramref name="end"/>) without an opening "the ".</summary>
    private static (Span, int) Trimmed(TokenLayer tokens, int start, int end, int token) =>
        tokens[token].Start == start && tokens.IsExactly(token, "the") && tokens.SpaceAt(start + 3)
            ? (new Span(start + 4, end), token + 1)
            : (new Span(start, end), token);
}
