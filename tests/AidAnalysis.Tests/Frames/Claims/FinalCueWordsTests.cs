using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The words of sentence-final attribution (postposition cues and the adjunct words after them) come from
/// claim-words.tsv of the lexicon the claim rules were given: embedded, or a folder that replaces the file.</summary>
public sealed class FinalCueWordsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-final-cue-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static AttributionShapes Shapes(Lexicon lexicon)
    {
        var vocabulary = new ClaimVocabulary(lexicon);
        return new AttributionShapes(new Hearers(vocabulary), vocabulary);
    }

    [Fact]
    public void The_embedded_postposition_cues_are_read_in_any_case()
    {
        var shapes = Shapes(Lexicon.Default);
        Assert.True(shapes.IsPostpositionCue("said"));
        Assert.True(shapes.IsPostpositionCue("Emphasised"));
        Assert.True(shapes.IsPostpositionCue("told"));
        Assert.False(shapes.IsPostpositionCue("pledged"));
    }

    [Fact]
    public void The_words_after_a_final_cue_are_matched_as_written()
    {
        var words = new ClaimVocabulary(Lexicon.Default);
        Assert.True(words.FinalTimeWords.Contains("tonight".AsSpan()));
        Assert.False(words.FinalTimeWords.Contains("Tonight".AsSpan()));
        Assert.True(words.FinalAdjunctOpeners.Contains("during".AsSpan()));
        Assert.True(words.FinalSpeakerDeterminers.Contains("their".AsSpan()));
        Assert.True(words.FinalPhraseOpeners.Contains("last".AsSpan()));
        Assert.False(words.FinalPhraseOpeners.Contains("Last".AsSpan()));
    }

    [Fact]
    public void A_folder_file_replaces_the_embedded_cues()
    {
        File.WriteAllText(Path.Combine(_dir, "claim-words.tsv"), "# Source: a test fixture.\nmurmured\tpostposition-cue\n");
        var shapes = Shapes(Lexicon.Load(_dir));
        Assert.True(shapes.IsPostpositionCue("murmured"));
        Assert.False(shapes.IsPostpositionCue("said"));
    }
}
