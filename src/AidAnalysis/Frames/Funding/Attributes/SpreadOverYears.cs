using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A programme spread over several years ("every year", "annually", "over four years", "2024 to 2026") has no
/// one year (SCHEMA.md). The wording is read on the tokens with the word classes of funding-attribute-words.tsv, as written.</summary>
internal sealed class SpreadOverYears(AttributeWords words, YearRange range, SinceEarlierStart sinceStart, SpanToLaterYear spanToLaterYear)
{
    /// <summary>How far before and after the amount <see cref="Around"/> reads.</summary>
    private const int Before = 60, After = 80;

    /// <summary>Multi-year wording or a span of years right around the amount.</summary>
    public bool Around(TokenLayer tokens, Span sentence, Span amount) => Around(tokens, sentence, amount, rates: true);

    /// <summary>Without <paramref name="rates"/>, wording before the amount counts only inside its clause: in "pledged £1bn
    /// over five years, down from the £1.6bn it gave in 2020" the span belongs to the first sum.</summary>
    private bool Around(TokenLayer tokens, Span sentence, Span amount, bool rates)
    {
        var start = Math.Max(sentence.Start, amount.Start - Before);
        if (!rates)
        {
            var (first, end) = tokens.Within(new Span(start, amount.Start));
            for (var i = end - 1; i >= first; i--)
                if (tokens.IsMark(i, ',') || tokens.IsMark(i, ';'))
                {
                    start = tokens[i].End;
                    break;
                }
        }
        var around = new Span(start, Math.Min(sentence.End, amount.End + After));
        return MultiYear(tokens, around, rates) || range.In(tokens, around);
    }

    /// <summary>A spread-over-years reading for the year only: <see cref="Around"/>, or multi-year wording later in the
    /// amount's clause ("$8 million to train nurses in four districts over the coming three years"), or in the next sentence
    /// when it refers back to the money and gives no figure of its own ("This funding will be paid out over two years"), or a
    /// period in that clause that ends in a later year (<see cref="SpanToLaterYear"/>).</summary>
    public bool ForYear(AnalysisDocument doc, Span sentence, Span amount) => Reads(doc, sentence, amount, rates: true);

    /// <summary><see cref="ForYear"/> without a yearly rate ("EUR 2 billion a year from 2027", "$50 billion annually by
    /// 2030"), which a year the text names may still date: one sum spread over several years ("$1.1 billion over ten
    /// years", "a multi-year programme", "for the period 2027-2030", "through 2027") has no year at all, not even the
    /// written-out year of its announcement (SCHEMA.md).</summary>
    public bool Spreads(AnalysisDocument doc, Span sentence, Span amount) => Reads(doc, sentence, amount, rates: false);

    private bool Reads(AnalysisDocument doc, Span sentence, Span amount, bool rates)
    {
        // "committed $2.5 billion over five years, the Emirates $2 billion": multi-year wording in the clause of another amount
        // of the sentence spreads that amount, not the one after it.
        var own = new Span(ClauseAfterEarlierAmount(doc, sentence, amount), sentence.End);
        if (Around(doc.Tokens, own, amount, rates) || sinceStart.Counts(doc, sentence, amount)) return true;
        var clauseEnd = sentence.End;
        foreach (var m in doc.MoneyOverlapping(new Span(amount.End, sentence.End)))
            if (m.ConvertedFrom is null && m.Span.Start >= amount.End) clauseEnd = Math.Min(clauseEnd, m.Span.Start);
        if (clauseEnd > amount.End + After && MultiYear(doc.Tokens, new Span(amount.End, clauseEnd), rates)) return true;
        // "$1.6 billion to roll out the shots through 2030": the clause's period ends in a later year.
        if (spanToLaterYear.In(doc, new Span(amount.End, clauseEnd))) return true;
        var index = doc.SentenceIndexAt(amount.Start);
        if (index < 0 || index + 1 >= doc.Sentences.Count || doc.Sentences[index + 1].Paragraph > doc.Sentences[index].Paragraph + 1) return false;
        var next = doc.Sentences[index + 1].Span;
        return OpensWithMoneyAnaphor(doc.Tokens, next) && MultiYear(doc.Tokens, next, rates) && !doc.MoneyOverlapping(next).Any();
    }

    /// <summary>Where the clause of <paramref name="amount"/> starts when another amount of the sentence stands before it (not
    /// the one it restates in another currency): after the last comma or semicolon between the two when the clause names a
    /// giver of its own, so wording that follows the other amount stays with it; else the sentence's start, so "Over five
    /// years, A will give £X, including £Y" still spreads £Y.</summary>
    private static int ClauseAfterEarlierAmount(AnalysisDocument doc, Span sentence, Span amount)
    {
        var source = doc.MoneyOverlapping(amount).FirstOrDefault(m => m.Span == amount)?.ConvertedFrom is int i ? doc.Money[i] : null;
        var earlier = sentence.Start;
        foreach (var m in doc.MoneyOverlapping(new Span(sentence.Start, amount.Start)))
            if (m.Span.Start >= sentence.Start && m.Span.End <= amount.Start && !ReferenceEquals(m, source)) earlier = Math.Max(earlier, m.Span.End);
        if (earlier == sentence.Start) return earlier;
        var (first, end) = doc.Tokens.WhollyWithin(new Span(earlier, amount.Start));
        for (var t = end - 1; t >= first; t--)
            if (doc.Tokens.IsMark(t, ',') || doc.Tokens.IsMark(t, ';'))
                return NamesGiver(doc, new Span(doc.Tokens[t].End, amount.Start)) ? doc.Tokens[t].End : sentence.Start;
        return sentence.Start;
    }

    /// <summary>Whether the clause has a giver of its own: a state, an organisation or a person right before the amount, as
    /// in a list of givers ("the Emirates $2 billion"), or followed by a verb of giving ("while Korea pledged"). "and £120m
    /// for Sudan", "including $29 billion" and a receiver ("with Ethiopia getting €120 million") continue the amount before,
    /// and share its span of years.</summary>
    private static bool NamesGiver(AnalysisDocument doc, Span stretch)
    {
        foreach (var e in doc.EntitiesIn(stretch))
        {
            if (e.Type is not (MentionType.Country or MentionType.Organization or MentionType.Person)) continue;
            if (doc.Text.AsSpan(e.Span.End, stretch.End - e.Span.End).IsWhiteSpace()) return true;
            foreach (var cue in doc.Cues.StartingIn(new Span(e.Span.End, stretch.End)))
                if (cue.Kind == CueKind.Funding && cue.End <= stretch.End && doc.Cues.FundingEntry(cue).IsGivingVerb) return true;
        }
        return false;
    }

    /// <summary>"multi-year", "over the next three years" inside <paramref name="scope"/>, and with <paramref name="rates"/>
    /// a yearly rate too: "every year" (not "a year ago"), "annually".</summary>
    private bool MultiYear(TokenLayer tokens, Span scope, bool rates)
    {
        var (first, end) = tokens.WhollyWithin(scope);
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            if (rates && words.YearQuantifiers.IsWord(tokens, i) && tokens.WordRightAfter(tokens[i].End, scope.End, WordSpacing.OneWhitespace) is var year and >= 0
                && words.YearNouns.IsWord(tokens, year) && !Ago(tokens, year, scope.End))
                return true;
            if (rates && Spelled(tokens, i, words.YearlyWords, scope.End) || Spelled(tokens, i, words.SpreadWords, scope.End)) return true;
            if (words.YearsOver.IsWord(tokens, i) && OverYears(tokens, i, scope.End)) return true;
        }
        return false;
    }

    private static bool Spelled(TokenLayer tokens, int i, string[] spellings, int ceiling)
    {
        foreach (var spelling in spellings)
            if (tokens.SpelledFrom(i, spelling, ceiling) >= 0) return true;
        return false;
    }

    /// <summary>Whether "ago" (or a word it opens) follows the year one whitespace character on, inside the scope.</summary>
    private bool Ago(TokenLayer tokens, int year, int ceiling)
    {
        var next = year + 1;
        if (next >= tokens.Count || tokens[next].Start != tokens[year].End + 1 || !char.IsWhiteSpace(tokens.Text[tokens[year].End])) return false;
        foreach (var ago in words.YearAgo)
            if (tokens.TextOf(next).StartsWith(ago) && tokens[next].Start + ago.Length <= ceiling) return true;
        return false;
    }

    /// <summary>"over" then "the", a span word ("next") and one word of lower-case letters or digits, each optional in that
    /// order, then "years", one whitespace character apart.</summary>
    private bool OverYears(TokenLayer tokens, int over, int ceiling)
    {
        Span<int> after = stackalloc int[4];
        var count = 0;
        for (var i = tokens.WordRightAfter(tokens[over].End, ceiling, WordSpacing.OneWhitespace); i >= 0 && count < after.Length; i = tokens.WordRightAfter(tokens[i].End, ceiling, WordSpacing.OneWhitespace))
        {
            after[count++] = i;
            if (words.YearsNouns.IsWord(tokens, i) && Optional(tokens, after[..(count - 1)])) return true;
        }
        return false;
    }

    /// <summary>Whether the words fill the optional slots "the", a span word and a lower-case word or number, in order.</summary>
    private bool Optional(TokenLayer tokens, ReadOnlySpan<int> filled)
    {
        var slot = 0;
        foreach (var i in filled)
        {
            while (slot < 3 && !Fits(tokens, i, slot)) slot++;
            if (slot++ == 3) return false;
        }
        return true;
    }

    private bool Fits(TokenLayer tokens, int i, int slot) => slot switch
    {
        0 => words.YearsDeterminers.IsWord(tokens, i),
        1 => words.YearsSpans.IsWord(tokens, i),
        _ => LowerOrDigits(tokens.TextOf(i)),
    };

    private static bool LowerOrDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) return false;
        return word.Length > 0;
    }

    /// <summary>"The money ...", "This new funding ...": a sentence opening that refers back to the money itself ("It" may
    /// stand for the project the money pays for).</summary>
    private bool OpensWithMoneyAnaphor(TokenLayer tokens, Span sentence)
    {
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= tokens.Count || tokens[first].Start != sentence.Start || !words.OpeningDeterminers.IsWord(tokens, first)) return false;
        var noun = tokens.WordRightAfter(tokens[first].End, sentence.End, WordSpacing.OneWhitespace);
        if (words.OpeningModifiers.IsWord(tokens, noun)) noun = tokens.WordRightAfter(tokens[noun].End, sentence.End, WordSpacing.OneWhitespace);
        return words.OpeningMoneyNouns.IsWord(tokens, noun);
    }
}
