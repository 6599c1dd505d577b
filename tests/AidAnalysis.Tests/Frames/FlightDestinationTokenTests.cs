namespace AidAnalysis.Tests.Frames;

/// <summary>A state people flee to is a place, read on tokens: the flight verb in the clause before "to", as a whole word.</summary>
public class FlightDestinationTokenTests
{
    private static bool IsActor(string text, string name) => TestSupport.Process(text).Actors.Any(a => a.Name == name);

    [Theory]
    [InlineData("Thousands of families fled across the hills to neighbouring Chad. Japan pledged $5 million.")]
    [InlineData("Many villagers sought, refuge in camps, to Chad. Japan pledged $5 million.")]
    public void A_state_fled_to_is_a_place(string text) => Assert.False(IsActor(text, "Chad"));

    [Theory]
    [InlineData("Thousands of families fled. Then Japan sent $5 million to Chad.")]
    [InlineData("Thousands of families (fled) and Japan sent $5 million to Chad.")]
    [InlineData("Thousands of families fled\nand Japan sent $5 million to Chad.")]
    public void A_flight_verb_in_an_earlier_clause_or_inside_a_longer_run_makes_no_place(string text) =>
        Assert.True(IsActor(text, "Chad"));
}
