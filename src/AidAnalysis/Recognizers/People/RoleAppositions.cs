using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// "Lena Ovik, a senior analyst at the Delta Institute": a name followed by a role in apposition, with the body the role
/// names or points back to; "X, who leads the IMF mission," likewise. Anchored on each comma that opens a lower-case phrase.
/// </summary>
internal sealed class RoleAppositions(Lexicon lexicon, NameCleaner names)
{

    public List<EntityMention> Find(TokenLayer tokens, bool[] named, EntityMention[] sorted, MentionsByEnd byEnd)
    {
        var found = new List<EntityMention>();
        // Read in a method of its own: the state its role lambda captures is then made for each aside, not for each token.
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.OpensLowerCaseAside(i) || tokens.OpensPossessorAside(i)) Read(tokens, i, named, sorted, byEnd, found);
        return found;
    }

    /// <summary>The holders of the apposition that opens with the comma token <paramref name="commaIndex"/>, added to <paramref name="found"/>.</summary>
    private void Read(TokenLayer tokens, int commaIndex, bool[] named, EntityMention[] sorted, MentionsByEnd byEnd, List<EntityMention> found)
    {
        var text = tokens.Text;
        var comma = tokens[commaIndex].Start;
        var head = AfterCourtesyTitle(tokens, NameBeforeEnd.PersonName(tokens, comma), comma);
        if (head < 0) return;
        var complemented = AppositionTails.WithComplement(tokens, commaIndex);
        if (complemented is null && LedOrganisation(tokens, commaIndex, byEnd) is { } led)
        {
            // "Anna Berg, who leads Oxfam's team, said": the organisation she leads is hers.
            var leader = names.CleanName(tokens, new Span(head, comma), named);
            if (leader is { } l && text.AsSpan(l.Start, l.Length).Contains(' ') && OpensOrIsCited(tokens, l))
                found.Add(new EntityMention(l, MentionType.Person, text[l.Start..l.End], null, led.Canonical));
            return;
        }
        // ", a UN spokesperson,", ", the mission’s chief engineer,": a role with no complement, its owner (if any) named among its
        // words, ending the apposition.
        // "X, Norway’s ambassador to Y": a title an owner in the possessive opens is headed by a role noun, complement or not
        // ("X, Norway’s pledge for Y" names no role).
        var ownerWordsEnd = tokens.PossessorWordsFrom(commaIndex + 1, text.Length);
        if ((complemented ?? AppositionTails.Closed(tokens, commaIndex) ?? AppositionTails.OwnedClosed(tokens, commaIndex)) is not var (role, roleHead, preposition, org)
            || (org is null || ownerWordsEnd >= 0) && !lexicon.PersonRoles.Contains(text[roleHead.Start..roleHead.End])) return;
        // "Jordan Ellis, a UN spokesperson": before a role in apposition a place's name may be a given name.
        var name = names.CleanName(tokens, new Span(head, comma), named, placeMayOpen: true);
        // "Meanwhile, teams from ...": a single word before the comma is a sentence adverb, not a name.
        if (name is null || !text.AsSpan(name.Value.Start, name.Value.Length).Contains(' ')) return;
        // The name opens its clause, follows its reporting verb ("…,” said Anna Berg, an adviser at …), or closes
        // a pair that does ("Anna Berg and Lin Wei, aides to …": both take the apposition).
        var holders = new List<Span> { name.Value };
        if (!OpensOrIsCited(tokens, name.Value))
        {
            if (names.CoordinatedPartner(tokens, name.Value.Start, named) is not { } partner) return;
            holders.Insert(0, partner);
        }
        // "the Chilean ambassador to Norway": a state named in the role is the person's own; the place after it is where they serve.
        // "a UN spokesperson", "the agency’s director": with no complement, a body named in the role is theirs; so it is when
        // the complement only names the place of the posting ("the World Bank team leader for Laos", "a UN coordinator in Togo").
        var postedToPlace = org is { } o && byEnd.Last(o.Start, o.End, g => g.Span.Start >= o.Start) is not { Type: MentionType.Organization or MentionType.Person or MentionType.Byline };
        Func<EntityMention, bool> inRole = g => g.Span.Start >= role.Start
                && (org is not null && !postedToPlace ? g.Type is MentionType.Demonym or MentionType.Country : g.Type is not MentionType.Person and not MentionType.Byline);
        var roleBody = byEnd.First(role.Start, role.End, inRole);
        // "the Kenya Red Cross's head of operations": the named organisation, not the state inside its name.
        if (roleBody is not null)
            roleBody = byEnd.First(roleBody.Span.End, role.End, g => g.Type is MentionType.Organization
                && g.Span.Contains(roleBody.Span) && g.Span.Length > roleBody.Span.Length) ?? roleBody;
        var affiliation = roleBody?.Canonical
            ?? (org is { } phrase ? ComplementAffiliation(text, preposition!, phrase, byEnd) ?? OrganisationPointedBack(text, phrase, sorted) : null)
            ?? PossessorPointedBack(text, role, sorted);
        // The owner is the affiliation; the role is the title after its possessive ("ambassador to Y").
        var roleText = ownerWordsEnd >= 0 && role.Start == tokens[commaIndex + 1].Start ? text[tokens[ownerWordsEnd].Start..role.End] : text[role.Start..role.End];
        foreach (var holder in holders)
            found.Add(new EntityMention(holder, MentionType.Person, text[holder.Start..holder.End], roleText, affiliation));
    }

    /// <summary>Whether the name opens its clause or follows its reporting verb, itself or behind a courtesy title
    /// ("Mr Anna Berg, the finance minister, said", "said Dr. Anna Berg, an adviser at ...").</summary>
    private bool OpensOrIsCited(TokenLayer tokens, Span name)
    {
        var start = CourtesyTitleStart(tokens, name.Start);
        return tokens.OpensClauseAt(start) || tokens.IsCitedAt(start, lexicon.ReportingVerbs);
    }

    /// <summary>"Mr Anna Berg", "Rt Hon Anna Berg": where the name after the courtesy titles opening the words at
    /// <paramref name="start"/> begins, before <paramref name="end"/>; <paramref name="start"/> when no courtesy title opens them.
    /// Titles may stand in a row (courtesy-titles.txt: "Rt", "Hon").</summary>
    private int AfterCourtesyTitle(TokenLayer tokens, int start, int end)
    {
        if (start < 0) return start;
        var head = start;
        while (true)
        {
            var word = tokens.IndexAt(head);
            var last = tokens.IsMark(word + 1, '.') && tokens[word + 1].Start == tokens[word].End ? word + 1 : word;
            var next = last + 1;
            if (next >= tokens.Count || tokens[next].Start >= end || tokens[next].Start != tokens[last].End + 1
                || !IsCourtesyTitle(tokens, word, last)) return head;
            head = tokens[next].Start;
        }
    }

    /// <summary>Where the courtesy titles written one space apart before the name at <paramref name="nameStart"/> begin ("Mr",
    /// "Dr.", "Rt Hon"); the name's own start when none stands there.</summary>
    private int CourtesyTitleStart(TokenLayer tokens, int nameStart)
    {
        var start = nameStart;
        while (true)
        {
            var last = tokens.TokenRightBefore(start, 0, WordSpacing.OneSpace);
            var word = tokens.IsMark(last, '.') && last > 0 && tokens[last - 1].End == tokens[last].Start ? last - 1 : last;
            if (word < 0 || !tokens[word].IsWordLike || !IsCourtesyTitle(tokens, word, last))
                return start;
            start = tokens[word].Start;
        }
    }

    /// <summary>Whether tokens <paramref name="word"/> to <paramref name="last"/> (a word and the full stop written onto it, if
    /// any) spell a courtesy title ("Mr", "Dr.", "Hon").</summary>
    private bool IsCourtesyTitle(TokenLayer tokens, int word, int last) =>
        lexicon.CourtesyTitles.Contains(tokens.Text[tokens[word].Start..tokens[last].End]);

    /// <summary>The verbs of leading a relative clause after a name may hold (", who heads the ...").</summary>
    private readonly WordSet _leadingVerbs = TextPatterns.SpanWordSet(lexicon.TitleNameWords["leading-verb"]);

    /// <summary>The organisation a relative clause after a name says its holder leads (", who leads the IMF mission"), if named
    /// right after it.</summary>
    private EntityMention? LedOrganisation(TokenLayer tokens, int commaIndex, MentionsByEnd known)
    {
        var start = LedNameStart(tokens, commaIndex, _leadingVerbs);
        return start < 0 ? null : known.First(start, Math.Min(tokens.Text.Length, start + 120), k => k.Span.Start == start && k.Type == MentionType.Organization);
    }

    /// <summary>Where the name of what a relative clause after the comma token <paramref name="commaIndex"/> says its holder leads
    /// may begin: after the comma, "who" or "which", one of <paramref name="leadingVerbs"/> and "the", one whitespace character after each (four
    /// words bound it); -1 when no such clause follows.</summary>
    internal static int LedNameStart(TokenLayer tokens, int commaIndex, WordSet leadingVerbs)
    {
        var text = tokens.Text;
        var limit = text.Length;
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
    private static string? ComplementAffiliation(string text, string preposition, Span org, MentionsByEnd byEnd)
    {
        var place = text.AsSpan(org.Start, org.Length).IndexOf(" in ", StringComparison.Ordinal);
        var end = org.Start + (place > 0 ? place : org.Length);
        var named = byEnd.Last(org.Start, end, g => g.Span.Start >= org.Start && g.Type != MentionType.Demonym)?.Canonical;
        if (named is not null || place > 0) return named ?? byEnd.Last(org.Start, org.End, g => g.Span.Start >= org.Start && g.Type != MentionType.Demonym)?.Canonical;
        // "an economist at a Lahore-based think tank": a place joined to a lower-case word modifies an unnamed body.
        return preposition == "in" ? null : LastCapitalisedRun(text, org.Start, org.End) is { } run && !EndsInLowerCaseCompound(text, run) ? text[run.Start..run.End] : null;
    }

    /// <summary>"a spokeswoman for the council": "the" and an organisation noun point back to the organisation named last
    /// before, within the sentence before or this one.</summary>
    private string? OrganisationPointedBack(string text, Span org, EntityMention[] sorted)
    {
        var phrase = text.AsSpan(org.Start, org.Length).TrimEnd();
        if (!phrase.StartsWith("the ", StringComparison.Ordinal) || !lexicon.OrganizationNouns.Contains(phrase[4..].ToString())) return null;
        // A news outlet credited in the dateline is not the body a speaker works for.
        return SortedMentions.OrganisationsBefore(sorted, org.Start).FirstOrDefault(o => GazetteerMatcher.OrganizationType(lexicon, o.Canonical) != "news")?.Canonical;
    }

    /// <summary>"X, the fund's director": a role owned by "the" and a noun belongs to the organisation that noun points back to,
    /// the last one named before (<see cref="OrganisationsBefore"/>) whose name holds the noun ("Gulf Relief Fund") or whose
    /// kind it names (organization-anaphors.tsv: "the charity's").</summary>
    private string? PossessorPointedBack(string text, Span role, EntityMention[] sorted)
    {
        if (role.Start < 4 || !text.AsSpan(role.Start - 4, 4).SequenceEqual("the ")) return null;
        var space = text.AsSpan(role.Start, role.Length).IndexOf(' ');
        if (space < 4 || !Possessive.Ends(text.AsSpan(role.Start, space))) return null;
        var noun = text.Substring(role.Start, space - 2);
        var kinds = lexicon.OrganizationAnaphors.GetValueOrDefault(noun);
        foreach (var organisation in SortedMentions.OrganisationsBefore(sorted, role.Start))
        {
            var canonical = organisation.Canonical;
            var type = GazetteerMatcher.OrganizationType(lexicon, canonical);
            if (type == "news") continue;
            if (canonical.Split(' ', '-').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase))
                || kinds is not null && (kinds.Contains("any") || type is not null && kinds.Contains(type))) return canonical;
        }
        return null;
    }

    /// <summary>Whether the run's last word ends in a hyphen and a lower-case word ("Lahore-based", "UK-funded").</summary>
    private static bool EndsInLowerCaseCompound(string text, Span run)
    {
        var hyphen = text.LastIndexOf('-', run.End - 1, run.Length);
        return hyphen >= 0 && hyphen + 1 < run.End && char.IsLower(text[hyphen + 1]) && text.IndexOf(' ', hyphen, run.End - hyphen) < 0;
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
