using System.Buffers;
using AidAnalysis.Frames;
using CsCheck;

namespace AidAnalysis.Tests.Frames;

/// <summary>The remembered letterless runs answer every stretch as a direct scan of it would, whatever order the stretches
/// are asked in (the funding pass asks in text order, but a run found once must not answer for a stretch past its ends).</summary>
public class LetterlessRunsTests
{
    private static readonly SearchValues<char> NonLetters =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c)).ToArray());

    private static readonly string[] Pieces = ["$1", " ", "$1 ", "a", "said", "\n", "é", "2024", ".", "€5", ""];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    [Fact]
    public void A_stretch_holds_no_letter_exactly_when_a_scan_of_it_finds_none()
    {
        Gen.Select(Text, Gen.Int[0, 200].Array[0, 40]).Sample((text, bounds) =>
        {
            var runs = new LetterlessRuns(text, NonLetters);
            for (var i = 0; i + 1 < bounds.Length; i += 2)
            {
                var start = Math.Min(bounds[i], text.Length);
                var end = Math.Clamp(bounds[i + 1], start, text.Length);
                Assert.Equal(!text.AsSpan(start, end - start).ContainsAnyExcept(NonLetters), runs.Hold(start, end));
            }
        });
    }

    [Fact]
    public void A_run_of_bare_amounts_is_letterless_and_a_word_after_it_is_not()
    {
        var runs = new LetterlessRuns("$1 $1 $1 said", NonLetters);
        Assert.True(runs.Hold(0, 8));
        Assert.True(runs.Hold(3, 9));
        Assert.False(runs.Hold(6, 10));
    }
}
