using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Cues and their objects: quoted names after verbs of naming, an audience after "told", quantifiers that look
/// like adjuncts, descriptions standing for a named organisation, refusals, nested speakers, and look-alikes.</summary>
public class ClaimCueTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Theory]
    [InlineData("Minister Karin Holm called the grant “a lifeline for the north”.", "called")]
    [InlineData("Minister Karin Holm described the camps as “unliveable”.", "described")]
    public void A_quoted_name_after_a_verb_of_naming_is_the_subjects_quote(string text, string cue)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal(ClaimKind.Quote, claim.Kind);
        Assert.Equal(cue, claim.Cue);
    }

    [Theory]
    [InlineData("Minister Karin Holm visited the so-called “safe zones” in the north.")]
    [InlineData("Minister Karin Holm opened a project called “Clean Wells”.")]
    public void A_quoted_name_without_a_naming_subject_is_no_claim(string text) => Assert.Empty(Claims(text));

    /// <summary>"appeal" and "appeals" are nouns far more often than verbs in aid news ("the UN's flash appeal for X");
    /// only the past and the participle of "appeal for" are cues.</summary>
    [Fact]
    public void An_appeal_for_as_a_noun_is_no_cue_but_appealed_for_is()
    {
        var claims = Claims("The UN's flash appeal for Norland has raised only a third of its $300 million target. Separately, the World Health Organization appealed for $40 million for vaccines.");
        Assert.Equal("appealed for", Assert.Single(claims).Cue);
    }

    /// <summary>A request to someone, an argument pointed to and an unanswered question are statements read with their object.</summary>
    [Theory]
    [InlineData("Governor Lena Brandt appealed to donors for tents and blankets.", "appealed to donors for tents")]
    [InlineData("Governor Lena Brandt pointed to the shortfall in the winter budget.", "pointed to the shortfall")]
    [InlineData("Governor Lena Brandt did not respond to a question about the convoy.", "did not respond to a question")]
    public void Requests_arguments_and_unanswered_questions_are_read_with_their_object(string text, string fragment) =>
        Assert.Contains(fragment, Assert.Single(Claims(text), c => c.Speaker == "Lena Brandt").Text, StringComparison.Ordinal);

    /// <summary>An act told up to "according to" is the source's report, one claim; one in a clause before another keeps its
    /// own claim beside the source's.</summary>
    [Theory]
    [InlineData("Norway announced a further €12 million for the camps, according to the Norwegian Embassy in Lusaka.", 1)]
    [InlineData("Finland announced €30 million for the camps, while Estonia released €5 million for schools, according to the Estonian Embassy in Lusaka.", 2)]
    public void An_act_told_up_to_according_to_is_the_sources_claim_alone(string text, int claims) =>
        Assert.Equal(claims, Claims(text).Count);

    /// <summary>Figures published or released by a body are its statement; figures a newspaper has seen are not the paper's.</summary>
    [Theory]
    [InlineData("Relief spending in Tavira rose by a fifth last year, according to figures published by the Korvalan Relief Agency.", "Korvalan Relief Agency")]
    [InlineData("Relief spending in Tavira rose by a fifth last year, according to official data released by the Korvalan Relief Agency.", "Korvalan Relief Agency")]
    public void Data_issued_by_a_body_are_that_bodys_claim(string text, string speaker) =>
        Assert.Contains(speaker, Assert.Single(Claims(text)).Speaker, StringComparison.Ordinal);

    /// <summary>Any document a body issues (a statement, a fact sheet, allocations), not only figures, is the body's statement:
    /// the speaker is the issuer, not the document.</summary>
    [Theory]
    [InlineData("Relief spending in Tavira rose by a fifth last year, according to a statement issued by the Korvalan Relief Agency.")]
    [InlineData("According to a fact sheet released by the Korvalan Relief Agency, relief spending in Tavira rose by a fifth last year.")]
    [InlineData("Relief spending in Tavira will fall by a fifth, according to allocations quietly published by the Korvalan Relief Agency on Tuesday.")]
    public void A_document_issued_by_a_body_is_that_bodys_claim(string text) =>
        Assert.StartsWith("Korvalan Relief Agency", Assert.Single(Claims(text)).Speaker, StringComparison.Ordinal);

    /// <summary>A document a body has only seen or quoted is not that body's statement.</summary>
    [Theory]
    [InlineData("Relief spending in Tavira rose by a fifth last year, according to a draft report seen by the Korvalan Herald.", "Korvalan Herald")]
    [InlineData("Relief spending in Tavira rose by a fifth last year, according to an internal memo quoted by Radio Norland.", "Radio Norland")]
    public void A_document_seen_or_quoted_by_a_body_is_not_its_claim(string text, string reader) =>
        Assert.DoesNotContain(Claims(text), c => c.Speaker == reader);

    /// <summary>The act in a clause before the one told up to "according to" stays its actor's claim.</summary>
    [Fact]
    public void An_act_before_the_clause_told_according_to_keeps_its_actors_claim() =>
        Assert.Contains(Claims("Finland announced €30 million for the camps, while Estonia released €5 million for schools, according to the Estonian Embassy in Lusaka."),
            c => c.Speaker == "Finland" && c.Text.Contains("€30 million", StringComparison.Ordinal));

    /// <summary>After a quotation, the name following "told" is the hearer: the speaker stands before the verb or is unknown.</summary>
    [Fact]
    public void The_hearer_after_told_never_speaks_a_quotation()
    {
        Assert.DoesNotContain(Claims("\"The wells will be dug before the rains,\" Odval al-Sanjaa, the fund's director, told Radio Norland."),
            c => c.Speaker == "Radio Norland");
        Assert.Equal("officials", Assert.Single(Claims("\"The wells will be dug before the rains,\" two officials familiar with the talks told Radio Norland.")).Speaker);
    }

    /// <summary>"said in a statement": the noun after the preposition is where the words were said, never their speaker.</summary>
    [Fact]
    public void A_statement_after_in_never_speaks()
    {
        Assert.DoesNotContain(Claims("\"Every pump from Norland brings water back to a village,\" Sorvik said in a statement."),
            c => c.Speaker.Contains("statement", StringComparison.Ordinal));
    }

    [Fact]
    public void The_audience_after_told_is_not_the_statement()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm told reporters the bridge would reopen on Friday."));
        Assert.Equal("the bridge would reopen on Friday", claim.Text);
    }

    [Fact]
    public void Told_reporters_at_the_end_attributes_the_sentence_before()
    {
        var claim = Assert.Single(Claims("The agency will send tents, Maria Lopez told reporters on Monday."));
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("The agency will send tents", claim.Text);
    }

    [Fact]
    public void A_quantifier_is_no_adjunct()
    {
        var claim = Assert.Single(Claims("Health officials said at least 40 people had died."));
        Assert.Equal("at least 40 people had died", claim.Text);
    }

    [Fact]
    public void Forecast_in_its_bare_past_form_is_a_hedged_cue()
    {
        var claim = Assert.Single(Claims("The World Bank forecast that growth would slow to 2 percent."));
        Assert.Equal("World Bank", claim.Speaker);
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void A_description_with_the_head_of_an_organisation_named_before_is_that_organisation()
    {
        var claim = Claims("The World Bank approved the loan. The bank estimated that the economy shrank by 5 percent.")
            .Single(c => c.Text.Contains("economy", StringComparison.Ordinal));
        Assert.Equal("World Bank", claim.Speaker);
    }

    [Fact]
    public void Declining_to_comment_on_something_is_a_claim()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm declined to comment on reports of looting."));
        Assert.Equal("declined to comment on reports of looting", claim.Text);
        Assert.True(claim.Negated);
    }

    [Fact]
    public void A_refusal_to_comment_keeps_what_it_concerns_up_to_the_next_clause()
    {
        var refusal = Claims("The port director, Olav Berg, declined to comment on whether the cranes were damaged, saying an inspection was under way.")
            .First(c => c.Cue == "declined to comment");
        Assert.Equal("declined to comment on whether the cranes were damaged", refusal.Text);
    }

    [Theory]
    [InlineData("The government of Malawi declared a state of disaster in four districts on Sunday.")]
    [InlineData("Malawi declared a national emergency after the floods.")]
    [InlineData("The cabinet declared a 90-day state of emergency in the north.")]
    public void Declaring_a_state_of_emergency_is_an_act_not_a_claim(string sentence) => Assert.Empty(Claims(sentence));

    [Theory]
    [InlineData("The mining company appealed to the High Court against the licence decision.")]
    [InlineData("Lawyers for the family appealed to a military tribunal in Brezno last week.")]
    public void Appealing_to_a_court_is_a_legal_act_not_a_claim(string sentence) => Assert.Empty(Claims(sentence));

    [Theory]
    [InlineData("Marta Kelling, chief executive of Grainwell, the Valdorian network for rural charities, said the clinics would close.")]
    [InlineData("Jonas Peltor, deputy head of the Valdorian presidential office, who is expected to brief allies this week, said the clinics would close.")]
    public void A_person_before_two_appositions_is_the_speaker(string sentence)
    {
        var claim = Assert.Single(Claims(sentence));
        Assert.Equal(sentence[..sentence.IndexOf(',')], claim.Speaker);
        Assert.Equal("the clinics would close", claim.Text);
    }

    [Fact]
    public void Who_after_an_apposition_points_to_the_person_before_it()
    {
        var claims = Claims("“The trucks are late,” said Kiri Amsel, a farmer in the district of Brenn, who said the wells had run dry.");
        var reported = Assert.Single(claims, c => c.Text == "the wells had run dry");
        Assert.Equal("Kiri Amsel", reported.Speaker);
    }

    [Fact]
    public void A_plural_subjects_plain_present_stance_verb_is_a_cue()
    {
        var claims = Claims("Valdorian officials say the convoys are moving and accuse the border guards of the delays.");
        var accuse = Assert.Single(claims, c => c.Cue == "accuse");
        Assert.Equal("Valdorian officials", accuse.Speaker);
        Assert.Equal("accuse the border guards of the delays", accuse.Text);
    }

    [Fact]
    public void Appealing_to_donors_stays_a_claim()
    {
        var claim = Assert.Single(Claims("The Valdoran government appealed to donors, whose courts of opinion matter, for emergency grain."));
        Assert.Equal("appealed to", claim.Cue);
    }

    [Fact]
    public void A_partitive_of_a_pronoun_is_an_unnamed_speaker()
    {
        var claim = Assert.Single(Claims("Four nurses met the visitors in Zomba. One of them said the clinic had run out of insulin."));
        Assert.Equal("One of them", claim.Speaker);
    }

    [Fact]
    public void Declining_to_say_whether_is_a_refusal_claim_like_declining_to_comment()
    {
        var claim = Assert.Single(Claims("Pentagon officials declined to say whether any convoy had reached Tartus."));
        Assert.Equal("declined to say whether any convoy had reached Tartus", claim.Text);
        Assert.Equal("Pentagon officials", claim.Speaker);
    }

    /// <summary>Saying negated after a statement of the same speaker ("but did not say whether", "and could not say when")
    /// is a refusal claim of its own, with what it concerns.</summary>
    [Theory]
    [InlineData("Minister Tove Brandt said the bridge was shut but did not say whether it would reopen.", "did not say whether it would reopen")]
    [InlineData("Minister Tove Brandt said the port was open and could not say when the ferries would resume.", "could not say when the ferries would resume")]
    public void Saying_negated_after_a_statement_is_a_refusal_claim_of_its_own(string text, string refusal)
    {
        var claims = Claims(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal(refusal, claims[1].Text);
        Assert.All(claims, c => Assert.Equal("Tove Brandt", c.Speaker));
    }

    /// <summary>Saying negated with no refusal object after it is no claim: "has not said a word" states nothing, and
    /// "did not say the road was shut" denies a report.</summary>
    [Theory]
    [InlineData("Minister Tove Brandt said the port was open. Envoy Pia Lund has not said a word since the storm.")]
    [InlineData("Envoy Pia Lund did not say the road was shut, her spokesman said on Friday. Minister Tove Brandt said the port was open.")]
    public void Saying_negated_without_what_was_not_stated_is_no_claim(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Cue.Contains(" not sa", StringComparison.Ordinal));

    [Fact]
    public void A_person_reported_inside_a_statement_is_the_inner_speaker()
    {
        var claims = Claims("Minister Karin Holm said that Envoy Tomas Berg had warned that the bridge was unsafe.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("Karin Holm", claims[0].Speaker);
        Assert.Equal("Tomas Berg", claims[1].Speaker);
        Assert.Equal("the bridge was unsafe", claims[1].Text);
    }

    [Fact]
    public void An_organisations_act_inside_a_statement_is_no_inner_claim()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm said the World Bank had warned that the loan was late."));
        Assert.Equal("Karin Holm", claim.Speaker);
    }

    [Fact]
    public void A_participle_after_a_final_said_is_the_speakers_next_statement()
    {
        var claims = Claims("The grant will fund clinics, the ministry said, adding that more money would follow.");
        Assert.Equal(["The grant will fund clinics", "more money would follow"], claims.Select(c => c.Text));
    }

    [Fact]
    public void An_apposition_after_according_to_is_not_the_statement()
    {
        var claim = Assert.Single(Claims("According to Maria Lopez, the agency’s director, the convoy left on Monday."));
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("the convoy left on Monday", claim.Text);
    }

    [Fact]
    public void A_clause_after_according_to_is_the_statement_even_with_a_number_comma()
    {
        var claim = Assert.Single(Claims("According to the Red Cross, some 1,480 homes were lost, with many more damaged."));
        Assert.StartsWith("some 1,480 homes were lost", claim.Text);
    }

    [Fact]
    public void A_title_written_before_a_name_lets_the_title_alone_stand_for_that_person()
    {
        var claim = Claims("UN aid chief Maria Lopez visited the port. The aid chief said the convoys were blocked.")
            .Single(c => c.Text.Contains("convoys", StringComparison.Ordinal));
        Assert.Equal("Maria Lopez", claim.Speaker);
    }

    [Fact]
    public void The_whole_title_picks_its_holder_over_a_later_holder_of_its_head_word()
    {
        var claim = Claims("Finance minister Maria Lopez met the envoy. She praised prime minister Ana Lind for the plan. The finance minister praised the bank for its speed.")
            .Single(c => c.Text.Contains("speed", StringComparison.Ordinal));
        Assert.Equal("Maria Lopez", claim.Speaker);
    }
}
