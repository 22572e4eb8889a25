using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Cases;

public sealed class CaseStatisticsTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static CaseFile Opened() => CaseFile.Open(CaseCode.For(2026, 40), "caseworker-1", Now);

    private static PersonProfile Aged(int? age) => PersonProfile.Unknown with { AgeAtExploitation = age };

    private static ExploitationRecord Period(DateOnly? from, DateOnly? to) => ExploitationRecord.Unknown with { From = from, To = to };

    private static void Exploit(CaseFile file, ExploitationRecord record, DateOnly? dateOfBirth = null, string[]? types = null) =>
        file.RecordExploitation(record, types ?? [], [], [], dateOfBirth, Today, "caseworker-1", Now);

    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    [InlineData(0, true)]
    public void A_person_younger_than_18_when_the_exploitation_began_is_a_child(int age, bool child)
    {
        var file = Opened();

        file.DescribePerson(Aged(age), [], [], dateOfBirth: null, "caseworker-1", Now);

        Assert.Equal(child, file.IsChildAtExploitation);
    }

    [Fact]
    public void Without_an_age_the_child_flag_is_unknown()
    {
        var file = Opened();

        file.DescribePerson(PersonProfile.Unknown, [], [], dateOfBirth: null, "caseworker-1", Now);

        Assert.Null(file.IsChildAtExploitation);
    }

    [Fact]
    public void A_known_date_of_birth_decides_the_age_at_the_start_of_exploitation_over_an_estimate()
    {
        var file = Opened();
        var dateOfBirth = new DateOnly(2006, 5, 10);
        Exploit(file, Period(new DateOnly(2024, 5, 9), null), dateOfBirth);

        file.DescribePerson(Aged(25), [], [], dateOfBirth, "caseworker-1", Now);

        Assert.Equal(17, file.Profile.AgeAtExploitation);
        Assert.True(file.IsChildAtExploitation);
    }

    [Fact]
    public void The_child_flag_follows_the_start_of_exploitation_not_todays_age()
    {
        var file = Opened();
        var dateOfBirth = new DateOnly(2006, 5, 10);
        Exploit(file, Period(new DateOnly(2024, 5, 9), null), dateOfBirth);
        Assert.True(file.IsChildAtExploitation);

        Exploit(file, Period(new DateOnly(2024, 5, 10), null), dateOfBirth);

        Assert.Equal(18, file.Profile.AgeAtExploitation);
        Assert.False(file.IsChildAtExploitation);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void An_impossible_age_is_refused(int age)
    {
        var file = Opened();

        var error = Assert.Throws<DomainException>(() => file.DescribePerson(Aged(age), [], [], null, "caseworker-1", Now));

        Assert.Equal("Cases.Profile.Errors.AgeInvalid", error.ResourceKey);
        Assert.Equal(PersonProfile.Unknown, file.Profile);
    }

    [Fact]
    public void A_period_that_ends_before_it_begins_is_refused_and_nothing_changes()
    {
        var file = Opened();

        var error = Assert.Throws<DomainException>(() => Exploit(file, Period(new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 28)), types: ["ForcedLabour"]));

        Assert.Equal("Cases.Exploitation.Errors.PeriodOrder", error.ResourceKey);
        Assert.Equal(ExploitationRecord.Unknown, file.Exploitation);
        Assert.Empty(file.CodesOf(CaseCodeFields.ExploitationType));
    }

    [Theory]
    [InlineData("2026-06-02", null)]
    [InlineData(null, "2026-06-02")]
    [InlineData("1949-12-31", null)]
    public void A_period_in_the_future_or_before_1950_is_refused(string? from, string? to)
    {
        var file = Opened();

        var error = Assert.Throws<DomainException>(() => Exploit(file, Period(from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to))));

        Assert.Equal("Cases.Exploitation.Errors.DateInvalid", error.ResourceKey);
    }

    [Fact]
    public void A_period_of_one_day_ending_today_is_accepted()
    {
        var file = Opened();

        Exploit(file, Period(Today, Today));

        Assert.Equal(Today, file.Exploitation.To);
    }

    [Fact]
    public void Replacing_codes_adds_the_new_removes_the_dropped_and_keeps_the_rest()
    {
        var file = Opened();
        file.ReplaceCodes(CaseCodeFields.ExploitationType, ["SexualExploitation", "ForcedLabour"], "caseworker-1", Now);
        var kept = file.CodeListValues.Single(v => v.Code == "ForcedLabour");

        file.ReplaceCodes(CaseCodeFields.ExploitationType, ["ForcedLabour", "ForcedBegging", "ForcedBegging"], "caseworker-2", Now);

        Assert.Equal(["ForcedLabour", "ForcedBegging"], file.CodesOf(CaseCodeFields.ExploitationType));
        Assert.Same(kept, file.CodeListValues.Single(v => v.Code == "ForcedLabour"));
        var removed = file.CodeListValues.Single(v => v.Code == "SexualExploitation");
        Assert.True(removed.IsDeleted);
        Assert.Equal("caseworker-2", removed.DeletedBy);
    }

    [Fact]
    public void A_removed_code_can_be_chosen_again_and_other_fields_are_untouched()
    {
        var file = Opened();
        file.ReplaceCodes(CaseCodeFields.Language, ["srp"], "caseworker-1", Now);
        file.ReplaceCodes(CaseCodeFields.Vulnerability, ["Poverty"], "caseworker-1", Now);
        file.ReplaceCodes(CaseCodeFields.Language, [], "caseworker-1", Now);

        file.ReplaceCodes(CaseCodeFields.Language, ["srp", "rom"], "caseworker-1", Now);

        Assert.Equal(["srp", "rom"], file.CodesOf(CaseCodeFields.Language));
        Assert.Equal(["Poverty"], file.CodesOf(CaseCodeFields.Vulnerability));
        Assert.Single(file.CodeListValues, v => v.Code == "srp" && v.IsDeleted);
    }

    [Fact]
    public void Codes_of_an_unknown_field_or_blank_codes_are_refused()
    {
        var file = Opened();

        Assert.Throws<DomainException>(() => file.ReplaceCodes("Name", ["x"], "caseworker-1", Now));
        Assert.Throws<DomainException>(() => file.ReplaceCodes(CaseCodeFields.Language, [" "], "caseworker-1", Now));
        Assert.Throws<DomainException>(() => file.ReplaceCodes(CaseCodeFields.Language, [new string('x', 65)], "caseworker-1", Now));
        Assert.Empty(file.CodeListValues);
    }
}
