using AidAnalysis.Model;
using AidAnalysis.Text.Clauses;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>The tense of the clause a month without a year stands in, which says which occurrence of the month it names:
/// "will provide $X in October" is the coming October, "delivered $X in October" the last one. The verb nearest before the
/// month decides ("said in March that it will" is a past March), else the first one after it ("In October, X will");
/// words of time-expression-words.tsv, a regular past form ending in "-ed".</summary>
internal sealed class MonthTense
{
    private static readonly WordSet To = new(["to"], caseSensitive: true);

    private readonly WordSet _futureAuxiliaries, _futureToHeads, _pastForms, _passiveAuxiliaries, _speechVerbs;

    public MonthTense(IReadOnlyDictionary<string, IReadOnlyList<string>> words)
    {
        _futureAuxiliaries = new WordSet(TimeExpressionGaps.Class(words, "future-auxiliary"), caseSensitive: true);
        _futureToHeads = new WordSet(TimeExpressionGaps.Class(words, "future-to-head"), caseSensitive: true);
        _pastForms = new WordSet(TimeExpressionGaps.Class(words, "past-form"), caseSensitive: true);
        _passiveAuxiliaries = new WordSet(TimeExpressionGaps.Class(words, "passive-auxiliary"), caseSensitive: true);
        _speechVerbs = new WordSet(TimeExpressionGaps.Class(words, "speech-verb"), caseSensitive: true);
    }

    /// <summary>The year of month <paramref name="month"/> named at <paramref name="phrase"/> by its clause's tense: the
    /// coming occurrence (this one included) in a future clause, the last one (this one included) in a past clause; null
    /// where the clause tells neither.</summary>
    public int? YearOf(TokenLayer tokens, ClauseLayer clauses, Span phrase, int month, DateOnly date)
    {
        if (clauses.ClauseAt(phrase.Start) is not { } clause) return null;
        return TenseOf(tokens, clause, phrase) switch
        {
            Tense.Future => month >= date.Month ? date.Year : date.Year + 1,
            Tense.Past => month <= date.Month ? date.Year : date.Year - 1,
            _ => null,
        };
    }

    /// <summary>A speech verb right before the month is dated by it ("said in March"); further back, what follows it is its
    /// reported clause ("said the country needs $X before December"), whose own tense the speech verb does not tell.</summary>
    private Tense TenseOf(TokenLayer tokens, Span clause, Span phrase)
    {
        var right = tokens.LastEndingBy(phrase.Start);
        for (var i = right; i >= 0 && tokens[i].Start >= clause.Start; i--)
        {
            if (tokens.IsAny(i, _speechVerbs)) return i == right ? Tense.Past : Tense.None;
            // ", approved in June": a participle opening a reduced clause carries no tense, and the verb before it is another clause's.
            if (tokens.EndsInEd(i, minLength: 5) && tokens.Is(i - 1, ",")) return Tense.None;
            if (At(tokens, i) is var before and not Tense.None) return before;
        }
        for (var i = tokens.FirstStartingFrom(phrase.End); i < tokens.Count && tokens[i].End <= clause.End; i++)
            if (At(tokens, i) is var after and not Tense.None) return after;
        return Tense.None;
    }

    /// <summary>The tense token <paramref name="i"/> marks: a future modal, "to" after a word that points ahead ("is to",
    /// "plans to", "pledged to"; such a word before its "to" tells nothing itself), a past form, or a word ending in "-ed" that is no passive participle ("be needed" leaves the
    /// tense to the auxiliary before it).</summary>
    private Tense At(TokenLayer tokens, int i)
    {
        if (!tokens.IsLetters(i, lowerOnly: true)) return Tense.None;
        if (tokens.IsAny(i, _futureAuxiliaries)) return Tense.Future;
        if (tokens.IsAny(i, To))
            return tokens.IsAny(i - 1, _futureToHeads) ? Tense.Future : Tense.None;
        if (tokens.IsAny(i, _futureToHeads) && tokens.IsAny(i + 1, To)) return Tense.None;
        if (tokens.IsAny(i, _pastForms)) return Tense.Past;
        return tokens.EndsInEd(i, minLength: 5) && !tokens.IsAny(i - 1, _passiveAuxiliaries) ? Tense.Past : Tense.None;
    }

    private enum Tense { None, Future, Past }
}
