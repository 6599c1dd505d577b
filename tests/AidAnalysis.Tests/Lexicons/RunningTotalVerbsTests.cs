using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Lexicons;

/// <summary>The running-total wording is built from running-total-verbs.tsv of the lexicon the pipeline was given.</summary>
public sealed class RunningTotalVerbsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-running-total-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Lexicon LoadWith(string rows)
    {
        File.WriteAllText(Path.Combine(_dir, "running-total-verbs.tsv"), "# Source: a test fixture.\n" + rows);
        return Lexicon.Load(_dir);
    }

    [Fact]
    public void A_verb_form_from_the_folder_reads_a_running_total_and_the_embedded_ones_no_longer_do()
    {
        var wording = new RunningTotalWording(LoadWith("hoists\tthird\n"));
        Assert.True(EndsBefore(wording, "The grant hoists the total to "));
        Assert.False(EndsBefore(wording, "The grant brings the total to "));
    }

    /// <summary>Whether the wording ends the words before an amount written after <paramref name="before"/>.</summary>
    internal static bool EndsBefore(RunningTotalWording wording, string before) =>
        wording.EndsBefore(TestSupport.Process(before + "$5 million.").Tokens, new Span(0, before.Length));

    [Fact]
    public void A_file_without_verb_forms_is_refused_rather_than_matching_anywhere()
    {
        var error = Assert.Throws<FormatException>(() => new RunningTotalWording(LoadWith("")));
        Assert.Contains("running-total-verbs.tsv", error.Message);
    }
}
