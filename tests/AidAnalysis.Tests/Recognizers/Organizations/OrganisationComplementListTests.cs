namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>A body whose name ends in a list of its fields ("Ministry of Water, Forests and Fisheries") is one organisation:
/// the fields after the comma are no organisations of their own.</summary>
public class OrganisationComplementListTests
{
    private static List<string> Names(string text) => [.. TestSupport.Analyze(text).Actors.Select(a => a.Name)];

    [Theory]
    [InlineData("Funds went to the Ministry of Water, Forests and Fisheries last week.", "Forests", "Fisheries")]
    [InlineData("Dr Lena Moss of the Institute for Soils, Lakes, Glaciers and Coastal Studies said the floods would worsen.", "Lakes", "Glaciers")]
    public void The_fields_listed_in_a_bodys_name_are_not_organisations(string text, string field, string otherField)
    {
        var names = Names(text);
        Assert.DoesNotContain(field, names);
        Assert.DoesNotContain(otherField, names);
    }

    [Fact]
    public void A_list_that_opens_with_a_known_organisation_is_still_read()
    {
        Assert.Contains("Norvale", Names("UNICEF, Norvale and the Kestrel Trust pledged tents to Norland."));
    }

    [Fact]
    public void A_list_after_a_known_bodys_complete_name_is_still_read()
    {
        var names = Names("The Department of Justice, Norvale and Kestrel pledged money to Norland on Monday.");
        Assert.Contains("Norvale", names);
        Assert.Contains("Kestrel", names);
    }
}
