using AidAnalysis.Lexicons;

namespace AidAnalysis.Tests.Lexicons;

/// <summary>A donor body that organizations.tsv also lists goes by the canonical name that file gives it, so the two files name
/// one body alike.</summary>
public class DonorBodyNameTests
{
    [Fact]
    public void A_donor_body_known_as_an_organisation_has_the_organisations_canonical_name()
    {
        var lexicon = Lexicon.Default;
        var organisationForms = lexicon.Organizations.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        var misnamed = lexicon.DonorBodies
            .Where(body => !lexicon.OrganizationByName.ContainsKey(body.Body) && body.Aliases.Prepend(body.Body).Any(organisationForms.Contains))
            .Select(body => body.Body);
        Assert.Empty(misnamed);
    }
}
