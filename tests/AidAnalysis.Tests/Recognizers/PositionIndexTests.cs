using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The position indexes that keep extraction linear in the input give exactly the answers of the
/// scans over the whole document they replace, including which of several candidates comes first.</summary>
public class PositionIndexTests
{
    private static readonly Gen<Span> ShortSpan = Gen.Select(Gen.Int[0, 200], Gen.Int[1, 12], (start, length) => new Span(start, start + length));
    private static readonly Gen<Span> Window = Gen.Select(Gen.Int[0, 210], Gen.Int[0, 80], (start, length) => new Span(start, start + length));
    private static readonly Gen<EntityMention> Mention = Gen.Select(ShortSpan, Gen.Int[0, 5], Gen.Int[0, 3],
        (span, type, name) => new EntityMention(span, (MentionType)type, $"Name {name}"));

    [Fact]
    public void Mentions_by_end_pick_the_mention_a_scan_of_the_list_picks()
    {
        Gen.Select(Mention.List[0, 40], Window, Gen.Int[0, 5]).Sample((mentions, window, type) =>
        {
            var index = new MentionsByEnd(mentions);
            bool Wanted(EntityMention m) => m.Type == (MentionType)type;
            bool EndsInWindow(EntityMention m) => m.Span.End >= window.Start && m.Span.End <= window.End;
            Assert.Same(mentions.FirstOrDefault(m => EndsInWindow(m) && Wanted(m)), index.First(window.Start, window.End, Wanted));
            Assert.Same(mentions.LastOrDefault(m => EndsInWindow(m) && Wanted(m)), index.Last(window.Start, window.End, Wanted));
        });
    }

    [Fact]
    public void Items_by_span_are_the_items_with_a_mention_inside_the_window()
    {
        Gen.Select(ShortSpan.List[0, 4].List[0, 20], Window).Sample((items, window) =>
        {
            var expected = items.Select((spans, item) => (spans, item)).Where(x => x.spans.Any(window.Contains)).Select(x => x.item);
            Assert.Equal(expected, new ItemsBySpan(items).Within(window));
        });
    }

    [Fact]
    public void Actor_mentions_ending_by_a_position_come_latest_first_and_earlier_listed_actor_first()
    {
        Gen.Select(ShortSpan.List[0, 5].List[0, 10], Gen.Int[0, 215]).Sample((mentionsOfActors, position) =>
        {
            var actors = mentionsOfActors.Select((spans, i) => new Actor($"A{i + 1}", $"Name {i}", ActorKind.Person, null, null, [.. spans.Distinct()])).ToList();
            var expected = actors.SelectMany((a, order) => a.Mentions.Select(m => (a.Id, m.End, order)))
                .Where(x => x.End <= position).OrderByDescending(x => x.End).ThenBy(x => x.order).Select(x => (x.Id, x.End));
            Assert.Equal(expected, new ActorMentionIndex(actors).EndingBy(position).Select(m => (m.Actor.Id, m.Span.End)));
        });
    }

    [Fact]
    public void Word_occurrences_are_those_a_search_of_the_whole_text_finds()
    {
        Gen.Select(Gen.String[Gen.Char["ab -’.x"], 0, 60], Gen.String[Gen.Char["ab-’x"], 1, 4].List[1, 4]).Sample((text, literals) =>
        {
            var occurrences = new WordOccurrences(WordStarts.Of(text), literals);
            foreach (var literal in literals) Assert.Equal(TextPatterns.Occurrences(text, literal), occurrences.Of(literal));
        });
    }

    [Fact]
    public void Document_entities_inside_or_ending_in_a_window_are_found_by_binary_search()
    {
        Gen.Select(Gen.Select(Gen.Int[0, 5], Gen.Int[1, 6]).List[0, 30], Window).Sample((pieces, window) =>
        {
            var entities = new List<EntityMention>();
            var at = 0;
            foreach (var (gap, length) in pieces)
            {
                at += gap;
                entities.Add(new EntityMention(new Span(at, at + length), MentionType.Country, "Norway"));
                at += length;
            }
            var document = new AnalysisDocument(Article.FromText(new string(' ', at + 1), new ArticleMetadata(), "test")) { Entities = entities };
            Assert.Equal(entities.Where(e => window.Contains(e.Span)), document.EntitiesIn(window));
            Assert.Equal(entities.Where(e => e.Span.End >= window.Start && e.Span.End <= window.End), document.EntitiesEndingIn(window.Start, window.End));
        });
    }

    [Fact]
    public void A_redefined_acronym_is_read_as_its_first_definer_while_a_title_next_to_it_takes_the_latest()
    {
        const string text = "The Alpha Relief Fund (ARF) opened an office. ARF staff arrived.\n\n"
            + "The Borealis Research Foundation (ARF) held talks. ARF Director Anna Berg said the talks went well.";
        var entities = TestSupport.Process(text).Entities;
        var uses = entities.Where(e => text[e.Span.Start..e.Span.End] == "ARF").ToList();
        Assert.Equal(4, uses.Count);
        Assert.All(uses, use => Assert.Equal("Alpha Relief Fund", use.Canonical));
        var director = Assert.Single(entities, e => e.Canonical == "Anna Berg");
        Assert.Equal("Borealis Research Foundation", director.Affiliation);
    }
}
