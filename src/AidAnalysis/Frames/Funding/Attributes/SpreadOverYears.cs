using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A programme spread over several years ("every year", "annually", "over four years", "2024 to 2026") has no
/// one year (SCHEMA.md).</summary>
internal sealed partial class SpreadOverYears(AttributeWords words)
{
    [GeneratedRegex(@"\b(?:every|each|per|a)\syear\b(?!\sago)|\bannually\b|\byearly\b|\bmulti-?year\b|\bover\s(?:the\s)?(?:next\s|coming\s|past\s|last\s)?(?:[a-z0-9]+\s)?years\b", TextPatterns.WindowOptions)]
    private static partial Regex MultiYear { get; }


    /// <summary>Multi-year wording or a span of years right around the amount.</summary>
    public static bool Around(string text, Span sentence, Span amount) =>
        text.AsSpan()[Math.Max(sentence.Start, amount.Start - 60)..Math.Min(sentence.End, amount.End + 80)] is var around
        && (MultiYear.IsMatch(around) || YearRange.In(around));

    /// <summary>A spread-over-years reading for the year only: <see cref="Around"/>, or multi-year wording later in the
    /// amount's clause ("$8 million to train nurses in four districts over the coming three years"), or in the next sentence
    /// when it refers back to the money and gives no figure of its own ("This funding will be paid out over two years").</summary>
    public bool ForYear(AnalysisDocument doc, Span sentence, Span amount)
    {
        if (Around(doc.Text, sentence, amount)) return true;
        var clauseEnd = sentence.End;
        foreach (var m in doc.MoneyOverlapping(new Span(amount.End, sentence.End)))
            if (m.ConvertedFrom is null && m.Span.Start >= amount.End) clauseEnd = Math.Min(clauseEnd, m.Span.Start);
        if (clauseEnd > amount.End + 80 && MultiYear.IsMatch(doc.Text.AsSpan()[amount.End..clauseEnd])) return true;
        var index = doc.SentenceIndexAt(amount.Start);
        if (index < 0 || index + 1 >= doc.Sentences.Count || doc.Sentences[index + 1].Paragraph > doc.Sentences[index].Paragraph + 1) return false;
        var next = doc.Sentences[index + 1].Span;
        return OpensWithMoneyAnaphor(doc.Tokens, next) && MultiYear.IsMatch(doc.Text.AsSpan()[next.Start..next.End]) && !doc.MoneyOverlapping(next).Any();
    }

    /// <summary>"The money ...", "This new funding ...": a sentence opening that refers back to the money itself ("It" may
    /// stand for the project the money pays for).</summary>
    private bool OpensWithMoneyAnaphor(TokenLayer tokens, Span sentence)
    {
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= tokens.Count || tokens[first].Start != sentence.Start || !words.OpeningDeterminers.IsWord(tokens, first)) return false;
        var noun = tokens.WordJustAfter(tokens[first].End, sentence.End);
        if (words.OpeningModifiers.IsWord(tokens, noun)) noun = tokens.WordJustAfter(tokens[noun].End, sentence.End);
        return words.OpeningMoneyNouns.IsWord(tokens, noun);
    }
}
