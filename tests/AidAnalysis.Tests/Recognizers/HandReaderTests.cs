using System.Text.RegularExpressions;
using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The hand-written readers that replaced pattern scans find exactly what the patterns found, on texts made of the
/// pieces those patterns care about (capitals, initials, hyphens, apostrophes, connectors, heads, line breaks). The readers
/// that read tokens are compared on texts of whole words with a separator between each two, words the pattern and the
/// tokenizer divide alike (their word boundaries differ inside a word at an apostrophe or a capital); each such test also
/// counts the matches, so that a generator that stopped producing them would fail rather than pass on empty texts.</summary>
public class HandReaderTests
{
    private static readonly string[] Pieces =
        [
            "Anna", "Berg", "Lee", "Jin-ho", "O’Brien", "McDonald", "Ö", "Øst", "A.", "B. ", "x", "the", "The", "and", "of", "for", "de",
            " ", " ", " ", ", ", "\n", "’s", "'s", "-", ".", "(", ")", "UN", "UNHCR", "Xy", "army", "central bank", "foreign", "foreign affairs",
            "defense", "ministry", "office", "programme", "program", "Administration", "agency", "1", "_", "said",
        ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 24].Select(string.Concat);

    /// <summary>Words the name-pair runs and the tokenizer read alike: no apostrophe inside a word, no capital inside a word that
    /// opens in lower case, no digit written against a letter.</summary>
    private static readonly string[] NamePairWords =
        ["Anna", "Berg", "Lee", "Kim", "Ola", "Jin-ho", "Øst", "McDonald", "Ö", "A", "UN", "Xy", "x", "and", "and", "and", "and", "and", "and", "And", "the", "1", "Jose\u0301"];

    /// <summary>Words the government-body patterns and the tokenizer read alike (no apostrophe inside a word).</summary>
    private static readonly string[] BodyWords =
        ["Syria", "Egypt", "U", "S", "UN", "A", "x", "Jose\u0301", "1", "the", "the", "The", "bathe", "army", "army", "navy", "central", "bank", "air", "force",
         "coast", "guard", "embassy", "foreign", "foreign", "affairs", "defense", "finance", "health", "ministry", "ministry", "ministry", "office", "department",
         "armyx", "army\u0301"];

    /// <summary>What stands between two words: spaces and line breaks, the possessive with its space, and marks written against the words.</summary>
    private static readonly string[] Separators =
        [" ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", "\n", "\t", ", ", "-", ".", ". ", ".’s ", "(", ") ", "’s ", "'s "];

    /// <summary>Texts of words with one separator between each two, so that no two words run into one.</summary>
    private static Gen<string> WordsApart(string[] words) =>
        Gen.Select(Gen.Int[0, words.Length - 1], Gen.Int[0, Separators.Length - 1]).Select(p => words[p.Item1] + Separators[p.Item2])
            .Array[2, 20].Select(string.Concat);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static TokenLayer Tokens(string text) => Tokenizer.Tokenize(text, []).Tokens;

    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const string NameToken = @"\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*";

    [Fact]
    public void A_name_before_a_position_is_the_one_the_end_anchored_pattern_finds()
    {
        // The patterns the reader stands for, particles ("de", "van der") included.
        var person = new Regex(NamePatterns.PersonName + @"\z", Options);
        var tokens = new Regex(NameToken + @"(?:\s" + NamePatterns.ParticlesBeforeToken + NameToken + @"){1,2}\z", Options);
        Gen.Select(Text, Gen.Int[0, 40], Gen.Int[0, 200]).Sample((text, from, end) =>
        {
            end = Math.Min(end, text.Length);
            from = Math.Min(from, end);
            var window = text[from..end];
            // The reader bounds a name's run without whitespace (TextPatterns.MaxNameTokenLength, against hostile input); the
            // pattern does not, so the two agree only on texts within that bound (run-together pieces can exceed it).
            if (LongestRunWithoutWhitespace(window) > TextPatterns.MaxNameTokenLength) return;
            var layer = Tokens(text);
            var expected = person.Match(window);
            Assert.Equal(expected.Success ? from + expected.Index : -1, NameBeforeEnd.PersonName(layer, from, end));
            var expectedTokens = tokens.Match(window);
            Assert.Equal(expectedTokens.Success ? from + expectedTokens.Index : -1, NameBeforeEnd.NameTokens(layer, from, end, 2, 3));
        });
    }

    private static int LongestRunWithoutWhitespace(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    [Fact]
    public void Coordinated_name_lists_are_the_matches_of_their_pattern()
    {
        const string member = @"(?:the\s)?" + NameToken + @"(?:\s" + NameToken + @"){0,2}";
        // The backtracking engine, whose matches are the leftmost: the non-backtracking one skipped a list after "Jin-ho  " below.
        var pattern = new Regex(member + @"(?:,\s" + member + @"){1,8},?\s(?:and|or)\s" + member, Options);
        // Words the pattern and the tokenizer read alike: no capital inside a word that opens in lower case, no "the" ending a longer word.
        string[] words = ["Anna", "Berg", "UN", "Jin-ho", "O’Brien", "Ø", "Jose\u0301", "Anna2", "x", "the", "the", "The", "and", "and", "or", "andes", "1"];
        string[] separators = [" ", " ", " ", " ", ", ", ", ", ", ", ",", "  ", "\n", "-", ".", "’s ", "’s, "];
        var lists = Gen.Select(Gen.Int[0, words.Length - 1], Gen.Int[0, separators.Length - 1]).Select(p => words[p.Item1] + separators[p.Item2])
            .Array[2, 24].Select(string.Concat);
        var found = 0;
        lists.Sample(text =>
        {
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Interlocked.Add(ref found, expected.Count);
            Assert.Equal(expected, CoordinatedNames.Find(Tokens(text)));
        }, iter: 20_000);
        Assert.True(found > 200, $"only {found} lists in the generated texts");
        const string afterDoubleSpace = "Berg, the\nØ-UN,Jin-ho  Ø Berg, UN, and Jin-ho-x,x";
        Assert.Equal(pattern.Matches(afterDoubleSpace).Select(m => (m.Index, m.Length)), CoordinatedNames.Find(Tokens(afterDoubleSpace)));
        Assert.Equal([(23, 24)], CoordinatedNames.Find(Tokens(afterDoubleSpace)));
        // A list after a word that ends in "the" opens at the name, where the pattern read "the" inside the word as an article.
        Assert.Equal([(6, 26)], CoordinatedNames.Find(Tokens("Bathe Anna Berg Lee, Ola and Kim")));
        // A list that needs every one of its nine members.
        var nine = string.Join(", ", Enumerable.Repeat("Ola", 9)) + " and Kim";
        Assert.Equal([(0, nine.Length)], CoordinatedNames.Find(Tokens(nine)));
    }

    [Fact]
    public void Name_pairs_are_the_matches_of_their_pattern()
    {
        var pattern = new Regex(@"(?<a>\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+){1,2})\sand\s(?<b>\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+){1,2})", Options);
        var found = 0;
        WordsApart(NamePairWords).Sample(text =>
        {
            var expected = pattern.Matches(text).Select(m => (Of(m.Groups["a"]), Of(m.Groups["b"]))).ToList();
            Interlocked.Add(ref found, expected.Count);
            Assert.Equal(expected, NamePairs.Find(Tokens(text)));
        }, iter: 50_000);
        Assert.True(found > 300, $"only {found} pairs in the generated texts");
        // A first name read from inside a run, a combining mark inside a name, and three runs on both sides.
        foreach (var fixture in new[] { "x-Anna Berg and Carl Lee", "Jose\u0301 Lee and Carl Lee", "Ana Berg Lee and Carl Lee Øst" })
        {
            var expected = pattern.Matches(fixture).Select(m => (Of(m.Groups["a"]), Of(m.Groups["b"]))).ToList();
            Assert.Single(expected);
            Assert.Equal(expected, NamePairs.Find(Tokens(fixture)));
        }
    }

    [Fact]
    public void Lower_case_bodies_are_the_matches_of_their_patterns()
    {
        var words = Lexicon.Default.GovernmentBodyWords;
        static string Alternatives(IEnumerable<string> list, string space) => string.Join('|', list.Select(w => Regex.Escape(w).Replace(@"\ ", space)));
        var force = new Regex(@"\b(?<owner>\p{Lu}[\p{L}.]+)(?:’s|'s)?\s(?<body>" + Alternatives(words.ForceHeads, @"\s") + @")\b", Options);
        var owned = new Regex(@"(?:’s|'s|\bthe)\s(?<body>(?:" + Alternatives(words.Fields, " ") + @")\s(?:" + Alternatives(words.BodyHeads, @"\s") + @"))\b", Options);
        var bodies = new LowerCaseBodies(words);
        int forces = 0, owners = 0;
        WordsApart(BodyWords).Sample(text =>
        {
            var tokens = Tokens(text);
            var expectedForces = force.Matches(text).Select(m => (Of(m.Groups["owner"]), m.Index + m.Length)).ToList();
            var expectedOwned = owned.Matches(text).Select(m => Of(m.Groups["body"])).ToList();
            Interlocked.Add(ref forces, expectedForces.Count);
            Interlocked.Add(ref owners, expectedOwned.Count);
            Assert.Equal(expectedForces, bodies.StateForces(tokens));
            Assert.Equal(expectedOwned, bodies.OwnedBodies(tokens));
        }, iter: 20_000);
        Assert.True(forces > 1000 && owners > 150, $"only {forces} forces and {owners} owned bodies in the generated texts");
    }

    [Fact]
    public void Anaphoric_body_phrases_are_the_matches_of_their_pattern()
    {
        var nouns = Lexicon.Default.AnaphoricBodyNouns;
        var pattern = new Regex(@"\b[Tt]he\s(?<noun>" + string.Join('|', nouns) + @")\b", Options);
        var found = 0;
        WordsApart([.. nouns, .. nouns, "programmes", "the", "the", "The", "THE", "bathe", "\u0301the", "Anna", "x", "1", "Jose\u0301"]).Sample(text =>
        {
            var expected = pattern.Matches(text).Select(m => (new Span(m.Index, m.Index + m.Length), m.Groups["noun"].Value)).ToList();
            Interlocked.Add(ref found, expected.Count);
            Assert.Equal(expected, AnaphoricBodyRule.Phrases(Tokens(text), nouns));
        }, iter: 20_000);
        Assert.True(found > 1000, $"only {found} phrases in the generated texts");
    }

    private static Span Of(Group group) => new(group.Index, group.Index + group.Length);
}
