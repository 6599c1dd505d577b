using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>One fixture per attribution shape the claim rules read, and look-alikes that attribute nothing.</summary>
public class ClaimRuleTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Fact]
    public void A_dateline_is_not_part_of_the_statement()
    {
        var claim = Assert.Single(Claims("OSLOVIA, May 26 (Newswire) - The fund will open in June, Minister Karin Holm said."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.StartsWith("The fund will open in June", claim.Text);
    }

    [Fact]
    public void Mid_sentence_attribution_keeps_both_parts()
    {
        var claim = Assert.Single(Claims("The money, Minister Karin Holm said, will arrive in May."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.StartsWith("The money", claim.Text);
        Assert.EndsWith("will arrive in May", claim.Text);
    }

    [Fact]
    public void Mid_sentence_according_to_keeps_both_parts()
    {
        var claim = Assert.Single(Claims("The convoy, according to Minister Karin Holm, will leave on Friday."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.StartsWith("The convoy", claim.Text);
        Assert.EndsWith("will leave on Friday", claim.Text);
    }

    [Theory]
    [InlineData("Minister Karin Holm condemned the attack on the convoy.", "condemned the attack on the convoy")]
    [InlineData("Minister Karin Holm expressed sympathy for the families of the victims.", "expressed sympathy for the families")]
    [InlineData("Minister Karin Holm called it a lifeline for the northern towns.", "called it a lifeline")]
    [InlineData("Minister Karin Holm called on donors to double their pledges.", "called on donors")]
    public void A_stance_verb_with_its_object_is_the_statement(string text, string start)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.StartsWith(start, claim.Text);
    }

    [Theory]
    [InlineData("Minister Karin Holm warns that the harvest will fail.", "warns", false)]
    [InlineData("Minister Karin Holm estimated that the harvest will fail.", "estimated", true)]
    [InlineData("Minister Karin Holm highlights that the harvest will fail.", "highlights", false)]
    public void Every_inflection_of_a_lexicon_verb_is_a_cue(string text, string cue, bool hedged)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(cue, claim.Cue);
        Assert.Equal("the harvest will fail", claim.Text);
        Assert.Equal(hedged, claim.Hedged);
    }

    [Theory]
    [InlineData("Minister Karin Holm pledged new tents on Monday, saying the camps were full.")]
    [InlineData("Minister Karin Holm pledged new tents on Monday, stressing that the camps were full.")]
    public void A_participle_after_a_comma_takes_the_clause_subject(string text)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("the camps were full", claim.Text);
    }

    [Fact]
    public void A_pronoun_after_a_quote_does_not_resolve_to_a_name_inside_the_quote()
    {
        var quote = Assert.Single(Claims("Envoy Tomas Berg spoke on Monday.\n“Minister Karin Holm was right about the bridge,” he said."));
        Assert.Equal("Tomas Berg", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_sentence_subject_not_a_person_named_as_an_object()
    {
        var claim = Claims("Envoy Tomas Berg praised the leadership of President Ivo Dan. He said the loan was ready.")
            .Single(c => c.Text.Contains("loan", StringComparison.Ordinal));
        Assert.Equal("Tomas Berg", claim.Speaker);
    }

    [Fact]
    public void A_title_alone_names_its_holder_or_itself()
    {
        Assert.Equal("Foreign Secretary", Assert.Single(Claims("The Foreign Secretary said the bridge would reopen.")).Speaker);
        var claim = Claims("Prime Minister Ana Lind visited the port on Monday. The prime minister also announced that the port would reopen.")
            .Single(c => c.Text.Contains("reopen", StringComparison.Ordinal));
        Assert.Equal("Ana Lind", claim.Speaker);
    }

    [Fact]
    public void A_statement_introduced_by_said_colon_runs_sentence_by_sentence()
    {
        var claims = Claims("Minister Karin Holm said:\nThe bridge will reopen in May. We will fund the repairs.\nWe stand with the towns.");
        Assert.Equal(["The bridge will reopen in May", "We will fund the repairs", "We stand with the towns"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("Karin Holm", c.Speaker));
    }

    [Fact]
    public void A_sentence_final_has_announced_attributes_what_comes_before()
    {
        var claims = Claims("The fund will double this year, Foreign Minister Karin Holm has announced.\n“We are very concerned about the camps in the north.”");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Karin Holm", c.Speaker));
        Assert.Equal("The fund will double this year", claims[0].Text);
        Assert.Equal(ClaimKind.Quote, claims[1].Kind);
    }

    [Fact]
    public void A_contrasting_clause_with_its_own_speaker_is_its_own_claim()
    {
        var claims = Claims("Minister Karin Holm said the camps were full, while Envoy Tomas Berg said the roads were open.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("the camps were full", claims[0].Text);
        Assert.Equal("Tomas Berg", claims[1].Speaker);
    }

    [Fact]
    public void The_inner_speaker_of_a_nested_attribution_speaks()
    {
        var claim = Assert.Single(Claims("According to the release, Minister Karin Holm said that the loan was signed."));
        Assert.Equal("Karin Holm", claim.Speaker);
    }

    [Theory]
    [InlineData("Two Gulf states were among the first to announce grants on Sunday.")]
    [InlineData("(Writing by Tomas Berg; editing by Ivo Dan)")]
    [InlineData("Envoy Tomas Berg and Minister Karin Holm exchanged notes on the loan.")]
    [InlineData("Minister Karin Holm said this at a dinner with the envoy on Tuesday.")]
    public void Look_alikes_attribute_no_statement(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void Coordinated_verbs_of_one_subject_are_two_statements()
    {
        var claims = Claims("President Ana Lind urged calm and stressed the need for safer roads.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ana Lind", c.Speaker));
        Assert.Equal("the need for safer roads", claims[1].Text);
        Assert.DoesNotContain("stressed", claims[0].Text);
    }

    [Fact]
    public void A_participle_after_a_stance_verb_is_its_own_statement_of_the_same_person()
    {
        var claims = Claims("UN Secretary-General Ana Lind hailed the new grants on Friday, saying the clinics could now stay open.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ana Lind", c.Speaker));
        Assert.Equal("the clinics could now stay open", claims[1].Text);
    }

    [Fact]
    public void A_weekday_after_the_cue_is_no_statement_but_the_sentence_before_is()
    {
        var claim = Assert.Single(Claims("The agency will send 500 tents to the region, the Northern Relief Agency (NRA) announced Thursday."));
        Assert.Equal("The agency will send 500 tents to the region", claim.Text);
    }

    [Fact]
    public void Said_an_organisation_title_and_name_attributes_the_sentence_before()
    {
        var claim = Assert.Single(Claims("The bridge will open in March, said African Development Bank (AfDB) Country Director Maria Lopez."));
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("The bridge will open in March", claim.Text);
    }

    [Fact]
    public void A_title_after_the_cue_names_the_person_who_holds_it_nearby()
    {
        var claims = Claims("The state is allocating $1 million for the camps, says the Minister of Relief.\nAl-Salem, also Minister of Relief and Works, said the tents were ready.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Al-Salem", c.Speaker));
    }

    [Fact]
    public void A_that_clause_later_in_the_sentence_is_the_statement_not_the_words_before_the_cue()
    {
        var claim = Assert.Single(Claims("Citing two radio stations, Transport Minister Karin Holm said in a statement late on Thursday, May 2, that the convoy had left."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("the convoy had left", claim.Text);
    }

    [Fact]
    public void Also_said_after_a_relative_clause_and_adding_take_the_earlier_speaker()
    {
        var claims = Claims("Envoy Tomas Berg said the roads were open, adding however that the bridges were closed.\n"
            + "Minister Karin Holm, who disclosed that the camps would move to higher ground before the floods, also said that the north was the worst hit.");
        Assert.Equal(["Tomas Berg", "Tomas Berg", "Karin Holm", "Karin Holm"], claims.Select(c => c.Speaker));
        Assert.Equal("the north was the worst hit", claims[3].Text);
    }

    [Fact]
    public void The_administration_refers_back_to_the_administration_named_before()
    {
        var claims = Claims("The Lind Administration sent a request on Monday. The Administration is now calling on lawmakers to approve $2 billion.");
        Assert.Equal("Lind Administration", Assert.Single(claims).Speaker);
    }

    [Fact]
    public void An_organisations_initials_speak_for_it_and_each_clause_keeps_its_own_subject()
    {
        var claims = Claims("The Coastal Relief Fund runs four depots. CRF denies the reports, while Egypt accuses the agency of hoarding.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("Coastal Relief Fund", claims[0].Speaker);
        Assert.Equal("denies the reports", claims[0].Text);
        Assert.Equal("Egypt", claims[1].Speaker);
    }

    [Fact]
    public void An_aside_between_subject_and_verb_is_skipped()
    {
        var claim = Assert.Single(Claims("Peru, for its part, vowed to rebuild the bridge."));
        Assert.Equal("Peru", claim.Speaker);
    }

    [Fact]
    public void Plural_they_may_be_the_people_who_opened_the_sentence_before()
    {
        var claim = Claims("Arno Velt and Charles Dunmore, advisers to the minister, toured the port in June. They also expressed the hope that donors would pay for two cranes.")
            .Single(c => c.Text.Contains("two cranes", StringComparison.Ordinal));
        Assert.Contains(claim.Speaker, new[] { "Arno Velt", "Charles Dunmore" });
    }

    [Fact]
    public void No_response_to_a_request_for_comment_is_a_claim_of_the_company_named_before()
    {
        var claims = Claims("On Friday, Norvale CEO Maria Lopez tweeted that the company would ship 500 tents.\nNorvale didn't immediately respond to a request for comment.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("Maria Lopez", claims[0].Speaker);
        Assert.Equal("Norvale", claims[1].Speaker);
    }

    [Fact]
    public void Only_an_adjunct_after_the_cue_is_no_statement()
    {
        Assert.Empty(Claims("The grant falls under the plan the Foreign Secretary announced in Oslo in May."));
    }
}
