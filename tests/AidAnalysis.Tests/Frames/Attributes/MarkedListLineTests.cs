using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>
/// <see cref="MarkedListLine"/> reads a list line's marker from the tokens; it replaced a reader of the characters between the
/// line break and the amount (FundingFill.IsListLine), which the property test keeps as its reference.
/// </summary>
public class MarkedListLineTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);
    private static readonly MarkedListLine Reader = new(Lexicon.Default);

    private static bool Holds(string text)
    {
        var at = text.IndexOf('$');
        return Reader.Holds(Tokenizer.Tokenize(text, []).Tokens, new Span(at, at + 2));
    }

    [Theory]
    [InlineData("Pledges:\n- $5 million to Varnia")]
    [InlineData("Pledges:\n  * Relief for Quell: $2 million")]
    [InlineData("Intro\n\t3) $40,000 for the Tolby clinic")]
    [InlineData("• $7 million for seeds")]
    public void Bulleted_and_numbered_lines_are_list_lines(string text) => Assert.True(Holds(text));

    [Theory]
    [InlineData("Varnia gave - so it said - $5 million")]
    [InlineData("Pledges:\n-$5 million to Varnia")]
    [InlineData("In 2024. $3 million came\n1234. $3 million")]
    [InlineData("Intro\n2.5 $3 million")]
    public void Dashes_inside_prose_and_other_numbers_are_not(string text) => Assert.False(Holds(text));

    [Fact]
    public void A_marker_more_than_the_reach_before_the_amount_is_not_read()
    {
        Assert.True(Holds("- " + new string('a', 100) + " $1"));
        Assert.False(Holds("- " + new string('a', 130) + " $1"));
    }

    private static readonly string[] Pieces = ["-", "*", "•", "–", " ", " ", "\n", "\t", "\u00A0", "1", "12", "1234", ".", ")", "a", "word ", "$", new string('x', 40)];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    [Fact]
    public void It_answers_as_the_character_reader_it_replaced_at_every_token()
    {
        var marks = global::AidAnalysis.Frames.Relations.RelationVocabulary.ListMarksOf(Lexicon.Default);
        Text.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var amount = new Span(tokens[i].Start, tokens[i].End);
                if (Reader.Holds(tokens, amount) != CharacterReader(text, amount, marks)) return false;
            }
            return true;
        });
    }

    private static bool CharacterReader(string text, Span amount, char[] listMarks)
    {
        var reach = Math.Min(amount.Start, 120);
        var newline = reach == 0 ? -1 : text.LastIndexOf('\n', amount.Start - 1, reach);
        if (newline < 0 && reach < amount.Start) return false;
        var lineStart = newline + 1;
        var line = text.AsSpan(lineStart, amount.Start - lineStart).TrimStart(" \t");
        if (line.Length >= 2 && listMarks.Contains(line[0]) && line[1] == ' ') return true;
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && line.Length > digits + 1 && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }
}
