using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.UnitTests.Domain.Reports;

/// <summary>How a person is classified for the report (STATISTICS.md), at the edges of each rule.</summary>
public sealed class CountingRulesTests
{
    [Theory]
    [InlineData(0, "0-8")]
    [InlineData(8, "0-8")]
    [InlineData(9, "9-17")]
    [InlineData(17, "9-17")]
    [InlineData(18, "18-20")]
    [InlineData(29, "27-29")]
    [InlineData(30, "30-38")]
    [InlineData(47, "39-47")]
    [InlineData(48, "48+")]
    [InlineData(120, "48+")]
    [InlineData(null, "unknown")]
    public void Ages_fall_into_the_bands_of_the_report(int? age, string band)
    {
        Assert.Equal(band, AgeBands.Of(age));
        Assert.Contains(band, AgeBands.BandsOf(AgeBands.GroupOf(age)));
    }

    [Fact]
    public void Someone_seventeen_when_exploitation_began_and_eighteen_when_referred_is_a_child()
    {
        var file = CaseFile.Open(CaseCode.For(2025, 1), "lead", DateTime.UtcNow);
        file.DescribePerson(PersonProfile.Unknown, [], [], null, "lead", DateTime.UtcNow);
        file.RecordExploitation(ExploitationRecord.Unknown with { From = new DateOnly(2024, 12, 31) }, [], [], [], new DateOnly(2007, 1, 1), new DateOnly(2025, 6, 1), "lead", DateTime.UtcNow);

        Assert.Equal(17, file.Profile.AgeAtExploitation);
        Assert.True(file.IsChildAtExploitation);
        Assert.Equal(AgeBands.Child, AgeBands.GroupOf(file.Profile.AgeAtExploitation));
    }

    [Theory]
    [InlineData("2007-02-28", "2025-02-28", 18)]
    [InlineData("2007-03-01", "2025-02-28", 17)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2006-12-31", "2024-12-31", 18)]
    [InlineData("2007-01-01", "2024-12-31", 17)]
    public void A_birthday_on_29_February_is_reached_on_1_March_in_other_years(string born, string started, int age) =>
        Assert.Equal(age, PersonProfile.AgeOn(DateOnly.Parse(born), DateOnly.Parse(started)));

    [Fact]
    public void Without_a_date_of_birth_the_recorded_age_stands()
    {
        var file = CaseFile.Open(CaseCode.For(2025, 2), "lead", DateTime.UtcNow);
        file.DescribePerson(PersonProfile.Unknown with { AgeAtExploitation = 16 }, [], [], null, "lead", DateTime.UtcNow);

        Assert.Equal(16, file.Profile.AgeAtExploitation);
        Assert.True(file.IsChildAtExploitation);
    }

    [Theory]
    [InlineData(new[] { "ForcedLabour", "ChildLabour" }, "labour")]
    [InlineData(new[] { "SexualExploitation", "Pornography" }, "sexual")]
    [InlineData(new[] { "ForcedLabour", "Servitude", "ChildLabour" }, "labour")]
    [InlineData(new[] { "SexualExploitation", "ForcedLabour" }, "multiple")]
    [InlineData(new[] { "OrganRemoval" }, "other")]
    [InlineData(new[] { "OrganRemoval", "ForcedAdoption" }, "other")]
    [InlineData(new[] { "ForcedCriminality" }, "forced_criminality")]
    [InlineData(new string[0], "unknown")]
    public void A_person_is_multiple_only_with_more_than_one_distinct_category(string[] forms, string category) =>
        Assert.Equal(category, ExploitationCategories.ExclusiveOf(forms));

    [Fact]
    public void Every_service_type_but_other_maps_to_a_support_type_and_back()
    {
        foreach (var (service, support) in SupportTypes.OfServiceType)
        {
            Assert.Equal(service, SupportTypes.ServiceTypeOf[support]);
        }

        Assert.False(SupportTypes.OfServiceType.ContainsKey("Other"));
        Assert.False(SupportTypes.ServiceTypeOf.ContainsKey(SupportTypes.FieldVisit));
    }
}
