using System.Text;
using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Cues;

namespace AidAnalysis.Tests.Lexicons;

/// <summary>Language data read from a folder or streams, each file falling back to the embedded default.</summary>
public sealed class LanguageDataTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-language-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_dir, name), content);

    [Fact]
    public void A_file_in_the_folder_replaces_its_embedded_list_and_the_others_stay_embedded()
    {
        Write("hedges.txt", "# Source: a test fixture.\narguably\n");
        Write(".DS_Store", "a file manager's, not a data file");
        var lexicon = Lexicon.Load(_dir);
        Assert.Equal(["arguably"], lexicon.Hedges);
        Assert.True(lexicon.Negations.SetEquals(Lexicon.Default.Negations));
        Assert.Equal(Lexicon.Default.FundingCues, lexicon.FundingCues);
        Assert.Equal(Lexicon.Default.Rates.LatestYear, lexicon.Rates.LatestYear);

        var cues = new AnalysisPipeline(lexicon).Process(TestSupport.Process("Aid will arguably arrive, perhaps.").Article).Cues;
        Assert.Equal(["arguably"], cues.OfKind(CueKind.Hedge).Select(c => cues.TextOf(c)));
    }

    [Fact]
    public void A_denial_verb_added_in_the_folder_makes_an_appositive_charge_a_denial()
    {
        const string text = "The council accused Tavira Aid of selling the flour, a charge Tavira Aid contests.";
        var denials = (Lexicon lexicon) => new AnalysisPipeline(lexicon).Process(TestSupport.Process(text).Article).Claims
            .Where(c => c.Text == "a charge Tavira Aid contests").ToList();
        Assert.Empty(denials(Lexicon.Default));
        Write("denial-verbs.txt", "# Source: a test fixture.\ncontests\n");
        Assert.Single(denials(Lexicon.Load(_dir)));
    }

    [Fact]
    public void A_government_body_head_added_in_the_folder_names_a_state_body()
    {
        const string text = "The Lorvanian gendarmerie escorted the convoy. Lorvania's water ministry thanked donors.";
        var organisations = (Lexicon lexicon) => new AnalysisPipeline(lexicon).Process(TestSupport.Process(text).Article).Entities
            .Where(e => e.Type == MentionType.Organization).Select(e => e.Canonical).ToList();
        Write("countries.tsv", "Lorvania\t\tLorvanian\t\n");
        Assert.DoesNotContain("Lorvanian gendarmerie", organisations(Lexicon.Load(_dir)));

        Write("government-body-words.tsv", "# Source: a test fixture.\ngendarmerie\tforce\nministry\tbody\nwater\tfield\n");
        Assert.Equal(["Lorvanian gendarmerie", "water ministry"], organisations(Lexicon.Load(_dir)));

        Write("government-body-words.tsv", "gendarmerie\tpolice\n");
        Assert.Contains("kind of gendarmerie is none of force, body, field", Assert.Throws<InvalidDataException>(() => Lexicon.Load(_dir)).Message);
    }

    [Fact]
    public void A_credit_word_added_in_the_folder_makes_the_names_after_it_a_credit_in_either_case()
    {
        const string text = "The ferry sailed at dawn. Graphics by Kari Nordmann.\n\nThe port reopened.";
        var credits = (Lexicon lexicon) => new AnalysisPipeline(lexicon).Process(TestSupport.Process(text).Article).Entities
            .Where(e => e.Type == MentionType.Byline).Select(e => e.Canonical).ToList();
        Assert.Empty(credits(Lexicon.Default));
        Write("credit-words.txt", "# Source: a test fixture.\ngraphics\n");
        Assert.Equal(["Kari Nordmann"], credits(Lexicon.Load(_dir)));
    }

    [Fact]
    public void State_prepositions_come_from_the_folder_by_class_and_an_unknown_class_is_refused()
    {
        Assert.Contains("against", Lexicon.Default.StatePrepositions.NonAgent);
        Assert.DoesNotContain("against", Lexicon.Default.StatePrepositions.Destination);
        Write("state-prepositions.tsv", "# Source: a test fixture.\nunto\tdestination\nunto\tnon-agent\n");
        var lexicon = Lexicon.Load(_dir);
        Assert.Equal(["unto"], lexicon.StatePrepositions.Destination);
        Assert.Empty(lexicon.StatePrepositions.Location);
        Write("state-prepositions.tsv", "unto\tgoal\n");
        Assert.Contains("class of unto is none of non-agent, location, destination", Assert.Throws<InvalidDataException>(() => Lexicon.Load(_dir)).Message);
    }

    [Fact]
    public void Number_and_scale_words_added_in_the_folder_read_amounts_and_years()
    {
        const string text = "Donors gave eleven million dollars and 4 zillion euros. The dam was built eleven years ago.";
        var analyse = (Lexicon lexicon) => new AnalysisPipeline(lexicon).Process(TestSupport.Process(text, new DateOnly(2025, 6, 1)).Article);
        var before = analyse(Lexicon.Default);
        Assert.DoesNotContain(before.Money, m => m.Text == "eleven million dollars");

        Write("number-words.tsv", "# Source: a test fixture.\neleven\t11\n");
        Write("scale-words.tsv", "# Source: a test fixture.\nmillion\t1e6\nzillion\t1e21\n");
        var after = analyse(Lexicon.Load(_dir));
        Assert.Equal([("eleven million dollars", 11e6), ("4 zillion euros", 4e21)], after.Money.Select(m => (m.Text, m.Value!.Value)));
        Assert.Contains(after.Years, y => y.Year == 2014);
    }

    [Fact]
    public void A_caller_can_supply_files_as_streams()
    {
        var data = LanguageData.FromStreams(name => name == "time-words.tsv" ? new MemoryStream(Encoding.UTF8.GetBytes("fortnight\tperiod\n")) : null, "test");
        var lexicon = Lexicon.Load(data);
        Assert.Equal([new TimeWordEntry("fortnight", TimeWordKind.Period)], lexicon.TimeWords);
        Assert.Equal(Lexicon.Default.Hedges.Count, lexicon.Hedges.Count);
    }

    [Fact]
    public void The_embedded_data_is_the_default_lexicon()
    {
        var lexicon = Lexicon.Load(LanguageData.Embedded);
        Assert.True(lexicon.Hedges.SetEquals(Lexicon.Default.Hedges));
        Assert.Equal(Lexicon.Default.ReportingVerbEntries.Count, lexicon.ReportingVerbEntries.Count);
        Assert.Contains("hedges.txt", LanguageData.FileNames);
        Assert.DoesNotContain(LanguageData.FileNames, n => n.StartsWith("brief.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_folder_an_unknown_file_or_a_bad_row_is_refused_in_one_line()
    {
        var missing = Assert.Throws<InvalidDataException>(() => Lexicon.Load(Path.Combine(_dir, "nope")));
        Assert.Contains("folder not found", missing.Message);

        Write("hedge.txt", "arguably\n");
        var unknown = Assert.Throws<InvalidDataException>(() => Lexicon.Load(_dir));
        Assert.Contains("hedge.txt is not a known data file", unknown.Message);
        File.Delete(Path.Combine(_dir, "hedge.txt"));

        Write("aid-types.tsv", "tanks\tarmoured\n");
        var bad = Assert.Throws<InvalidDataException>(() => Lexicon.Load(_dir));
        Assert.StartsWith($"language data from {_dir}: cannot be used", bad.Message);
        Assert.DoesNotContain('\n', bad.Message);
    }
}
