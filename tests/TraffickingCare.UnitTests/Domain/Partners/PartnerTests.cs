using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.UnitTests.Domain.Partners;

public sealed class PartnerTests
{
    [Theory]
    [InlineData("Centar za socijalni rad Niš")]
    [InlineData("Центар за социјални рад Ниш")]
    [InlineData("CENTAR ZA SOCIJALNI RAD NIS")]
    public void An_entry_written_in_either_script_gets_the_same_search_key(string name)
    {
        var partner = Partner.Create(name, Sector.SocialProtection, "RS-NIS");

        Assert.Equal("centar za socijalni rad nis", partner.SearchKey);
    }

    [Fact]
    public void Renaming_an_entry_renews_its_search_key()
    {
        var partner = Partner.Create("Dom zdravlja Niš", Sector.Health, null);

        partner.Describe("Дом здравља Краљево", Sector.Health, "RS-KRALJEVO");

        Assert.Equal("dom zdravlja kraljevo", partner.SearchKey);
        Assert.Equal("RS-KRALJEVO", partner.MunicipalityCode);
    }

    [Fact]
    public void A_duplicate_is_merged_into_the_kept_entry()
    {
        var kept = Partner.Create("Policijska uprava Novi Sad", Sector.Police, "RS-NOVI-SAD");
        var duplicate = Partner.Create("PU Novi Sad", Sector.Police, "RS-NOVI-SAD");

        duplicate.MergeInto(kept);

        Assert.Equal(kept.Id, duplicate.MergedIntoId);
        Assert.Null(kept.MergedIntoId);
    }

    [Fact]
    public void An_entry_is_never_merged_into_itself()
    {
        var partner = Partner.Create("OŠ „Sveti Sava” Kraljevo", Sector.Education, null);

        var error = Assert.Throws<DomainException>(() => partner.MergeInto(partner));

        Assert.Equal("Partners.Errors.MergeTarget", error.ResourceKey);
    }

    [Fact]
    public void An_entry_is_never_merged_into_one_that_was_merged_away()
    {
        var a = Partner.Create("A", Sector.Ngo, null);
        var b = Partner.Create("B", Sector.Ngo, null);
        var c = Partner.Create("C", Sector.Ngo, null);
        b.MergeInto(a);

        var error = Assert.Throws<DomainException>(() => c.MergeInto(b));

        Assert.Equal("Partners.Errors.MergeTarget", error.ResourceKey);
        Assert.Null(c.MergedIntoId);
    }

    [Fact]
    public void An_entry_merged_once_is_not_merged_again()
    {
        var a = Partner.Create("A", Sector.Ngo, null);
        var b = Partner.Create("B", Sector.Ngo, null);
        var c = Partner.Create("C", Sector.Ngo, null);
        b.MergeInto(a);

        var error = Assert.Throws<DomainException>(() => b.MergeInto(c));

        Assert.Equal("Partners.Errors.AlreadyMerged", error.ResourceKey);
        Assert.Equal(a.Id, b.MergedIntoId);
    }

    [Fact]
    public void An_entry_is_never_merged_into_a_removed_one()
    {
        var kept = Partner.Create("A", Sector.Health, null);
        var duplicate = Partner.Create("B", Sector.Health, null);
        kept.SoftDelete("someone", DateTime.UtcNow);

        Assert.Throws<DomainException>(() => duplicate.MergeInto(kept));
    }

    [Fact]
    public void A_contact_person_needs_a_name()
    {
        var partner = Partner.Create("Dom zdravlja Niš", Sector.Health, null);

        var error = Assert.Throws<DomainException>(() => partner.AddContact("  ", "lekar", null, null));

        Assert.Equal("Partners.Errors.ContactName", error.ResourceKey);
        Assert.Empty(partner.Contacts);
    }
}
