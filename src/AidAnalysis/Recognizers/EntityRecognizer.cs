using System.Runtime.InteropServices;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that recognises named entities: gazetteer names first, then organisation and
/// person patterns; where candidates overlap the longest wins (people before organisations
/// before gazetteer names at equal length).
/// </summary>
public sealed class EntityRecognizer(Lexicon lexicon) : IPipelineStage
{
    private readonly GazetteerMatcher _gazetteer = new(lexicon);
    private readonly OrganizationRecognizer _organizations = new(lexicon);
    private readonly PersonRecognizer _people = new(lexicon);
    /// <summary>Organisation heads, titles, clause openers and office words (ordinal lists), looked up by a word of a name in place.</summary>
    private readonly WordSet _notInNames =
        TextPatterns.SpanWordSet(lexicon.OrganizationHeads, lexicon.Titles, lexicon.ClauseOpeners, lexicon.OfficeWords);

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var gazetteer = _gazetteer.Find(document.Words);
        var organizations = _organizations.Find(document.Tokens, document.Words, gazetteer);
        var known = new List<EntityMention>(gazetteer.Count + organizations.Count);
        known.AddRange(gazetteer);
        known.AddRange(organizations);
        var people = _people.Find(document.Words, document.Tokens, known).ToList();

        var accepted = new List<EntityMention>();
        var taken = new CoveredPositions(text.Length);
        List<EntityMention> candidates = [.. people, .. organizations, .. gazetteer];
        foreach (var candidate in LongestFirst(candidates))
        {
            if (taken.AnyIn(candidate.Span.Start, candidate.Span.Length)) continue;
            taken.Cover(candidate.Span.Start, candidate.Span.Length);
            accepted.Add(candidate);
        }
        accepted.AddRange(PartnersOfPeople(document.Tokens, accepted, taken));
        return document with { Entities = InTextOrder(accepted) };
    }

    /// <summary>The mentions by start. Accepted mentions do not overlap, so their starts differ and a sort of the starts
    /// alone (primitive keys, no comparison delegate: a long text has hundreds of thousands) gives the one order there is;
    /// should two share a start, a comparison sort decides. Sorted in place: the list is the stage's own.</summary>
    private static List<EntityMention> InTextOrder(List<EntityMention> mentions)
    {
        var starts = new int[mentions.Count];
        for (var i = 0; i < starts.Length; i++) starts[i] = mentions[i].Span.Start;
        starts.AsSpan().Sort(CollectionsMarshal.AsSpan(mentions));
        for (var i = 1; i < starts.Length; i++)
            if (starts[i] == starts[i - 1])
            {
                mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                break;
            }
        return mentions;
    }

    /// <summary>The unknown name joined by "and" to a person's name is a person too ("Aryeh Stone and Carla Lee, aides to ...").</summary>
    private IEnumerable<EntityMention> PartnersOfPeople(TokenLayer tokens, List<EntityMention> accepted, CoveredPositions taken)
    {
        var text = tokens.Text;
        var people = accepted.Where(e => e.Type is MentionType.Person).Select(e => e.Span).ToHashSet();
        var found = new List<EntityMention>();
        foreach (var (a, b) in NamePairs.Find(tokens))
        {
            var partner = people.Contains(a) ? b : people.Contains(b) ? a : (Span?)null;
            if (partner is not { } span || taken.AnyIn(span.Start, span.Length)) continue;
            if (HoldsWordOfAnotherKind(text.AsSpan(span.Start, span.Length))) continue;
            found.Add(new EntityMention(span, MentionType.Person, text[span.Start..span.End]));
        }
        return found;
    }

    /// <summary>Whether a word of the name is an organisation's head, a title, a clause opener or an office word: no person's name.</summary>
    private bool HoldsWordOfAnotherKind(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
            if (_notInNames.Contains(name[range])) return true;
        return false;
    }

    /// <summary>The candidates, longest first, then by type priority, then in list order: one key per candidate
    /// (length, priority and position packed into a number) makes a plain sort of numbers a stable sort.</summary>
    private static IEnumerable<EntityMention> LongestFirst(List<EntityMention> candidates)
    {
        var keys = new long[candidates.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = ((long)(int.MaxValue - candidates[i].Span.Length) << 32) | ((long)Priority(candidates[i].Type) << 29) | (uint)i;
        Array.Sort(keys);
        foreach (var key in keys) yield return candidates[(int)(key & ((1 << 29) - 1))];
    }

    private static int Priority(MentionType type) => type switch
    {
        MentionType.Byline => 0,
        MentionType.Person => 1,
        MentionType.Organization => 2,
        _ => 3,
    };
}
