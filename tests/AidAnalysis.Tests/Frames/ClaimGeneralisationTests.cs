using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Constructions of attribution met in news copy beyond the dev corpus: coordinated that-clauses, descriptions
/// before a final cue, long adjuncts after it, figures and data as sources, thousands separators inside an aside.
/// Every fixture is written for these tests.</summary>
public class ClaimGeneralisationTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Fact]
    public void A_title_between_a_quotation_and_told_names_the_speaker_not_the_hearer()
    {
        var claim = Claims("Water Minister Amina Oduya toured the dam on Monday.\n\n\u201CWe will not leave the valley without water,\u201D the minister told the BBC in Kisumu.")
            .Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Amina Oduya", claim.Speaker);
    }

    [Fact]
    public void A_title_before_a_final_cue_names_the_holder_and_keeps_the_statement()
    {
        var claim = Claims("Water Minister Amina Oduya toured the dam on Monday.\n\nThe dam will reopen in June after repairs, the minister said.")
            .Single(c => c.Text.Contains("dam will reopen", StringComparison.Ordinal));
        Assert.Equal("Amina Oduya", claim.Speaker);
        Assert.Equal("The dam will reopen in June after repairs", claim.Text);
    }

    [Theory]
    [InlineData("Oxfam will send 200 tonnes of maize to the Tarvo region, Oxfam said yesterday.")]
    [InlineData("Oxfam will send 200 tonnes of maize to the Tarvo region, Oxfam announced on Friday during a trip to the river port of Kiri.")]
    public void A_final_cue_followed_only_by_adjuncts_closes_the_statement_before_it(string text)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal("Oxfam", claim.Speaker);
        Assert.Equal("Oxfam will send 200 tonnes of maize to the Tarvo region", claim.Text);
    }

    [Fact]
    public void A_cue_after_its_subject_and_before_a_clause_opens_the_statement()
    {
        var claim = Assert.Single(Claims("In a statement, Foreign Minister Ola Berg said Oslo would send tents to the camps."));
        Assert.Equal("Ola Berg", claim.Speaker);
        Assert.Equal("Oslo would send tents to the camps", claim.Text);
    }

    [Fact]
    public void A_clause_after_a_final_cue_brings_its_own_statement()
    {
        var claims = Claims("Norway will send tents to the Tarvo camps, Oxfam said on Friday, as the Red Cross warned that the winter would be harsh.");
        Assert.Contains(claims, c => c.Speaker == "Oxfam" && c.Text == "Norway will send tents to the Tarvo camps");
        Assert.Contains(claims, c => c.Text == "the winter would be harsh");
    }

    [Fact]
    public void The_subject_of_a_clause_joined_after_a_final_cue_does_not_speak_the_statement_before_it()
    {
        var claim = Claims("Korea will give 3 billion won to the Tarvo camps, its embassy said Monday, as relief workers warned that the winter would be hard.")
            .Single(c => c.Text.StartsWith("Korea", StringComparison.Ordinal));
        Assert.Equal("its embassy", claim.Speaker);
    }

    [Fact]
    public void The_lender_stands_for_the_international_lender_named_before()
    {
        var claim = Assert.Single(Claims("The Asian Development Bank will lend $80 million for flood defences in Tarvo, the lender said yesterday."));
        Assert.Equal("Asian Development Bank", claim.Speaker);
    }

    [Theory]
    [InlineData("Just a fifth of the Tarvo appeal has been met, UN figures show.", "Just a fifth of the Tarvo appeal has been met")]
    [InlineData("Data from the World Bank show that two of the five bridges were finished.", "two of the five bridges were finished")]
    public void Figures_and_data_that_show_something_are_their_owners_statement(string text, string statement)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Contains(claim.Speaker, new[] { "UN", "United Nations", "World Bank" });
        Assert.Equal(statement, claim.Text);
    }

    [Theory]
    [InlineData("More than 9,000 families returned to Tarvo last month, according to U.N. estimates.", "United Nations")]
    [InlineData("More than 9,000 families returned to Tarvo last month, according to ministry data.", "ministry")]
    public void According_to_figures_names_their_owner(string text, string speaker)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("More than 9,000 families returned to Tarvo last month", claim.Text);
    }

    private const string ReleaseWithQuotedStatement =
        "Norway gives 40 million crowns to Tarvo\n\nMinister Ola Berg said:\n\n" +
        "\"We will help the families of Tarvo through this winter. No family should be left without shelter.\"\n\n" +
        "\"Our grant will reach the camps within days, and it will keep clinics open.\"\n\n" +
        "The Tarvo governor, Jon Kaas, welcomed the grant. He said the camps were full.";

    [Fact]
    public void The_releases_own_voice_resumes_after_a_statement_given_as_quoted_paragraphs()
    {
        var claims = Claims(ReleaseWithQuotedStatement);
        Assert.DoesNotContain(claims, c => c.Speaker == "Ola Berg" && (c.Text.Contains("Kaas", StringComparison.Ordinal) || c.Text.Contains("camps were full", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quoted_paragraph_of_a_statement_is_not_claimed_twice()
    {
        var spans = Claims(ReleaseWithQuotedStatement).Where(c => c.Speaker == "Ola Berg").OrderBy(c => c.Span.Start).ToList();
        Assert.NotEmpty(spans);
        for (var i = 1; i < spans.Count; i++) Assert.True(spans[i - 1].Span.End <= spans[i].Span.Start, $"{spans[i - 1].Text} / {spans[i].Text}");
    }

    [Fact]
    public void A_participle_after_a_quotations_attribution_is_a_further_statement()
    {
        var claims = Claims("\u201CWe hope the tents arrive before the winter,\u201D Oxfam said, adding that the charity would keep watching the situation in Tarvo.");
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Speaker == "Oxfam" && c.Text == "the charity would keep watching the situation in Tarvo");
    }

    [Fact]
    public void Caution_in_its_bare_present_form_is_a_cue()
    {
        var claim = Assert.Single(Claims("Analysts caution against trusting the early harvest estimates."));
        Assert.Equal("Analysts", claim.Speaker);
    }

    [Fact]
    public void A_thousands_separator_inside_an_aside_does_not_end_it()
    {
        var claim = Assert.Single(Claims("The World Food Programme, which trucks about 2,500 tonnes of grain a month to the valley, said it needed $10 million."));
        Assert.Equal("World Food Programme", claim.Speaker);
    }

    [Theory]
    [InlineData("According to the UN refugee agency UNHCR, 9,000 families returned to Tarvo last month.", "UN Refugee Agency")]
    [InlineData("According to the UN's World Food Programme, the Tarvo camps have food for two weeks.", "World Food Programme")]
    [InlineData("According to UN agencies and the Red Cross, the Kiri camps are full.", "United Nations")]
    public void According_to_names_the_head_of_its_source_phrase(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Claims(text)).Speaker);

    [Fact]
    public void According_to_a_description_then_a_name_in_apposition_is_the_named_persons_statement()
    {
        var claim = Claims("Oxfam criticised the cut. According to its director, Jan Peeters, Dutch charities have closed projects in 20 countries.")
            .Single(c => c.Cue == "according to");
        Assert.Equal("Jan Peeters", claim.Speaker);
        Assert.Equal("Dutch charities have closed projects in 20 countries", claim.Text);
    }

    [Fact]
    public void A_title_at_the_end_of_a_sentence_does_not_title_a_name_in_the_next()
    {
        var claim = Claims("Canada sends boots to Tarvo\n\nTarvo's ambassador to Canada welcomed the boots.\n\"Our soldiers need them now,\" the ambassador said.\n\n(Reporting by Anna Kowal in Ottawa; Editing by Tom Reed)")
            .Single(c => c.Kind == ClaimKind.Quote);
        Assert.NotEqual("Anna Kowal", claim.Speaker);
    }

    [Theory]
    [InlineData("The Ministry of Interior accused Oxfam of hoarding fuel in Tarvo, a charge Oxfam rejects.", "Oxfam", "a charge Oxfam rejects")]
    [InlineData("Local officials say the convoy was looted by the Karo militia, an allegation the Karo militia has denied.", "Karo militia", "an allegation the Karo militia has denied")]
    public void An_appositive_charge_with_a_denial_is_the_deniers_statement(string text, string denier, string denial)
    {
        var claims = Claims(text);
        var claim = Assert.Single(claims, c => c.Text == denial);
        Assert.Contains(denier, claim.Speaker, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => c != claim && c.Text.Contains(denial, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Humanitarian partners warn that the bridge to Kiri will stay closed until March.", "Humanitarian partners", "the bridge to Kiri will stay closed")]
    [InlineData("Village chiefs in Tarvo said families had run out of seed.", "Village chiefs", "families had run out of seed")]
    [InlineData("Opposition senators criticised the cabinet for freezing the Tarvo relief fund.", "Opposition senators", "criticised the cabinet for freezing")]
    [InlineData("Some researchers question whether the new dam can hold another flood.", "Some researchers", "question whether the new dam can hold")]
    public void Unnamed_speakers_of_aid_reporting_and_verbs_of_criticism_make_claims(string text, string speaker, string fragment)
    {
        var claim = Assert.Single(Claims(text));
        Assert.StartsWith(speaker, claim.Speaker, StringComparison.Ordinal);
        Assert.Contains(fragment, claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tarvo is facing what the World Bank calls the worst drought in forty years.", "World Bank", "the worst drought in forty years")]
    [InlineData("The coast is bracing for a second cyclone, which forecasters say could flood the Kiri valley.", "forecasters", "could flood the Kiri valley")]
    public void A_relative_clause_whose_subject_names_or_reports_is_that_subjects_statement(string text, string speaker, string statement)
    {
        var claim = Assert.Single(Claims(text), c => c.Speaker == speaker);
        Assert.Equal(statement, claim.Text);
    }

    [Theory]
    // A speaker in apposition before the cue says the clause after it (not "the army" saying the apposition).
    [InlineData("Tomasz Wrobel, the agency's director, said the army had reached Kiri.", "Tomasz Wrobel", "the army had reached Kiri")]
    [InlineData("Ireland's envoy, Ruth Abebe, said Ireland would send more tents.", "Ruth Abebe", "Ireland would send more tents")]
    // An event heard by the speaker is no statement; a verb of emphasis reports.
    [InlineData("Kessa will build 40 new wells by June, Deputy Minister Arno Vestergaard told a forum on Tuesday.", "Arno Vestergaard", "Kessa will build 40 new wells by June")]
    [InlineData("Relief coordinator Lina Moravec underscored that the clinics had run out of insulin.", "Lina Moravec", "the clinics had run out of insulin")]
    public void The_speaker_named_with_the_cue_says_the_whole_statement(string text, string speaker, string statement)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(statement, claim.Text);
    }
}
