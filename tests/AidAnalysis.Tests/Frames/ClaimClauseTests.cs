using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Attribution shapes across clauses and sentences: coordinated and concessive clauses with their own cue,
/// nested sources, nouns of saying, purpose infinitives, descriptions named later or in apposition, and look-alikes.</summary>
public class ClaimClauseTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Fact]
    public void A_coordinated_clause_with_its_own_subject_and_cue_is_its_own_claim()
    {
        var claims = Claims("Minister Karin Holm said the roads were open, and analysts expect more convoys next week.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("the roads were open", claims[0].Text);
        Assert.Equal("analysts", claims[1].Speaker, ignoreCase: true);
    }

    /// <summary>A relative clause after an inverted cue describes the speaker: the country it names does not speak.</summary>
    [Fact]
    public void A_body_named_in_a_relative_clause_after_the_cue_is_not_the_speaker()
    {
        var claim = Assert.Single(Claims("\"The grain never comes on time,\" said a European diplomat stationed in Lusaka who also handles Malawi."));
        Assert.NotEqual("Malawi", claim.Speaker);
        Assert.StartsWith("a European diplomat", claim.Speaker);
    }

    [Theory]
    [InlineData("Minister Karin Holm told the council that the wells were dry, that the clinics had closed and that the convoy would arrive on Friday.",
        new[] { "the wells were dry", "the clinics had closed", "the convoy would arrive on Friday" })]
    [InlineData("Minister Karin Holm said the plan was sound and that the ministry would publish its accounts.",
        new[] { "the plan was sound", "the ministry would publish its accounts" })]
    public void Coordinated_that_clauses_of_one_verb_of_saying_are_statements_of_their_own(string text, string[] statements)
    {
        var claims = Claims(text);
        Assert.Equal(statements, claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("Karin Holm", c.Speaker));
    }

    [Theory]
    [InlineData("Minister Karin Holm said the plan was sound but cautioned that the bridges near Tavira were still unsafe.")]
    [InlineData("Minister Karin Holm said the plan was sound, but cautioned that the bridges near Tavira were still unsafe.")]
    public void A_verb_of_saying_joined_by_but_to_a_second_verb_ends_its_statement_there(string text)
    {
        var claims = Claims(text);
        Assert.Equal(["the plan was sound", "the bridges near Tavira were still unsafe"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("Karin Holm", c.Speaker));
    }

    [Theory]
    [InlineData("Minister Karin Holm said the aid was divided into grants and that sent as loans.")]
    [InlineData("Minister Karin Holm said the plan was sound, but that the ministry would publish its accounts.")]
    [InlineData("Minister Karin Holm hopes the grant will come and that the ministry will publish its accounts.")]
    public void A_demonstrative_that_a_concession_or_a_verb_of_hope_keeps_one_statement(string text) =>
        Assert.Single(Claims(text));

    [Theory]
    [InlineData("The convoy reached Tavira on Monday, a Korvalan Aid Agency spokeswoman said.", "a Korvalan Aid Agency spokeswoman")]
    [InlineData("Two World Bank officials said the loan would be signed in May.", "Two World Bank officials")]
    [InlineData("The convoy reached Tavira on Monday, said an UNICEF official.", "an UNICEF official")]
    public void An_unnamed_member_of_a_named_body_speaks_as_the_text_names_them(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Claims(text)).Speaker);

    /// <summary>Unnamed speakers named by their role at a conference, in a company or in an aid operation.</summary>
    [Theory]
    [InlineData("Several donor representatives said the fund was moving too slowly.", "Several donor representatives")]
    [InlineData("A senior aid worker, who asked not to be named, told reporters that many clinics had closed.", "A senior aid worker")]
    [InlineData("Shipping executives say the port will reopen next month.", "executives")]
    public void An_unnamed_speaker_named_by_a_role_speaks_as_the_text_names_them(string text, string speaker) =>
        Assert.Contains(speaker, Assert.Single(Claims(text)).Speaker, StringComparison.Ordinal);

    [Fact]
    public void A_role_in_apposition_after_a_name_leaves_the_name_the_speaker()
    {
        var claim = Assert.Single(Claims("\"The roads are open,\" said Dagny Solberg, a World Bank official."));
        Assert.Equal("Dagny Solberg", claim.Speaker);
    }

    [Fact]
    public void A_coordinated_clause_without_a_cue_stays_in_the_statement()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm said the roads were open, and the trucks were moving north."));
        Assert.EndsWith("the trucks were moving north", claim.Text);
    }

    [Fact]
    public void A_concessive_clause_with_its_own_speaker_is_its_own_claim()
    {
        var claims = Claims("President Ana Lind claimed the aid had doubled, though economists believe she counted the loans twice.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("Ana Lind", claims[0].Speaker);
        Assert.DoesNotContain("economists", claims[0].Text);
        Assert.Equal("she counted the loans twice", claims[1].Text);
    }

    [Fact]
    public void A_source_after_an_inner_attribution_reports_the_whole_of_it()
    {
        var claims = Claims("Senior officials told lawmakers that the fund was empty, according to people familiar with the talks.");
        Assert.Equal(2, claims.Count);
        var source = claims.Single(c => c.Cue == "according to");
        Assert.Contains("people familiar with the talks", source.Speaker, StringComparison.Ordinal);
        Assert.StartsWith("Senior officials told lawmakers", source.Text);
        var inner = claims.Single(c => c.Cue == "told");
        Assert.Equal("the fund was empty", inner.Text);
    }

    [Fact]
    public void Claims_by_a_person_named_in_apposition_are_that_persons()
    {
        var claims = Claims("Asked about claims by the envoy, Karin Holm, that her country had paid for the pumps, Minister Tomas Berg said the pumps were still at the port.");
        var claim = claims.Single(c => c.Speaker == "Karin Holm");
        Assert.Equal("her country had paid for the pumps", claim.Text);
        Assert.Equal("the pumps were still at the port", claims.Single(c => c.Speaker == "Tomas Berg").Text);
    }

    [Fact]
    public void A_participle_after_a_mid_sentence_attribution_is_the_speakers_next_act()
    {
        var claims = Claims("Most wells in the valley are dry, Minister Karin Holm said, renewing her call for water trucks.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Karin Holm", c.Speaker));
        Assert.Equal("Most wells in the valley are dry", claims[0].Text);
        Assert.StartsWith("renewing her call for water trucks", claims[1].Text);
    }

    [Fact]
    public void A_description_named_only_later_is_that_person()
    {
        var claims = Claims("The Foreign Secretary today announced new funding for the clinics.\nThe clinics serve four towns.\nForeign Secretary Karin Holm said the clinics would reopen in May.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Karin Holm", c.Speaker));
        Assert.StartsWith("announced new funding", claims[0].Text);
    }

    [Fact]
    public void A_stance_verb_keeps_its_object_noun_before_that()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm pushed for written guarantees that the ferry would keep running."));
        Assert.StartsWith("pushed for written guarantees that the ferry", claim.Text);
    }

    [Fact]
    public void A_title_then_the_name_in_apposition_speaks()
    {
        var claim = Assert.Single(Claims("The Minister of Relief, Karin Holm, disclosed that the camps were full."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("the camps were full", claim.Text);
    }

    [Fact]
    public void Disclosed_this_names_who_made_the_statement_before()
    {
        var claim = Assert.Single(Claims("The government said its reservoirs were half empty. The Minister of Water, Karin Holm, disclosed this on local radio."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("its reservoirs were half empty", claim.Text);
    }

    [Fact]
    public void A_purpose_infinitive_of_a_stance_verb_is_the_clause_subjects_statement()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm phoned President Tomas Berg to convey her sympathy for the flood victims."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.StartsWith("convey her sympathy", claim.Text);
    }

    [Theory]
    [InlineData("Minister Karin Holm was the first to express support for the plan.")]
    [InlineData("Minister Karin Holm wants to condemn the attack on the convoy.")]
    [InlineData("The agency announced Thursday.")]
    public void Infinitives_of_intention_and_bare_time_words_are_no_claims(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void A_quote_attributed_after_an_abbreviation_is_one_claim()
    {
        var claim = Assert.Single(Claims("“We must act now,” U.S. Envoy Karin Holm told the meeting."));
        Assert.Equal(ClaimKind.Quote, claim.Kind);
        Assert.Equal("Karin Holm", claim.Speaker);
    }

    [Fact]
    public void A_group_speaker_is_named_as_written_and_not_across_a_comma()
    {
        var claim = Assert.Single(Claims("Later, the U.S. government affirmed that the grain would arrive by June."));
        Assert.Equal("the U.S. government", claim.Speaker);
    }
}
