using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// Bylines and credits, anchored on each "by": "By Jane Doe" opening a line, or after a dateline's credit ("(AP) — By Jane
/// Doe"), is the article's author; "Photo by X", "(Reporting by X and Y; Editing by Z)" credit their names with the work done.
/// </summary>
internal sealed class Bylines(Lexicon lexicon)
{
    /// <summary>The credit words as written: "Reporting", "reporting", not "REPORTING".</summary>
    private readonly WordSet _creditWords = TextPatterns.SpanWordSet(lexicon.CreditWords);

    /// <param name="named">The characters a known name covers: a byline's name stops at one and may not hold one.</param>
    public List<EntityMention> Find(TokenLayer tokens, bool[] named)
    {
        var text = tokens.Text;
        var bylines = new List<EntityMention>();
        Span<Span> names = stackalloc Span[NamesAfterBy.MostNames];
        for (var by = 0; by < tokens.Count; by++)
        {
            var from = IsFrom(tokens, by);
            if (!from && !IsBy(tokens, by)) continue;
            var at = tokens[by].Start;
            // "Reporting by": a credit word right before, one whitespace character between.
            var credit = tokens.SpacedFromPrevious(by, WordSpacing.OneWhitespace) && IsCreditWord(tokens, by - 1) ? tokens[by - 1].Start : -1;
            // "from" credits only in the credit formula opening a line ("With assistance from"), not in a sentence.
            if (from && (credit < 0 || !OpensWithCredit(tokens, by - 2))) continue;
            var isByline = credit < 0;
            if (isByline && !tokens.OpensLineOrList(by) && !AfterCredit(tokens, by)) continue;
            var count = NamesAfterBy.Read(tokens, by, names);
            foreach (var name in names[..count])
            {
                // A byline's name ends with its line, before the dateline below it.
                var line = text.IndexOf('\n', name.Start, name.Length);
                var span = line > 0 ? new Span(name.Start, line) : name;
                // "By EMMA HOLT Associated Press": an all-capitals name runs on into the outlet, where the name ends.
                var outlet = named.AsSpan(span.Start, span.Length).IndexOf(true);
                if (outlet > 0 && text[span.Start + outlet - 1] == ' ' && IsAllCapitals(text.AsSpan(span.Start, outlet - 1)))
                    span = new Span(span.Start, span.Start + outlet - 1);
                if (!text.AsSpan(span.Start, span.Length).Contains(' ') || named.AsSpan(span.Start, span.Length).Contains(true)) continue;
                bylines.Add(new EntityMention(span, MentionType.Byline, text[span.Start..span.End], isByline ? PersonRecognizer.BylineRole : CreditRole(tokens, by - 1, by, from ? " from" : " by")));
            }
        }
        return bylines;
    }

    /// <summary>"by" or "By" (not "BY"), as the lexicon-free anchor of every byline and credit.</summary>
    private static bool IsBy(TokenLayer tokens, int index) =>
        tokens[index].Kind == TokenKind.Word && tokens.TextOf(index) is "by" or "By";

    /// <summary>"(AP) — By": the byline runs on after a dateline's bracketed agency credit and its dash, on the same line.</summary>
    private static bool AfterCredit(TokenLayer tokens, int by) =>
        by >= 2 && tokens.IsDash(by - 1) && tokens.IsMark(by - 2, ')') && !tokens.BreaksLineBefore(by) && !tokens.BreaksLineBefore(by - 1);

    /// <summary>"from", the anchor of a credit that opens with "With".</summary>
    private static bool IsFrom(TokenLayer tokens, int index) =>
        tokens[index].Kind == TokenKind.Word && tokens.TextOf(index) is "from";

    /// <summary>Whether token <paramref name="with"/> is "With" opening its line, after nothing but marks ("--With", "(With").</summary>
    private static bool OpensWithCredit(TokenLayer tokens, int with)
    {
        if (with < 0 || tokens[with].Kind != TokenKind.Word || tokens.TextOf(with) is not "With") return false;
        var first = with;
        while (first > 0 && tokens[first - 1].Kind != TokenKind.Word && !tokens.BreaksLineBefore(first)) first--;
        return first == 0 || tokens.BreaksLineBefore(first);
    }

    private bool IsCreditWord(TokenLayer tokens, int index) =>
        tokens[index].Kind == TokenKind.Word && _creditWords.Contains(tokens.TextOf(index));

    /// <summary>"Additional reporting by", "Photo by": the credit's words from its credit word <paramref name="credit"/> back to the
    /// start of its line or list item (after a line break, ";", "(" or ","), and its <paramref name="anchor"/> (" by", " from") dropped.</summary>
    private static string CreditRole(TokenLayer tokens, int credit, int by, string anchor)
    {
        var text = tokens.Text;
        var start = tokens[credit].Start;
        var lineStart = tokens.LastStopBeforeToken(credit, 0, static (t, at) => t[at] is ';' or '(' or ',') + 1;
        var phrase = text[lineStart..start].Trim() + " " + text[start..tokens[by].End];
        return phrase.Replace(anchor, "", StringComparison.Ordinal).Trim();
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> words)
    {
        foreach (var c in words)
            if (char.IsLower(c)) return false;
        return true;
    }
}
