using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>A month without a year takes the year its clause's tense points to: the coming occurrence in a future clause,
/// the last one in a past clause. Invented sentences, published in mid-May 2031.</summary>
public class MonthTenseTests
{
    private static readonly DateOnly MidMay = new(2031, 5, 14);

    private static int? YearOf(string text, string phrase, DateOnly published)
    {
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(text, new ArticleMetadata(Published: published), "tense.txt"));
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return document.Years.FirstOrDefault(y => y.Span.Start <= start && y.Span.End > start)?.Year;
    }

    [Fact]
    public void A_future_clause_takes_the_coming_month()
    {
        Assert.Equal(2031, YearOf("Wells for Zarovia\n\nVelmark will provide 40 million crowns to Zarovia in October, its envoy said.\n", "in October", MidMay));
        Assert.Equal(2031, YearOf("Seeds for Oburia\n\nA further $6 million is expected to reach Oburia's farmers in November.\n", "in November", MidMay));
        Assert.Equal(2032, YearOf("Clinics in Tessaly\n\nThe council plans to release $9 million for clinics by the end of March.\n", "end of March", MidMay));
        Assert.Equal(2031, YearOf("Roads in Kelvar\n\nIn December, the Kelvar fund (a regional lender) will hand over $3 million.\n", "In December", MidMay));
    }

    [Fact]
    public void A_past_clause_takes_the_last_month()
    {
        Assert.Equal(2030, YearOf("Grain for Marun\n\nThe Halden trust delivered $2 million in grain to Marun in October.\n", "in October", MidMay));
        Assert.Equal(2030, YearOf("Water in Pelos\n\nA $5 million grant for Pelos was approved in July by the board.\n", "in July", MidMay));
    }

    [Fact]
    public void The_publication_month_is_its_own_year_either_way()
    {
        Assert.Equal(2031, YearOf("Tents for Vessa\n\nThe Ardent Foundation will send $1 million to Vessa in May.\n", "in May", MidMay));
        Assert.Equal(2031, YearOf("Tents for Vessa\n\nThe Ardent Foundation sent $1 million to Vessa in May.\n", "in May", MidMay));
    }

    [Fact]
    public void A_speech_verb_further_back_leaves_the_reported_clause_its_own_tense()
    {
        // "said" dates nothing in the clause it reports: the month is read as before, up to three months ahead in the year.
        Assert.Equal(2031, YearOf("Power for Dorne\n\nThe minister has said Dorne needs about $2 billion before June to restore power.\n", "before June", MidMay));
        Assert.Equal(2031, YearOf("Power for Dorne\n\nThe minister said in March that Dorne will give $2 million to its towns.\n", "in March", MidMay));
    }
}
