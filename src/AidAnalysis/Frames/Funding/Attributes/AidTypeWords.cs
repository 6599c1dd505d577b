using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>The aid-type words of the lexicon as they stand around an amount, in the headline and in the whole article; a
/// word in a job title (<see cref="JobTitleTypeWord"/>) or a verb of lending without money to lend (<see cref="LendingWithMoney"/>)
/// names no kind of aid.</summary>
internal sealed class AidTypeWords(Lexicon lexicon)
{
    private readonly PhraseMatcher<AidTypeCue> _cues = new(lexicon.AidTypeCues, c => c.Phrase);
    private readonly JobTitleTypeWord _jobTitle = new(lexicon);
    private readonly LendingWithMoney _lending = new(lexicon);

    private IEnumerable<(AidTypeCue Entry, Span Span)> Find(AnalysisDocument doc, Span scope) =>
        _cues.Find(doc.Words, scope).Where(c => !_jobTitle.Names(doc.Tokens, c.Span) && _lending.Counts(doc, c.Span));

    /// <summary>The type word nearest the amount, preferring one after it ("$15 million in assistance ... humanitarian")
    /// over one before it, which usually describes the amount before.</summary>
    public AidType? Nearest(AnalysisDocument doc, Span scope, Span amount) =>
        Find(doc, scope)
            .Where(c => c.Entry.Type != AidType.Unspecified || !NamePart(doc.Tokens, c.Span))
            .OrderBy(c => c.Span.Start >= amount.End ? 0 : 1)
            .ThenBy(c => c.Span.DistanceTo(amount))
            .Select(c => (AidType?)c.Entry.Type)
            .FirstOrDefault();

    /// <summary>Whether an untracked kind's words are capitalised, so part of a name ("the UN Development Programme"), not a
    /// description of the money. A sentence's first word is capitalised anyway ("Development aid of $X ..."): there it is a name
    /// part only when the word after it is capitalised too ("Development Bank officials said").</summary>
    private static bool NamePart(TokenLayer tokens, Span span)
    {
        var i = tokens.IndexAt(span.Start);
        if (!IsCapitalised(tokens, i)) return false;
        if (!OpensSentence(tokens, i)) return true;
        var next = i + 1;
        return next < tokens.Count && tokens[next].Sentence == tokens[i].Sentence && IsCapitalised(tokens, next);
    }

    private static bool IsCapitalised(TokenLayer tokens, int i) =>
        i < tokens.Count && tokens[i].Shape is TokenShape.Capitalized or TokenShape.Upper;

    /// <summary>Whether no word stands before token <paramref name="i"/> in its sentence (an opening quote may).</summary>
    private static bool OpensSentence(TokenLayer tokens, int i)
    {
        var j = i - 1;
        while (j >= 0 && tokens[j].Sentence == tokens[i].Sentence && !tokens[j].IsWordLike) j--;
        return j < 0 || tokens[j].Sentence != tokens[i].Sentence;
    }

    /// <summary>The aid type the headline names ("Freedonia to double military aid for its neighbour"), if any.</summary>
    public AidType OfHeadline(AnalysisDocument doc)
    {
        var title = doc.Article.Metadata.Title;
        if (title is null || !doc.Text.StartsWith(title, StringComparison.Ordinal)) return AidType.Unspecified;
        return Find(doc, new Span(0, title.Length)).Select(c => c.Entry.Type).FirstOrDefault(t => t != AidType.Unspecified, AidType.Unspecified);
    }

    /// <summary>The aid type the article is clearly about: the only type its words name, more than once.</summary>
    public AidType Dominant(AnalysisDocument doc)
    {
        // Words of untracked kinds (development aid) name no type the article could be about.
        var counts = Find(doc, new Span(0, doc.Text.Length))
            .Where(c => c.Entry.Type != AidType.Unspecified)
            .GroupBy(c => c.Entry.Type).Select(g => (Type: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ToList();
        if (counts.Count == 0) return AidType.Unspecified;
        var runnerUp = counts.Count > 1 ? counts[1].Count : 0;
        return counts[0].Count >= 2 && runnerUp == 0 ? counts[0].Type : AidType.Unspecified;
    }
}
