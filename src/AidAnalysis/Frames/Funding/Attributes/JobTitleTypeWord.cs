using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A type word inside a job title ("the development cooperation minister", "the UN's humanitarian chief", "the
/// disaster management adviser", "Refugee Relief and Repatriation Commissioner") names the person's office, not the kind of
/// any money: the title noun (job-title-noun of funding-attribute-words.tsv, any letter case) follows the type word, at
/// most two portfolio words or "and" (job-title-portfolio) between, one whitespace character apart.</summary>
internal sealed class JobTitleTypeWord(Lexicon lexicon)
{
    private const int PortfolioWords = 2;

    private readonly AttributeWords.Phrases _titles = new(AttributeWords.Entries(lexicon, "job-title-noun"));
    private readonly AttributeWords.Phrases _portfolio = new(AttributeWords.Entries(lexicon, "job-title-portfolio"));

    /// <summary>Whether the type word at <paramref name="cue"/> stands in a job title.</summary>
    public bool Names(TokenLayer tokens, Span cue)
    {
        var ceiling = tokens.Text.Length;
        var next = tokens.WordRightAfter(cue.End, ceiling, WordSpacing.OneWhitespace);
        for (var between = 0; next >= 0; between++)
        {
            var word = new Span(tokens[next].Start, tokens[next].End);
            if (_titles.AnyWithinAnyCase(tokens, word)) return true;
            if (between == PortfolioWords || !_portfolio.AnyWithinAnyCase(tokens, word)) return false;
            next = tokens.WordRightAfter(tokens[next].End, ceiling, WordSpacing.OneWhitespace);
        }
        return false;
    }
}
