using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A type word inside a job title ("the development cooperation minister", "the UN's humanitarian chief", "the
/// disaster management adviser", "Refugee Relief and Repatriation Commissioner") names the person's office, not the kind of
/// any money: the title noun (job-title-noun of funding-attribute-words.tsv, any letter case) follows the type word, at
/// most two portfolio words or "and" (job-title-portfolio) between, one whitespace character apart. Staff in the plural that
/// an infinitive's verb takes as its object ("to hire humanitarian coordinators", "to train disaster management officers") are
/// what the money pays for, not an office naming a speaker, so their type word stays the money's.</summary>
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
            if (_titles.AnyWithinAnyCase(tokens, word)) return !(IsPlural(tokens, next) && ObjectOfInfinitive(tokens, cue));
            if (between == PortfolioWords || !_portfolio.AnyWithinAnyCase(tokens, word)) return false;
            next = tokens.WordRightAfter(tokens[next].End, ceiling, WordSpacing.OneWhitespace);
        }
        return false;
    }

    private static bool IsPlural(TokenLayer tokens, int title) => tokens.TextOf(title) is [.., not 's', 's'];

    /// <summary>"to hire humanitarian ...": the type word right after a lower-case verb that follows "to".</summary>
    private static bool ObjectOfInfinitive(TokenLayer tokens, Span cue)
    {
        var verb = tokens.WordRightBefore(cue.Start, 0, WordSpacing.OneWhitespace);
        return verb >= 0 && tokens.IsLetters(verb, lowerOnly: true)
               && tokens.IsExactly(tokens.WordRightBefore(tokens[verb].Start, 0, WordSpacing.OneWhitespace), "to");
    }
}
