using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"The regional development bank approved a $40 million grant for flood-resilient housing": a development bank
/// or monetary fund finances projects, so a crisis word its sentence names (a flood, refugees, water supply) says what
/// the project answers, not that the money is relief: a lender's money is financial (SCHEMA.md: bank lending programmes,
/// reconstruction funding given to a government) unless the amount's own clause names emergency relief itself ("a $2
/// million grant from its disaster response fund", "emergency assistance", "humanitarian") or the relief goods it buys
/// ("to provide tents and food", "to feed children", "in food aid"). The clause ends where a comma and a conjunction
/// open another party's ("..., while UN agencies launched an emergency appeal").</summary>
internal sealed class LenderProject(AttributeWords words)
{
    /// <summary>Whether the clause of <paramref name="amount"/> in <paramref name="sentence"/> names emergency relief or
    /// relief goods, which keeps a lender's money humanitarian.</summary>
    public bool NamesRelief(TokenLayer tokens, Span sentence, Span amount)
    {
        var clause = OwnClause(tokens, sentence, amount);
        return words.ReliefActWords.AnyWithinAnyCase(tokens, clause) || words.ReliefGoodsWords.AnyWithinAnyCase(tokens, clause);
    }

    /// <summary>The sentence up to the first semicolon, or comma and conjunction, after the amount.</summary>
    private Span OwnClause(TokenLayer tokens, Span sentence, Span amount)
    {
        var (_, end) = tokens.Within(sentence);
        for (var i = tokens.IndexAt(amount.End); i < end; i++)
            if (tokens.IsMark(i, ';') || tokens.IsMark(i, ',') && words.ClauseConjunctions.IsWord(tokens, i + 1))
                return new Span(sentence.Start, tokens[i].Start);
        return sentence;
    }
}
