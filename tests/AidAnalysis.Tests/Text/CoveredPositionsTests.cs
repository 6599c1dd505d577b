using AidAnalysis.Text;

namespace AidAnalysis.Tests.Text;

/// <summary>The bit table of covered positions answers as a table of one flag a position does, across word edges.</summary>
public class CoveredPositionsTests
{
    [Fact]
    public void Answers_as_a_flag_per_position_for_random_spans()
    {
        const int length = 1000;
        var random = new Random(7);
        var covered = new CoveredPositions(length);
        var flags = new bool[length];
        for (var step = 0; step < 2000; step++)
        {
            var start = random.Next(length);
            var count = random.Next(Math.Min(200, length - start) + 1);
            Assert.Equal(Array.IndexOf(flags, true, start, count) >= 0, covered.AnyIn(start, count));
            if (random.Next(8) != 0) continue;
            covered.Cover(start, count);
            Array.Fill(flags, true, start, count);
        }
    }

    [Theory]
    [InlineData(63, 2)]
    [InlineData(64, 64)]
    [InlineData(10, 180)]
    public void A_covered_span_is_seen_from_its_first_to_its_last_position_and_not_beyond(int start, int count)
    {
        var covered = new CoveredPositions(300);
        covered.Cover(start, count);
        Assert.True(covered.AnyIn(start, 1));
        Assert.True(covered.AnyIn(start + count - 1, 1));
        Assert.False(covered.AnyIn(start - 1, 1));
        Assert.False(covered.AnyIn(start + count, 1));
        Assert.False(covered.AnyIn(start, 0));
    }

    [Fact]
    public void Covering_where_another_table_does_not_marks_only_the_positions_a_span_is_first_to_cover()
    {
        var earlier = new CoveredPositions(200);
        earlier.Cover(60, 10);
        var first = new CoveredPositions(200);
        first.CoverWhereNot(earlier, 50, 100);
        Assert.True(first.AnyIn(50, 10));
        Assert.False(first.AnyIn(60, 10));
        Assert.True(first.AnyIn(70, 1));
        Assert.True(first.AnyIn(149, 1));
        Assert.False(first.AnyIn(150, 50));
    }
}
