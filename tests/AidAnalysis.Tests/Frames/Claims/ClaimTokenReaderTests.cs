using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The claims' token readers that replaced character readers find what those found, on generated texts of the
/// pieces the old readers cared about; each test counts the cases it met, so that a generator that stopped producing them
/// fails rather than passes on texts without them. The old readers are kept here as the reference.</summary>
public class ClaimTokenReaderTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static AnalysisDocument Document(string text)
    {
        var doc = new AnalysisDocument(Article.FromText(text, new ArticleMetadata(), "test.txt"));
        return doc with { Tokens = Tokenizer.Tokenize(doc.Text, []).Tokens };
    }

    /// <summary>Words and marks of a claim's text: hedges and negations alone and inside longer words, contractions, numbers
    /// with separators, and the closing marks and spaces a claim is trimmed of. No underscore: the token layer keeps it
    /// inside a word, where the old reader parted words at it.</summary>
    private static readonly string[] ClaimPieces =
        [
            "may", "May", "mayor", "not", "no", "nothing", "could", "reportedly", "never", "without", "don’t", "isn’t", "don't", "n’t",
            "1,500", "3.5", "5n’t", "not-for-profit", "O’Brien", "aid", "rain", "Jean-Paul", "’s", "-", "'", "’", ".", "“", "(",
            " ", " ", " ", " ", ", ", ",", ";", ":", " ,", "\n", "  ",
        ];

    private static readonly Gen<string> ClaimText =
        Gen.Int[0, ClaimPieces.Length - 1].Select(i => ClaimPieces[i]).Array[1, 16].Select(string.Concat);

    [Fact]
    public void A_claims_text_hedges_and_negations_are_what_the_character_reader_found()
    {
        var texts = new ClaimTexts(Lexicon.Default);
        var reference = new CharacterClaimText(Lexicon.Default);
        var speaker = new Speaker("X", null, ActorKind.Person);
        int trimmed = 0, hedged = 0, negated = 0, contracted = 0;
        Gen.Select(ClaimText, Gen.Int[0, 200], Gen.Int[0, 200]).Sample((text, a, b) =>
        {
            var doc = Document(text);
            var (start, end) = (Math.Min(Math.Min(a, b), doc.Text.Length), Math.Min(Math.Max(a, b), doc.Text.Length));
            // A span that cuts a number after its separator ("1," of "1,500") the character reader trimmed of the separator;
            // no claim ends inside a number.
            var cut = doc.Tokens.IndexAt(end - 1);
            if (end > 0 && cut < doc.Tokens.Count && doc.Tokens[cut].Kind == TokenKind.Number && doc.Tokens[cut].End > end) return;
            var draft = new Attribution(speaker, ClaimKind.Reported, "said", new Span(start, end), false);
            var expected = reference.ToClaim(doc, draft);
            var claim = texts.ToClaim(doc, draft, "c1");
            Assert.Equal(expected, (claim.Span, claim.Text, claim.Hedged, claim.Negated));
            if (claim.Span.End < end) Interlocked.Increment(ref trimmed);
            if (claim.Hedged) Interlocked.Increment(ref hedged);
            if (claim.Negated) Interlocked.Increment(ref negated);
            if (claim.Text.Contains("n’t", StringComparison.Ordinal)) Interlocked.Increment(ref contracted);
        }, iter: 20_000);
        Assert.True(trimmed > 500 && hedged > 200 && negated > 1000 && contracted > 500,
            $"only {trimmed} trimmed, {hedged} hedged, {negated} negated, {contracted} contracted claims in the generated texts");
    }

    /// <summary>Words and marks around an attribution after a quotation: quotation marks, line breaks, full stops.</summary>
    private static readonly string[] AttributionPieces =
        ["said", "the", "UN", "U.S.", "chief", "“", "”", "\"", "‘", "’", "\n", " \n", "\n ", " ", " ", " ", ", ", ".", "(", "3.5", "1,500", "aid-chief", "Chief", "O’Brien"];

    private static readonly Gen<string> AttributionText =
        Gen.Int[0, AttributionPieces.Length - 1].Select(i => AttributionPieces[i]).Array[1, 20].Select(string.Concat);

    [Fact]
    public void An_attribution_stops_at_the_quotation_mark_or_line_break_the_character_search_found()
    {
        int quotes = 0, breaks = 0;
        Gen.Select(AttributionText, Gen.Int[0, 120], Gen.Int[0, 120]).Sample((text, a, b) =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            var (start, end) = (Math.Min(Math.Min(a, b), text.Length), Math.Min(Math.Max(a, b), text.Length));
            var expected = text.IndexOfAny(['“', '"', '‘', '\n'], start, end - start);
            Assert.Equal(expected, tokens.FirstQuoteOrLineBreak(new Span(start, end)));
            if (expected >= 0) Interlocked.Increment(ref text[expected] == '\n' ? ref breaks : ref quotes);
        }, iter: 20_000);
        Assert.True(quotes > 2000 && breaks > 2000, $"only {quotes} quotation marks and {breaks} line breaks in the generated spans");
    }

    [Fact]
    public void A_title_before_a_name_is_among_the_words_the_character_reader_read_back_to_the_clause_stop()
    {
        // The character reader read a window of 40 characters; the token reader reads the same four words of the clause
        // however long they are written, so the reference here reads the whole text before the name.
        int held = 0, cut = 0;
        Gen.Select(AttributionText, Gen.Int[0, 120]).Sample((text, at) =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            // Names start where a token does.
            at = at % (tokens.Count + 1) is var i && i < tokens.Count ? tokens[i].Start : text.Length;
            var before = text.AsSpan(0, at);
            var stop = before.LastIndexOfAny(".\n(\"“”");
            var clause = before[(stop + 1)..];
            var expected = CharacterLastWordsHold(clause, 4, "chief");
            Assert.Equal(expected, TitleHolders.LastWordsHold(tokens, at, 4, "chief"));
            if (expected) Interlocked.Increment(ref held);
            if (stop >= 0 && before[(stop + 1)..].Contains("chief", StringComparison.OrdinalIgnoreCase)) Interlocked.Increment(ref cut);
        }, iter: 20_000);
        Assert.True(held > 400 && cut > 1000, $"only {held} titled names and {cut} cut clauses in the generated texts");
    }

    /// <summary>The character reader <see cref="TitleHolders.LastWordsHold"/> replaced.</summary>
    private static bool CharacterLastWordsHold(ReadOnlySpan<char> phrase, int count, string word)
    {
        for (int i = phrase.Length, seen = 0; i > 0 && seen < count;)
        {
            while (i > 0 && !ClaimWordReader.IsWordChar(phrase[i - 1])) i--;
            var end = i;
            while (i > 0 && ClaimWordReader.IsWordChar(phrase[i - 1])) i--;
            if (end <= i) continue;
            if (phrase[i..end].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            seen++;
        }
        return false;
    }

    /// <summary>Words around a free relative: "what" and "which" alone and inside words, words of the regex's class (letters,
    /// digits, full stops, apostrophes, hyphens) and marks outside it; one whitespace character after most, two or none after some.</summary>
    private static readonly string[] RelativeWords =
        ["what", "what", "which", "which", "What", "somewhat", "whatever", "doctors", "U.S.", "O’Brien", "aid-chief", "call", "say", "1,500", "3.5",
         "x_y", "’s", "-", ".", ",", ":", "(", "“", "\"", "²"];

    private static readonly string[] RelativeSeparators = [" ", " ", " ", " ", " ", " ", " ", "  ", "\n", "\t", "", ", "];

    private static readonly Gen<string> RelativeText =
        Gen.Select(Gen.Int[0, RelativeWords.Length - 1], Gen.Int[0, RelativeSeparators.Length - 1])
            .Select(p => RelativeWords[p.Item1] + RelativeSeparators[p.Item2]).Array[1, 16].Select(string.Concat);

    [Fact]
    public void Free_relatives_and_their_statements_end_where_the_pattern_and_the_character_search_found()
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"\b(?:what|which)\s(?:(?<word>[\p{L}\p{N}.'’-]+)\s){2,5}",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        int openings = 0, ends = 0;
        Gen.Select(RelativeText, Gen.Int[0, 150], Gen.Int[0, 150]).Sample((text, a, b) =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            // A sentence starts where a token does, and ends anywhere.
            var start = a % (tokens.Count + 1) is var first && first < tokens.Count ? tokens[first].Start : text.Length;
            var end = Math.Max(start, Math.Min(b, text.Length));
            var expected = new List<List<Span>>();
            for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
                expected.Add([.. m.Groups["word"].Captures.Select(c => new Span(c.Index, c.Index + c.Length))]);
            var found = new List<List<Span>>();
            var words = new Span[5];
            for (var next = tokens.FirstStartingFrom(start); next < tokens.Count && tokens[next].Start < end;)
            {
                var opening = next++;
                if (!tokens.IsExactly(opening, "what") && !tokens.IsExactly(opening, "which")) continue;
                var count = EmbeddedAttributionRule.RelativeOpening(tokens, opening, new Span(start, end), words, ref next);
                if (count > 0) found.Add([.. words[..count]]);
            }
            Assert.Equal(expected, found);
            Interlocked.Add(ref openings, expected.Count);
            var stop = text.AsSpan(start, end - start).IndexOfAny(",;:“”\"()");
            Assert.Equal(stop < 0 ? -1 : start + stop, EmbeddedAttributionRule.StatementEnd(tokens, new Span(start, end)));
            if (stop >= 0) Interlocked.Increment(ref ends);
        }, iter: 20_000);
        Assert.True(openings > 1000 && ends > 5000, $"only {openings} free relatives and {ends} statement ends in the generated texts");
    }

    /// <summary>Words around a rejected charge, in the order the construction puts them (joint, article, charge noun, subject,
    /// auxiliaries and adverbs, denial verb), each slot with words that fit and words that do not ("charges", "denying", "x_y");
    /// one whitespace character after most words, two or none after some. No letter follows the verb after an apostrophe
    /// ("denies’x"): the token layer reads that as one word, where the pattern's \b ended the verb at the apostrophe.</summary>
    private static readonly string[][] ChargeSlots =
        [
            [",", ",", ";", "–", "—", "--", "---", "-", "x"],
            ["a", "an", "the", "the", "The"],
            ["charge", "claim", "allegation", "charges", "Y"],
            ["Y", "U.S.", "O’Brien", "the", "ministry", "1,500", "has", "it", "they", "x_y", "’s", "denies", ""],
            ["Y", "ministry", "has", "also", "(", "", "", ""],
            ["Y", "ministry", "of", "health", "", "", "", ""],
            ["has", "have", "strongly", "also", "", "", ""],
            ["flatly", "firmly", "", "", ""],
            ["denies", "rejected", "dispute", "refutes", "denying", "Denies", "denies’s ", "x"],
        ];

    private static readonly string[] ChargeSeparators = [" ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", "\n", ""];

    private static readonly Gen<string> ChargePhrase =
        Gen.Int[0, 1000].Array[ChargeSlots.Length * 2].Select(picks => string.Concat(ChargeSlots.Select((slot, k) =>
        {
            var word = slot[picks[2 * k] % slot.Length];
            return word.Length == 0 ? "" : word + ChargeSeparators[picks[2 * k + 1] % ChargeSeparators.Length];
        })));

    private static readonly Gen<string> ChargeText = ChargePhrase.Array[1, 3].Select(string.Concat);

    [Fact]
    public void Rejected_charges_are_the_matches_of_their_pattern()
    {
        var lexicon = Lexicon.Default;
        static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.Distinct().OrderByDescending(p => p.Length).Select(System.Text.RegularExpressions.Regex.Escape));
        var pattern = new System.Text.RegularExpressions.Regex(@"(?:[,;–—]|--)\s(?<charge>(?:a|an|the)\s(?:" + Alternation(lexicon.ChargeNouns)
            + @")\s(?<subject>(?:[\p{L}\p{N}.'’-]+\s){1,5}?)(?:has\s|have\s|had\s|strongly\s|firmly\s|flatly\s|also\s)*(?<verb>"
            + Alternation(lexicon.DenialVerbs) + @"))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var rule = new RejectedChargeRule(lexicon, null!);
        var found = 0;
        Gen.Select(ChargeText, Gen.Int[0, 150], Gen.Int[0, 150]).Sample((text, a, b) =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            // A sentence starts where a token does, and ends anywhere.
            var start = a % (tokens.Count + 1) is var first && first < tokens.Count ? tokens[first].Start : text.Length;
            var end = Math.Max(start, Math.Min(b, text.Length));
            var window = new Span(start, end);
            var expected = new List<(int, Span, Span, string)>();
            for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                var subject = m.Groups["subject"];
                var charge = m.Groups["charge"];
                expected.Add((m.Index, new Span(subject.Index, subject.Index + subject.Length), new Span(charge.Index, charge.Index + charge.Length), m.Groups["verb"].Value));
            }
            var actual = new List<(int, Span, Span, string)>();
            for (var i = tokens.FirstStartingFrom(start); i < tokens.Count && tokens[i].Start < end; i++)
            {
                if (rule.ChargeDenied(tokens, i, window) is not { } d) continue;
                var verbEnd = Math.Min(tokens[d.Verb].End, end);
                actual.Add((tokens[i].Start, d.Subject, new Span(d.Charge, verbEnd), text[tokens[d.Verb].Start..verbEnd]));
                i = d.Verb;
            }
            Assert.Equal(expected, actual);
            Interlocked.Add(ref found, expected.Count);
        }, iter: 50_000);
        Assert.True(found > 300, $"only {found} rejected charges in the generated texts");
    }

    /// <summary>The character reader <see cref="ClaimTexts"/> replaced.</summary>
    private sealed class CharacterClaimText(Lexicon lexicon)
    {
        public (Span, string, bool, bool) ToClaim(AnalysisDocument doc, Attribution draft)
        {
            while (draft.Span.Length > 1 && doc.Text[draft.Span.End - 1] is ',' or ';' or ':' or ' ')
                draft = draft with { Span = draft.Span with { End = draft.Span.End - 1 } };
            draft = draft with { Span = draft.Span with { Start = ClaimDateline.End(doc.Context.Dateline, draft.Span) } };
            var text = doc.Text[draft.Span.Start..draft.Span.End];
            var (hedge, negation) = MarkersIn(text);
            return (draft.Span, text, draft.HedgedCue || hedge, negation || Contracted(doc.Tokens, draft.Span));
        }

        /// <summary>Whether a "n't" or "n’t" clitic token lies whole inside <paramref name="span"/>: the contraction rule
        /// reads the tokenizer's clitic, which the character reader did not know.</summary>
        private static bool Contracted(TokenLayer tokens, Span span)
        {
            for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].End <= span.End; i++)
                if (tokens[i].Kind == TokenKind.Clitic && tokens.Text[tokens[i].Start..tokens[i].End].Replace('’', '\'').Equals("n't", StringComparison.OrdinalIgnoreCase))
                    return true;
            return false;
        }

        private (bool Hedge, bool Negation) MarkersIn(string phrase)
        {
            var (hedge, negation) = (false, false);
            for (var i = 0; i < phrase.Length;)
            {
                while (i < phrase.Length && !ClaimWordReader.IsWordChar(phrase[i])) i++;
                var start = i;
                while (i < phrase.Length && ClaimWordReader.IsWordChar(phrase[i])) i++;
                if (i == start) continue;
                var word = phrase[start..i];
                hedge |= lexicon.Hedges.Contains(word);
                negation |= lexicon.Negations.Contains(word);
            }
            return (hedge, negation);
        }
    }
}
