using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Pipeline;

/// <summary>The years stage reads the explicit years off the token layer, so it declares that layer among its needs.</summary>
public class YearsStageNeedsTests
{
    [Fact]
    public void The_years_stage_needs_the_tokens() =>
        Assert.Contains(Layer.Tokens, AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "years").Needs);
}
