using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>The phrase layer: lists, appositions, possessives and parentheticals read from tokens, the stage run alone on a
/// document built by hand from its sentences and tokens; sentences written for the tests.</summary>
public class PhraseFinderTests
{
    private static readonly PhraseFinder Finder = new(Lexicon.Default);

    /// <summary>A document holding only its text, sentences and tokens, and the phrase stage run on it.</summary>
    private static (PhraseLayer Phrases, string Text) Find(string text)
    {
        var article = Article.FromText(text, new ArticleMetadata(), "t.txt");
        var sentences = new SentenceSegmenter(Lexicon.Default).Run(new AnalysisDocument(article));
        var tokens = new Tokenizer(Lexicon.Default).Run(sentences);
        var bare = new AnalysisDocument(article) { Sentences = sentences.Sentences, Tokens = tokens.Tokens };
        return (Finder.Run(bare).Phrases, text);
    }

    private static string Of(Span span, string text) => text[span.Start..span.End];

    private static Span SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    [Fact]
    public void A_serial_list_yields_every_member_not_only_the_first_and_last()
    {
        var (phrases, text) = Find("The fund sent tents to Peru, Chile, Bolivia and Ecuador last week.");
        var list = Assert.Single(phrases.Lists);
        Assert.Equal(["Peru", "Chile", "Bolivia", "Ecuador"], list.Members.Select(m => Of(m, text)));
        Assert.Equal("and", Of(list.Coordinator, text));
        Assert.Same(list, phrases.ListContaining(text.IndexOf("Bolivia", StringComparison.Ordinal)));
        Assert.Equal(4, phrases.MembersOf(SpanOf(text, "Chile")).Count);
        Assert.Empty(phrases.MembersOf(SpanOf(text, "tents")));
    }

    [Fact]
    public void A_serial_comma_and_several_word_members_are_read()
    {
        var (phrases, text) = Find("The grant pays for blankets, clean water, and medical kits.");
        Assert.Equal(["blankets", "clean water", "medical kits"], Assert.Single(phrases.Lists).Members.Select(m => Of(m, text)));
    }

    [Fact]
    public void Two_names_joined_by_and_are_a_list_but_two_common_nouns_are_not()
    {
        var (phrases, text) = Find("Ministry of Health and Oxfam signed it. Schools and roads were rebuilt.");
        Assert.Equal(["Ministry of Health", "Oxfam"], Assert.Single(phrases.Lists).Members.Select(m => Of(m, text)));
    }

    [Fact]
    public void A_stretch_between_commas_too_long_for_a_member_ends_the_list()
    {
        var (phrases, text) = Find("When the long rains failed across the whole northern plain, Fiji, Tonga and Samoa sent food.");
        Assert.Equal(["Fiji", "Tonga", "Samoa"], Assert.Single(phrases.Lists).Members.Select(m => Of(m, text)));
    }

    [Fact]
    public void An_appositive_after_a_name_is_read_up_to_its_closing_comma_or_the_sentence_end()
    {
        var (phrases, text) = Find("Mara Lind, a former envoy to the region, said aid was late. Officials met Tomas Berg, the acting minister.");
        Assert.Equal(2, phrases.Appositions.Count);
        var first = phrases.AppositionAfter(SpanOf(text, "Mara Lind"));
        Assert.NotNull(first);
        Assert.Equal("a former envoy to the region", Of(first.Appositive, text));
        Assert.Equal("the acting minister", Of(phrases.AppositionAfter(SpanOf(text, "Tomas Berg"))!.Appositive, text));
        Assert.Null(phrases.AppositionAfter(SpanOf(text, "Mara")));
    }

    [Fact]
    public void An_attribution_or_a_list_comma_opens_no_apposition()
    {
        var (phrases, _) = Find("Aid to Lima, the minister said, will rise. It went to Quito, the capital and the coast.");
        Assert.Empty(phrases.Appositions);
    }

    [Fact]
    public void A_possessive_gives_its_owner_and_the_noun_phrase_it_owns()
    {
        var (phrases, text) = Find("The Ministry of Health’s new cash grant was paid. Donors’ funds ran out. It’s late, and the agency's chief said so.");
        Assert.Equal(3, phrases.Possessives.Count);
        var grant = phrases.PossessiveOf(SpanOf(text, "grant"));
        Assert.NotNull(grant);
        Assert.Equal("Ministry of Health", Of(grant.Owner, text));
        Assert.Equal("new cash grant", Of(grant.Head, text));
        Assert.Equal("grant", Of(grant.HeadWord, text));
        Assert.Equal("Donors", Of(phrases.OwnerOf(SpanOf(text, "funds"))!.Value, text));
        Assert.Equal("chief", Of(phrases.PossessiveAfter(SpanOf(text, "agency"))!.Head, text));
        Assert.Null(phrases.OwnerOf(SpanOf(text, "late")));
    }

    [Fact]
    public void Brackets_dashes_and_attributions_are_parentheticals()
    {
        var (phrases, text) = Find("The agency (ACDA) paid $5 million, he said, in May. Funds — as in past years — arrived. "
            + "According to the ministry, more is due. More is due, officials added.");
        Assert.Equal([ParentheticalKind.Brackets, ParentheticalKind.Attribution, ParentheticalKind.Dashes, ParentheticalKind.Attribution,
            ParentheticalKind.Attribution], phrases.Parentheticals.Select(p => p.Kind));
        Assert.Equal(["ACDA", "he said", "as in past years", "According to the ministry", "officials added"],
            phrases.Parentheticals.Select(p => Of(p.Inner, text)));
        Assert.Equal("(ACDA)", Of(phrases.ParentheticalAt(text.IndexOf("ACDA", StringComparison.Ordinal))!.Span, text));
        Assert.Equal(", he said,", Of(phrases.ParentheticalStartingAt(text.IndexOf("million", StringComparison.Ordinal))!.Span, text));
        Assert.Null(phrases.ParentheticalAt(0));
    }

    [Fact]
    public void A_clause_with_a_reporting_verb_is_no_attribution()
    {
        var (phrases, _) = Find("Rain fell, and the head of the regional office said that aid would come.");
        Assert.Empty(phrases.Parentheticals);
    }

    [Fact]
    public void The_stage_is_declared_after_the_tokens_and_fills_the_document_s_layer()
    {
        var stage = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "phrases");
        Assert.Equal([Layer.Sentences, Layer.Tokens], stage.Needs);
        Assert.Equal([Layer.Phrases], stage.Adds);
        Assert.Single(TestSupport.Process("Aid reached Fiji, Tonga and Samoa.").Phrases.Lists);
    }

    [Fact]
    public void A_long_text_is_read_in_time_linear_in_its_length()
    {
        var text = string.Concat(Enumerable.Repeat("Aid went to Fiji, Tonga and Samoa, a donor’s envoy (UN) said, ", 20_000)) + "and more.";
        var (phrases, _) = Find(text);
        Assert.Equal(20_000, phrases.Parentheticals.Count(p => p.Kind == ParentheticalKind.Brackets));
    }

    /// <summary>A sentence may end at its comma (a paragraph break follows): nothing after it is an appositive, and an attribution
    /// opening the next sentence is that sentence's own. Before, the finder stepped back to the comma and never ended.</summary>
    [Fact]
    public void A_comma_ending_a_sentence_closes_no_appositive_and_the_next_sentence_keeps_its_attribution()
    {
        var (phrases, text) = Find("The envoy spoke,\n\nAccording to the bank, aid rose.");
        var parenthetical = Assert.Single(phrases.Parentheticals);
        Assert.Equal("According to the bank,", text[parenthetical.Span.Start..parenthetical.Span.End]);
        var tokens = TestSupport.Process("The envoy spoke,").Tokens;
        Assert.Equal(-1, AppositionFinder.Close(tokens, tokens.Count, tokens.Count));
    }
}
