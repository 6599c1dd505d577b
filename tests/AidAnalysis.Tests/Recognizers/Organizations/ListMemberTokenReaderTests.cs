using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>The list-member reader on the token layer finds what the reader over characters it replaced found (a pattern over
/// the 40 characters before a list, members split at ", ", " and ", " or "), on texts made of the pieces it cares about.</summary>
public class ListMemberTokenReaderTests
{
    private static readonly string[] Pieces =
        [
            "Norvale", "Kestrel", "UNICEF", "Anna", "Meanwhile", "Øst", "O’Brien", "Bathe", "the", "The", "and", "or", ", ", ",", " ", " ",
            " ", " ", "\n", "\t", "companies", "donors", "groups", "such", "as", "like", "including", "x’", "\u0301", "_", "1", ".",
        ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    [Fact]
    public void List_members_are_those_the_character_reader_found()
    {
        var lexicon = Lexicon.Default;
        var members = new ListMembers(lexicon);
        Texts.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]).Tokens;
            var known = Known(text);
            Assert.Equal(Expected(lexicon, text, known), members.Find(tokens, known).Select(m => (m.Span, m.Canonical)));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Gifts came from firms such as Norvale Foods, Kestrel Mills and Tarn.", "Norvale Foods|Kestrel Mills|Tarn")]
    [InlineData("UNICEF, Norvale and the Kestrel Trust pledged more.", "Norvale|Kestrel Trust")]
    public void The_members_of_a_list_of_organisations_are_organisations(string text, string names)
    {
        var tokens = Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]).Tokens;
        var found = new ListMembers(Lexicon.Default).Find(tokens, Known(text));
        Assert.Equal(names.Split('|'), found.Select(m => m.Canonical));
    }

    /// <summary>"UNICEF" is a known organisation wherever it stands, "Kestrel" a known person's name.</summary>
    private static List<EntityMention> Known(string text) =>
    [
        .. TextPatterns.Occurrences(text, "UNICEF").Select(at => new EntityMention(new Span(at, at + 6), MentionType.Organization, "UNICEF")),
        .. TextPatterns.Occurrences(text, "Kestrel").Where(at => !text.AsSpan(at).StartsWith("Kestrel Mills") && !text.AsSpan(at).StartsWith("Kestrel Trust"))
            .Select(at => new EntityMention(new Span(at, at + 7), MentionType.Person, "Kestrel")),
    ];

    private static readonly Regex OrganisationClass = new(
        @"\b(?:companies|firms|corporations|retailers|businesses|charities|organi[sz]ations|agencies|groups|banks|donors)\s(?:like|such\sas|including)\s$",
        RegexOptions.CultureInvariant);

    /// <summary>The reader as it was written over the characters.</summary>
    private static List<(Span, string)> Expected(Lexicon lexicon, string text, IReadOnlyList<EntityMention> known)
    {
        var found = new List<(Span, string)>();
        var covered = new CoveredPositions(text.Length);
        var organisationFirst = new CoveredPositions(text.Length);
        foreach (var k in known)
        {
            if (k.Type == MentionType.Organization) organisationFirst.CoverWhereNot(covered, k.Span.Start, k.Span.Length);
            covered.Cover(k.Span.Start, k.Span.Length);
        }
        // The lists come from the same finder (on tokens, tested in HandReaderTests): this oracle stands for the members' reader.
        var tokens = Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]).Tokens;
        foreach (var list in CoordinatedNames.Find(tokens))
        {
            var members = Members(text, list.Index, list.Length);
            var before = text.Substring(Math.Max(0, list.Index - 40), Math.Min(40, list.Index));
            if (!OrganisationClass.IsMatch(before) && !members.Any(m => organisationFirst.AnyIn(m.Start, 1))) continue;
            foreach (var member in members)
            {
                var name = text[member.Start..member.End];
                if (covered.AnyIn(member.Start, member.Length)) continue;
                if (lexicon.ClauseOpeners.Contains(name.Split(' ')[0]) || lexicon.GivenNames.Contains(name.Split(' ')[0]) || lexicon.Titles.Contains(name)) continue;
                found.Add((member, name));
            }
        }
        return found;
    }

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
