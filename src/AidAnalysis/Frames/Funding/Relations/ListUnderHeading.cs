using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A paragraph that ends in a colon ("The funds will be distributed as follows:", "The new package includes:") heads a list
/// whose lines, one paragraph each, open with an amount ("$2 million to the relief agency for ..."): the lines are the
/// components of the figure the heading speaks of, its own amount, else the news figure told before it in the lines'
/// currency. The lines may not add up to more than that figure; a bullet mark may open a line. Lines of another giver or
/// another year than the whole's, or under a heading that names other givers or earlier years ("Other donors have given:",
/// "Its aid in earlier years was:"), are money beside the whole, not parts of it.
/// </summary>
internal sealed class ListUnderHeading(RelationVocabulary words) : IRelationRule
{
    /// <summary>Lines add up to their whole, give or take the rounding of the amounts.</summary>
    private const double Tolerance = 0.01;

    public void Apply(RelationDraft draft)
    {
        var sentences = draft.Document.Sentences;
        for (var s = 0; s + 1 < sentences.Count; s++)
        {
            if (sentences[s + 1].Paragraph == sentences[s].Paragraph || !EndsInColon(draft, s)) continue;
            var lines = LinesAfter(draft, s);
            if (lines.Count < 2 || NamesElsewhere(draft, s)) continue;
            var whole = Whole(draft, s, lines);
            if (whole < 0) continue;
            foreach (var line in lines) draft.TryLink(line, whole);
        }
    }

    /// <summary>Whether a word of the heading marks its list as other givers' or earlier years' money.</summary>
    private bool NamesElsewhere(RelationDraft draft, int heading)
    {
        var tokens = draft.Document.Tokens;
        return words.ElsewhereHeadings.AnyIn(tokens, tokens.Within(draft.Document.Sentences[heading].Span));
    }

    /// <summary>Whether a line names a giver or a year other than the whole's: money beside it.</summary>
    private static bool Beside(FundingFigure line, FundingFigure whole) =>
        line.Donor is not null && !string.Equals(line.Donor, whole.Donor, StringComparison.OrdinalIgnoreCase)
        || line.Year is { } year && year != whole.Year;

    private static bool EndsInColon(RelationDraft draft, int sentence)
    {
        var tokens = draft.Document.Tokens;
        return tokens.IsMark(tokens.LastEndingBy(draft.Document.Sentences[sentence].Span.End), ':');
    }

    /// <summary>The rows of the paragraphs after the heading that open with an amount, up to the first that does not.</summary>
    private List<int> LinesAfter(RelationDraft draft, int heading)
    {
        var sentences = draft.Document.Sentences;
        var lines = new List<int>();
        var paragraph = sentences[heading].Paragraph;
        for (var s = heading + 1; s < sentences.Count; s++)
        {
            if (sentences[s].Paragraph == paragraph) continue;
            paragraph = sentences[s].Paragraph;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count == 0 || !OpensWith(draft, sentences[s].Span, amounts[0].Mention.Start)) break;
            if (!lines.Contains(amounts[0].Row)) lines.Add(amounts[0].Row);
        }
        return lines;
    }

    /// <summary>The sentence's first token starts the amount, or a bullet mark right before it does.</summary>
    private bool OpensWith(RelationDraft draft, Span sentence, int amount)
    {
        var tokens = draft.Document.Tokens;
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first < tokens.Count && tokens[first].Start == amount) return true;
        return IsBullet(tokens, first) && first + 1 < tokens.Count && tokens[first + 1].Start == amount;
    }

    private bool IsBullet(TokenLayer tokens, int i) => tokens.IsDash(i) || words.ListMarks.Any(m => tokens.IsMark(i, m));

    /// <summary>The heading's own amount, else the nearest news figure before it in the lines' currency; -1 unless the lines
    /// fit inside it.</summary>
    private static int Whole(RelationDraft draft, int heading, List<int> lines)
    {
        var span = draft.Document.Sentences[heading].Span;
        var currency = draft.Figures[lines[0]].Currency;
        var own = draft.AmountsInSentence(heading);
        var whole = own.Count > 0 ? own[^1].Row : draft.NewsBefore(span.Start, currency: currency, where: i => !lines.Contains(i));
        if (whole < 0 || lines.Contains(whole) || draft.Figures[whole].Value is not { } value) return -1;
        if (lines.Any(i => draft.Figures[i].Currency != draft.Figures[whole].Currency || Beside(draft.Figures[i], draft.Figures[whole]))) return -1;
        return lines.Sum(i => draft.Figures[i].Value ?? 0) <= value * (1 + Tolerance) ? whole : -1;
    }
}
