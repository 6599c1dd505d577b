using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>A speaker named with the organisation after them, "of" or "of the" between.</summary>
public class NamesBeforeTheirOrganisationTests
{
    private static List<string> Speakers(string text, string organisation)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;
        var at = text.IndexOf(organisation, StringComparison.Ordinal);
        EntityMention[] known = [new(new Span(at, at + organisation.Length), MentionType.Organization, organisation)];
        return [.. NamesBeforeTheirOrganisation.BeforeTheirOrganisation(tokens, known, Lexicon.Default.ReportingVerbs)
            .Select(found => $"{text[found.Name.Start..found.Name.End]} / {found.Organisation}")];
    }

    [Theory]
    [InlineData("Tomas Vell of the Harbour Trust said so.", "Harbour Trust", "Tomas Vell / Harbour Trust")]
    [InlineData("Tomas Vell of Harbour Trust, said so.", "Harbour Trust", "Tomas Vell / Harbour Trust")]
    [InlineData("according to Tomas Vell of Harbour Trust.", "Harbour Trust", "Tomas Vell / Harbour Trust")]
    [InlineData("Tomas Vell of Harbour Trust  said so.", "Harbour Trust", null)]
    [InlineData("Tomas Vell of Harbour Trust sailed.", "Harbour Trust", null)]
    [InlineData("Tomas Vell for the Harbour Trust said so.", "Harbour Trust", null)]
    [InlineData("Tomas Vell of  the Harbour Trust said so.", "Harbour Trust", null)]
    public void A_speaker_before_of_and_their_organisation(string text, string organisation, string? speaker) =>
        Assert.Equal(speaker is null ? [] : [speaker], Speakers(text, organisation));
}
