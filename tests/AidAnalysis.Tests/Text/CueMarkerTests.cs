using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>The cue layer: every kind of lexicon cue marked once, as typed spans with their entries.</summary>
public class CueMarkerTests
{
    private static (CueLayer Cues, string Text) Mark(string text, DateOnly? published = null)
    {
        var document = TestSupport.Process(text, published);
        return (document.Cues, text);
    }

    private static string[] Described(CueLayer cues) =>
        cues.All.ToArray().Select(c => $"{c.Kind}:{cues.TextOf(c)}").ToArray();

    [Fact]
    public void Every_kind_of_cue_is_marked_with_its_span_in_text_order()
    {
        var (cues, text) = Mark("The minister warned that aid may not arrive. Norway pledged $5 million in military aid in 2025 and will give more next year.");
        Assert.Equal(
            ["Reporting:warned", "Hedge:may", "Negation:not", "Funding:pledged", "AidType:military aid", "Time:2025", "Funding:will give", "Time:next year"],
            Described(cues));
        var warned = cues.All[0];
        Assert.Equal("warned", text[warned.Start..warned.End]);
        Assert.Equal(1, warned.TokenCount);
    }

    [Fact]
    public void A_cue_leads_to_its_lexicon_entry_with_the_status_type_or_lemma_it_implies()
    {
        var (cues, _) = Mark("Denmark has provided $2 million so far, officials pointed out, and allocated funds for humanitarian aid in March 2024.");
        var all = cues.All.ToArray();
        var funding = all.Where(c => c.Kind == CueKind.Funding).Select(c => (cues.TextOf(c), cues.FundingEntry(c).Status)).ToArray();
        Assert.Equal([("has provided", FundingStatus.Previous), ("provided", FundingStatus.Delivered), ("so far", FundingStatus.Previous), ("allocated", FundingStatus.Allocated)], funding);
        var reporting = all.Single(c => c.Kind == CueKind.Reporting);
        Assert.Equal(("pointed out", "point out", 2), (cues.TextOf(reporting), cues.ReportingEntry(reporting).Lemma, reporting.TokenCount));
        Assert.Equal(AidType.Humanitarian, cues.AidTypeEntry(all.Single(c => c.Kind == CueKind.AidType)).Type);
        Assert.Equal([TimeWordKind.Month, TimeWordKind.Year], all.Where(c => c.Kind == CueKind.Time).Select(c => cues.TimeEntry(c).Kind));
        Assert.Throws<ArgumentException>(() => cues.FundingEntry(reporting));
    }

    [Fact]
    public void Capitalised_entries_match_as_written_and_lowercase_ones_in_any_case()
    {
        var (cues, _) = Mark("Talks may resume in May. Perhaps NOT.");
        Assert.Equal(["Hedge:may", "Hedge:May", "Time:May", "Hedge:Perhaps", "Negation:NOT"], Described(cues));
    }

    [Fact]
    public void Either_apostrophe_matches_and_a_phrase_never_spans_two_sentences()
    {
        var (cues, _) = Mark("Aid didn’t come, and they couldn't say. It was not so. Far more was needed.");
        // "so. Far" is no "so far"; "needed" is a need verb's funding cue.
        // "couldn't say" is the lexicon's negated saying (a refusal) as well as "say".
        Assert.Equal(["Negation:n’t", "Reporting:couldn't say", "Hedge:could", "Negation:n't", "Reporting:say", "Negation:not", "Funding:needed"], Described(cues));
    }

    [Fact]
    public void Cues_are_found_inside_a_span()
    {
        var document = TestSupport.Process("Norway said it pledged aid. Sweden warned.");
        Assert.Equal(["Reporting:said", "Funding:pledged"], document.Cues.StartingIn(document.Sentences[0].Span).ToArray().Where(c => c.End <= document.Sentences[0].Span.End).Select(c => $"{c.Kind}:{document.Cues.TextOf(c)}"));
    }

    [Fact]
    public async Task The_cues_stage_runs_alone_on_a_hand_built_token_layer()
    {
        const string text = "Officials warned of cuts.";
        var stage = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "cues");
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;
        var document = new AnalysisDocument(Article.FromText(text, new ArticleMetadata(), "fixture.txt")) { Tokens = tokens };
        var cue = Assert.Single((await stage.RunAsync(document, CancellationToken.None)).Cues.All.ToArray());
        Assert.Equal((CueKind.Reporting, 10, 16), (cue.Kind, cue.Start, cue.End));
        Assert.Empty(document.Cues.All.ToArray());
    }
}
