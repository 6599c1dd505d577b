using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>The funding attribute rules that read the token layer around an amount, each on sentences written for the tests.</summary>
public class AttributeTokenRuleTests
{
    private static readonly AttributeWords Words = new(Lexicon.Default);

    private static (AnalysisDocument Doc, Span Sentence, Span Amount) Read(string text, string amount, int occurrence = 0)
    {
        var doc = TestSupport.Process(text);
        var start = -1;
        for (var i = 0; i <= occurrence; i++) start = text.IndexOf(amount, start + 1, StringComparison.Ordinal);
        return (doc, new Span(0, text.Length), new Span(start, start + amount.Length));
    }

    [Fact]
    public void The_amount_a_change_starts_from_is_the_earlier_one()
    {
        var rule = new ChangedFrom(Words);
        var (doc, sentence, from) = Read("The grant was cut to $2 million from about $5 million.", "$5 million");
        Assert.True(rule.Holds(doc, sentence, from));
        var (_, _, to) = Read("The grant was cut to $2 million from about $5 million.", "$2 million");
        Assert.False(rule.Holds(doc, sentence, to));
    }

    [Fact]
    public void Part_of_a_whole_named_before_the_amount()
    {
        var rule = new PartOfWhole(Words);
        var (doc, sentence, amount) = Read("The sum is part of the earlier $10 million commitment.", "$10 million");
        Assert.True(rule.Holds(doc.Tokens, sentence, amount));
        var (other, otherSentence, otherAmount) = Read("The sum is part. Of the rest, $10 million went to schools.", "$10 million");
        Assert.False(rule.Holds(other.Tokens, otherSentence, otherAmount));
    }

    [Fact]
    public void Part_of_a_whole_is_bounded_by_its_words_not_by_their_length()
    {
        var rule = new PartOfWhole(Words);
        // "part" starts 32 characters before the amount: the chain "part of their <word>" still reaches it.
        var (doc, sentence, amount) = Read("The sum is part of their intergovernmental $10 million pledge.", "$10 million");
        Assert.True(rule.Holds(doc.Tokens, sentence, amount));
        var (two, twoSentence, twoAmount) = Read("The sum is part of their new joint $10 million pledge.", "$10 million");
        Assert.False(rule.Holds(two.Tokens, twoSentence, twoAmount));
    }

    [Fact]
    public void A_programme_owns_its_figure_by_an_under_phrase_or_names_it_before()
    {
        var rule = new ProgrammeFigure(Words);
        var (doc, sentence, amount) = Read("The tranche comes under its $2 billion credit facility.", "$2 billion");
        Assert.True(rule.Holds(doc.Tokens, sentence, amount));
        var (named, namedSentence, namedAmount) = Read("The bank approved a programme of $1 billion.", "$1 billion");
        Assert.True(rule.Holds(named.Tokens, namedSentence, namedAmount));
        var (gift, giftSentence, giftAmount) = Read("Freedonia gave $5 million to the Red Cross.", "$5 million");
        Assert.False(rule.Holds(gift.Tokens, giftSentence, giftAmount));
    }

    [Fact]
    public void A_programme_head_is_reached_by_its_qualifying_words_not_their_length()
    {
        var rule = new ProgrammeFigure(Words);
        // The head stands 51 characters after the amount, behind two qualifiers.
        var (doc, sentence, amount) = Read("The tranche comes under the country's $3 billion internationally-supported reconstruction-oriented programme.", "$3 billion");
        Assert.True(rule.Holds(doc.Tokens, sentence, amount));
    }

    [Fact]
    public void Money_released_to_a_named_receiver_but_not_to_a_verb()
    {
        var (doc, sentence, amount) = Read("The fund released $4 million in aid to Freedonia.", "$4 million");
        Assert.True(ReleasedToReceiver.Holds(doc.Tokens, sentence, amount));
        var (help, helpSentence, helpAmount) = Read("The fund released $4 million to help farmers.", "$4 million");
        Assert.False(ReleasedToReceiver.Holds(help.Tokens, helpSentence, helpAmount));
    }

    [Fact]
    public void Released_is_reached_by_the_words_between_not_their_length()
    {
        // "released" starts 26 characters before the amount, one word between.
        var (doc, sentence, amount) = Read("The fund released an extraordinary $4 million to Freedonia.", "$4 million");
        Assert.True(ReleasedToReceiver.Holds(doc.Tokens, sentence, amount));
        var (far, farSentence, farAmount) = Read("The fund released a new and extra $4 million to Freedonia.", "$4 million");
        Assert.False(ReleasedToReceiver.Holds(far.Tokens, farSentence, farAmount));
    }

    [Fact]
    public void Future_tense_of_the_clause()
    {
        var rule = new FutureTense(Words);
        var (doc, sentence, _) = Read("The $3 million is to be spent on wells.", "$3 million");
        Assert.True(rule.In(doc.Tokens, sentence));
        var (past, pastSentence, _) = Read("The $3 million was spent on wells.", "$3 million");
        Assert.False(rule.In(past.Tokens, pastSentence));
    }

    [Fact]
    public void A_total_word_shortly_before_the_amount()
    {
        var rule = new TotalAt(Words);
        var (doc, sentence, amount) = Read("Donors gave, in all, $9 million.", "$9 million");
        Assert.True(rule.Holds(doc.Tokens, amount, sentence));
        // "total" starts more than five words before the amount: it speaks of something else.
        var (far, farSentence, farAmount) = Read("The total rose after the long dry summer season to $9 million.", "$9 million");
        Assert.False(rule.Holds(far.Tokens, farAmount, farSentence));
    }

    [Fact]
    public void A_total_word_after_of_the_names_the_whole_not_the_amount()
    {
        var rule = new TotalAt(Words);
        var (part, partSentence, partAmount) = Read("Norway's share of the total was $4 million.", "$4 million");
        Assert.False(rule.Holds(part.Tokens, partAmount, partSentence));
        var (own, ownSentence, ownAmount) = Read("The fund kept part of its total, some $4 million.", "$4 million");
        Assert.False(rule.Holds(own.Tokens, ownAmount, ownSentence));
        // "of a total of": the amount is the total itself.
        var (whole, wholeSentence, wholeAmount) = Read("Schools got half out of a total of $4 million.", "$4 million");
        Assert.True(rule.Holds(whole.Tokens, wholeAmount, wholeSentence));
    }

    [Fact]
    public void A_total_word_is_counted_in_words_before_the_amount()
    {
        var rule = new TotalAt(Words);
        // Four words back, though 40 characters: the amount is the total.
        var (doc, sentence, amount) = Read("Donors pledged sums totalling an unprecedented humanitarian $9 million.", "$9 million");
        Assert.True(rule.Holds(doc.Tokens, amount, sentence));
        // Eight words back, though 28 characters: the amount is the size of a cut, not the total.
        var (cut, cutSentence, cutAmount) = Read("The total is to be cut by up to $9 million.", "$9 million");
        Assert.False(rule.Holds(cut.Tokens, cutAmount, cutSentence));
        // Four words back and 25 characters, but behind a comma that closes the total's clause.
        var (other, otherSentence, otherAmount) = Read("Lenders gave most of the total, while donors gave $9 million.", "$9 million");
        Assert.False(rule.Holds(other.Tokens, otherAmount, otherSentence));
        // A comma that closes an opening adverbial sets the total word off; "Of the total," names the whole of a part.
        var (opening, openingSentence, openingAmount) = Read("In total, the ministry received $9 million.", "$9 million");
        Assert.True(rule.Holds(opening.Tokens, openingAmount, openingSentence));
        var (part, partSentence, partAmount) = Read("Of the total, about $9 million went to clinics.", "$9 million");
        Assert.False(rule.Holds(part.Tokens, partAmount, partSentence));
    }

    [Fact]
    public void A_modal_whose_verb_takes_the_amount()
    {
        var rule = new ModalVerbOfAmount(Words);
        var (doc, sentence, amount) = Read("The ministry said it would also invest another $2 million.", "$2 million");
        Assert.True(rule.Holds(doc.Tokens, sentence, amount));
        var (past, pastSentence, pastAmount) = Read("The ministry invested another $2 million.", "$2 million");
        Assert.False(rule.Holds(past.Tokens, pastSentence, pastAmount));
    }

    [Fact]
    public void A_channel_participle_says_nothing_of_the_status_unless_after_be()
    {
        var rule = new ChannelParticiples(Words);
        var cue = new FundingCue("distributed", FundingStatus.Delivered, true);
        const string channel = "The $1 million, distributed through the Red Cross, helps farmers.";
        var doc = TestSupport.Process(channel);
        var at = channel.IndexOf("distributed", StringComparison.Ordinal);
        Assert.Empty(rule.Removed(doc.Tokens, [(cue, new Span(at, at + 11))]));
        const string future = "The $1 million will be distributed through the Red Cross.";
        var later = TestSupport.Process(future);
        var there = future.IndexOf("distributed", StringComparison.Ordinal);
        Assert.Single(rule.Removed(later.Tokens, [(cue, new Span(there, there + 11))]));
    }

    [Fact]
    public void Only_approximations_and_determiners_stand_between_a_need_and_its_amount()
    {
        var gap = new AmountGap(Words);
        const string text = "The agency needs more than $5 million, and in March $2 million.";
        var doc = TestSupport.Process(text);
        var needs = text.IndexOf("needs", StringComparison.Ordinal) + 5;
        Assert.True(gap.IsGoverned(doc.Tokens, new Span(needs, text.IndexOf("$5", StringComparison.Ordinal))));
        var comma = text.IndexOf(", and", StringComparison.Ordinal);
        Assert.False(gap.IsGoverned(doc.Tokens, new Span(comma, text.IndexOf("$2", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_running_total_participle_after_the_amount_ends_its_clause()
    {
        var tail = new RunningTotalTail(Lexicon.Default, Words);
        const string text = "Freedonia will send $5 million, which raises its total since 2020 to $40 million.";
        var (doc, sentence, amount) = Read(text, "$5 million");
        Assert.Equal(text.IndexOf(", which", StringComparison.Ordinal), tail.ClauseEnd(doc.Tokens, amount, sentence));
        var (plain, plainSentence, plainAmount) = Read("Freedonia will send $5 million, the ministry said.", "$5 million");
        Assert.Equal(plainSentence.End, tail.ClauseEnd(plain.Tokens, plainAmount, plainSentence));
    }

    [Fact]
    public void The_running_total_verbs_are_one_list_of_forms()
    {
        var verbs = Lexicon.Default.RunningTotalVerbs;
        Assert.Contains("bringing", verbs["participle"]);
        Assert.Contains("brings", verbs["third"]);
        Assert.Contains("brought", verbs["past"]);
        var wording = new RunningTotalWording(Lexicon.Default);
        Assert.True(AidAnalysis.Tests.Lexicons.RunningTotalVerbsTests.EndsBefore(wording, "The grant brought total support for the region to "));
        Assert.False(AidAnalysis.Tests.Lexicons.RunningTotalVerbsTests.EndsBefore(wording, "The grant went to "));
    }
}
