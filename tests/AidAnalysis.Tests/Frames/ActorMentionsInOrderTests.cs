using AidAnalysis.Frames;
using AidAnalysis.Model;
using CsCheck;

namespace AidAnalysis.Tests.Frames;

/// <summary>An actor's mentions in the actor layer are distinct and in a stable order by start; ActorBuilder copies mentions
/// already in strictly rising starts as they are and gives the rest to the set and sort it used for all of them.</summary>
public class ActorMentionsInOrderTests
{
    [Fact]
    public void They_are_those_a_set_and_a_stable_sort_give()
    {
        var span = Gen.Select(Gen.Int[0, 12], Gen.Int[1, 3]).Select((start, length) => new Span(start, start + length));
        span.List[0, 10].Sample(mentions =>
            Assert.Equal(mentions.Distinct().OrderBy(m => m.Start).ToArray(), ActorBuilder.MentionsInOrder(mentions)), iter: 20_000);
    }

    [Fact]
    public void Rising_mentions_are_copied_as_they_stand()
    {
        List<Span> mentions = [new(3, 8), new(20, 25), new(40, 44)];
        Assert.Equal(mentions, ActorBuilder.MentionsInOrder(mentions));
    }

    [Fact]
    public void Repeated_and_unordered_mentions_come_once_by_start()
    {
        List<Span> mentions = [new(40, 44), new(3, 8), new(40, 44), new(3, 6)];
        Assert.Equal([new Span(3, 8), new Span(3, 6), new Span(40, 44)], ActorBuilder.MentionsInOrder(mentions));
    }
}
