using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The one walk that finds titles, given names, reporting verbs, holders' surnames and person verbs finds, for
/// each list, what a trie of that list alone finds: the longest phrase at a word start, never starting inside its own last one.</summary>
public class PersonWordFinderTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    private static List<Span> Alone(IEnumerable<string> phrases, WordStarts words) =>
        [.. new LiteralTrie<string>(phrases.Select(p => (p, p)), ignoreCase: false).Find(words, new Span(0, words.Text.Length)).Select(m => m.Span)];

    [Theory]
    [InlineData("Deputy Foreign Minister Ansel Varga said on Tuesday that Putin met Donald Okafor, who told reporters he was pleased.")]
    [InlineData("The minister said, adding that Health Minister Mira Osei thanked the envoy; President Lund says he disagreed.")]
    [InlineData("said said  said-said told\nspokesperson’s Minister of Health Minister")]
    public void Each_list_matches_as_its_own_trie_would(string text)
    {
        var words = WordStarts.Of(text);
        var found = new PersonWordFinder(Lexicon).Find(words);
        Assert.Equal(Alone(Lexicon.Titles, words), found.Titles);
        Assert.Equal(Alone(Lexicon.GivenNames, words), found.GivenNames);
        Assert.Equal(Alone(Lexicon.ReportingVerbs.Keys.Where(v => v.Length > 3), words), found.ReportingVerbs.Select(v => v.Span));
        Assert.Equal(Alone(Lexicon.PersonVerbs, words), found.PersonVerbs);
        Assert.NotEmpty(found.Titles);
        Assert.NotEmpty(found.ReportingVerbs);
    }

    [Fact]
    public void A_reporting_verb_keeps_its_lexicon_form()
    {
        var found = new PersonWordFinder(Lexicon).Find(WordStarts.Of("Anna Berg told reporters."));
        Assert.Equal(("told", new Span(10, 14)), Assert.Single(found.ReportingVerbs));
    }
}
