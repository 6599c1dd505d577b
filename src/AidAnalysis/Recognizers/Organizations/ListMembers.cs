using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Unknown names in a list that holds an organisation ("UNICEF, Norvale and the Red Cross pledged"), or that
/// follows "companies like": the members of one list are the same kind of actor.</summary>
internal sealed partial class ListMembers(Lexicon lexicon)
{
    /// <summary>"companies like A, B and C": a plural class noun naming organisations, before a list of examples.</summary>
    [GeneratedRegex(@"\b(?:companies|firms|corporations|retailers|businesses|charities|organi[sz]ations|agencies|groups|banks|donors)\s(?:like|such\sas|including)\s$", TextPatterns.WindowOptions)]
    private static partial Regex OrganisationClass { get; }

    public List<EntityMention> Find(TokenLayer tokens, IReadOnlyList<EntityMention> known)
    {
        var text = tokens.Text;
        var found = new List<EntityMention>();
        // Where a known mention stands, and where the first known mention over a character is an organisation.
        var covered = new CoveredPositions(text.Length);
        var organisationFirst = new CoveredPositions(text.Length);
        foreach (var k in known)
        {
            if (k.Type == MentionType.Organization) organisationFirst.CoverWhereNot(covered, k.Span.Start, k.Span.Length);
            covered.Cover(k.Span.Start, k.Span.Length);
        }
        // "A, B, C and D": two or more capitalised names joined by commas and a final "and"/"or".
        foreach (var list in CoordinatedNames.Find(tokens))
        {
            var members = Members(text, list.Index, list.Length);
            var before = text.AsSpan(Math.Max(0, list.Index - 40), Math.Min(40, list.Index));
            var ofOrganisations = OrganisationClass.IsMatch(before)
                || members.Any(m => organisationFirst.AnyIn(m.Start, 1));
            if (!ofOrganisations) continue;
            foreach (var member in members)
            {
                var name = text[member.Start..member.End];
                if (covered.AnyIn(member.Start, member.Length)) continue;
                if (lexicon.ClauseOpeners.Contains(name.Split(' ')[0]) || lexicon.GivenNames.Contains(name.Split(' ')[0]) || lexicon.Titles.Contains(name)) continue;
                found.Add(new EntityMention(member, MentionType.Organization, name));
            }
        }
        return found;
    }

    /// <summary>The names of a coordinated list, without "the", "and" and "or".</summary>
    private static List<Span> Members(string text, int start, int length)
    {
        var members = new List<Span>();
        var end = start + length;
        var at = start;
        while (at < end)
        {
            var next = text.IndexOf(", ", at, end - at, StringComparison.Ordinal);
            var stop = next < 0 ? end : next;
            var piece = text[at..stop];
            foreach (var joiner in new[] { " and ", " or " })
            {
                var j = piece.IndexOf(joiner, StringComparison.Ordinal);
                if (j < 0) continue;
                if (j > 0) members.Add(Trimmed(at, piece[..j]));
                at += j + joiner.Length;
                piece = piece[(j + joiner.Length)..];
            }
            if (piece.StartsWith("and ", StringComparison.Ordinal) || piece.StartsWith("or ", StringComparison.Ordinal))
            {
                var skip = piece.IndexOf(' ') + 1;
                at += skip;
                piece = piece[skip..];
            }
            members.Add(Trimmed(at, piece));
            at = stop + 2;
        }
        return members;
    }

    private static Span Trimmed(int at, string piece) =>
        piece.StartsWith("the ", StringComparison.Ordinal) ? new Span(at + 4, at + piece.Length) : new Span(at, at + piece.Length);
}
