using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>CommittedProgramme and SpanToLaterYear read a relative clause from the clause layer and the tokens wholly inside a
/// span from <see cref="TokenLayer.WhollyWithin"/>: on texts made of the words they care about, cut at any character, they read
/// what their own comma walks and straddle checks read.</summary>
public class RelativeClauseReaderTests
{
    private static readonly AttributeWords Words = new(Lexicon.Default);
    private static readonly SpanToLaterYear SpanToLaterYear = new(Words);
    private static readonly CommittedProgramme Committed =
        new(Words, new SpreadOverYears(Words, new YearRange(Words), new SinceEarlierStart(Words, new RunningTotalWording(Lexicon.Default)), SpanToLaterYear));

    private static readonly string[] Pieces =
        ["Tarn", "has", "have", "committed", "long", "pledged", "which", "who", "whose", "that", "Which", ",", ",", ";", "$3 million",
         "through", "until", "May", "2027", "2031", "2024", "the", "fund", "runs", "gave", ". Velo", "(", ")", "said"];

    private static readonly string[] Pronouns = ["whose", "which", "who", "that"];

    private static readonly Gen<(string Text, int A, int B)> Texts =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 24]
            .Select(words => "Tarn " + string.Join(' ', words).Replace(" ,", ",").Replace(" ;", ";") + ".")
            .SelectMany(text => Gen.Select(Gen.Const(text), Gen.Int[0, text.Length], Gen.Int[0, text.Length]));

    [Fact]
    public void The_readers_on_the_layers_read_what_the_comma_walks_read()
    {
        Texts.Sample((text, a, b) =>
        {
            var doc = TestSupport.Process(text, new DateOnly(2025, 6, 1));
            var tokens = doc.Tokens;
            foreach (var sentence in doc.Sentences)
            {
                // A window cut at any characters inside one sentence, as an amount's reach cuts it.
                var s = sentence.Span;
                var window = new Span(s.Start + Math.Min(a, b) % (s.Length + 1), 0);
                window = new Span(window.Start, window.Start + Math.Max(a, b) % (s.End - window.Start + 1));
                Assert.Equal(OldPerfects(tokens, window), Committed.Perfects(tokens, doc.Clauses, window));
                Assert.Equal(OldIn(doc, window), SpanToLaterYear.In(doc, window));
                var (oldFirst, oldEnd) = tokens.Within(window);
                var (first, end) = tokens.WhollyWithin(window);
                var trimmed = oldFirst;
                while (trimmed < oldEnd && tokens[trimmed].Start < window.Start) trimmed++;
                Assert.Equal((trimmed, oldEnd), (first, end));
                for (var j = first; j < end; j++)
                    Assert.Equal(j > oldFirst, j > 0 && tokens[j - 1].End > window.Start);
            }
        }, iter: 3_000);
    }

    /// <summary>CommittedProgramme's perfects as it walked the commas itself.</summary>
    private static CommittedProgramme.Perfect[] OldPerfects(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.Within(sentence);
        while (first < end && tokens[first].Start < sentence.Start) first++;
        var found = new List<CommittedProgramme.Perfect>();
        var until = sentence.End;
        var clauseEnd = -1;
        for (var i = first; i < end; i++)
        {
            if (i >= clauseEnd) until = sentence.End;
            if (tokens.IsMark(i, ',') && i + 1 < end && IsPronoun(tokens, i + 1))
            {
                clauseEnd = i + 1;
                while (clauseEnd < end && !tokens.IsMark(clauseEnd, ',')) clauseEnd++;
                until = clauseEnd < end ? tokens[clauseEnd].Start : sentence.End;
            }
            if (Words.PerfectAuxiliaries.IsWord(tokens, i)
                && (i + 1 < end && Words.PerfectParticiples.IsWord(tokens, i + 1) || i + 2 < end && Words.PerfectParticiples.IsWord(tokens, i + 2)))
                found.Add(new CommittedProgramme.Perfect(tokens[i].Start, until));
        }
        return [.. found];
    }

    /// <summary>SpanToLaterYear.In as it looked for the relative pronoun after each comma itself.</summary>
    private static bool OldIn(AnalysisDocument doc, Span scope)
    {
        if (doc.ReferenceYear is not { } published) return false;
        var tokens = doc.Tokens;
        var ceiling = doc.Clauses.FirstBoundaryStartIn(scope) ?? scope.End;
        var (first, end) = tokens.Within(new Span(scope.Start, ceiling));
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Start < scope.Start) continue;
            if (tokens.IsMark(i, ',') && IsPronoun(tokens, i + 1)) return false;
            if (YearRange.IsYear(tokens, i) && int.Parse(tokens.TextOf(i)) > published && SpanToLaterYear.Ends(tokens, i, scope.Start)) return true;
        }
        return false;
    }

    private static bool IsPronoun(TokenLayer tokens, int i) => Pronouns.Any(p => tokens.IsExactly(i, p));

    [Fact]
    public void A_perfect_in_a_relative_clause_holds_only_inside_it()
    {
        const string text = "Tarn, which has committed $4 million through 2030, gave $1 million.";
        var doc = TestSupport.Process(text, new DateOnly(2025, 6, 1));
        var perfect = Assert.Single(Committed.Perfects(doc.Tokens, doc.Clauses, doc.Sentences[0].Span));
        Assert.Equal(text.IndexOf(", gave", StringComparison.Ordinal), perfect.Until);
    }
}
