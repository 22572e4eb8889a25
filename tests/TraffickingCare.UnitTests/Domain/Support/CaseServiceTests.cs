using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.UnitTests.Domain.Support;

public sealed class CaseServiceTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly Guid CaseId = Guid.CreateVersion7();

    private static ServiceDetails Details(int minutes = 45, DateOnly? on = null, StaffOrPartner? by = null, string type = "Psychological") =>
        new(type, on ?? Today, minutes, by ?? StaffOrPartner.Staff("radnik"), "Razgovor.");

    private static CaseService Logged() => CaseService.Log(CaseId, Details(), "radnik", Now, Today);

    [Fact]
    public void An_imported_service_names_its_import_and_keeps_no_note_while_a_logged_one_names_none()
    {
        var import = Guid.CreateVersion7();

        var imported = CaseService.Imported(CaseId, Details(), import, "rukovodstvo", Now, Today);

        Assert.Equal((import, (string?)null), (imported.ImportId, imported.Note));
        Assert.Equal(((Guid?)null, "Razgovor."), (Logged().ImportId, Logged().Note));
        Assert.Null(imported.Amend(Details(), "radnik", Now.AddDays(2), Today.AddDays(2)).ImportId);
    }

    [Fact]
    public void The_author_corrects_a_service_within_24_hours()
    {
        var service = Logged();

        service.Correct(Details(minutes: 60), "radnik", Now.AddHours(23).AddMinutes(59), Today.AddDays(1));

        Assert.Equal(60, service.DurationMinutes);
        Assert.True(service.CanBeCorrectedBy("radnik", Now.AddHours(23)));
    }

    [Fact]
    public void After_24_hours_the_service_is_locked_and_only_an_amendment_follows()
    {
        var service = Logged();

        var error = Assert.Throws<DomainException>(() => service.Correct(Details(minutes: 60), "radnik", Now.AddHours(24), Today.AddDays(1)));
        var amendment = service.Amend(Details(minutes: 60), "radnik", Now.AddHours(25), Today.AddDays(1));

        Assert.Equal("Services.Errors.Locked", error.ResourceKey);
        Assert.Equal(45, service.DurationMinutes);
        Assert.Equal(service.Id, amendment.AmendsServiceId);
        Assert.Equal(CaseId, amendment.CaseId);
        Assert.False(service.CanBeCorrectedBy("radnik", Now.AddHours(24)));
    }

    [Fact]
    public void Nobody_but_the_author_corrects_a_service()
    {
        var error = Assert.Throws<DomainException>(() => Logged().Correct(Details(minutes: 60), "radnik2", Now.AddMinutes(5), Today));

        Assert.Equal("Services.Errors.NotYours", error.ResourceKey);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(CaseService.MaxDurationMinutes + 1)]
    public void A_duration_outside_one_minute_to_a_day_is_refused(int minutes)
    {
        var error = Assert.Throws<DomainException>(() => CaseService.Log(CaseId, Details(minutes), "radnik", Now, Today));

        Assert.Equal("Services.Errors.Duration", error.ResourceKey);
    }

    [Fact]
    public void A_service_is_recorded_after_it_was_given_and_not_before_1950()
    {
        Assert.Equal("Services.Errors.Date", Assert.Throws<DomainException>(() => CaseService.Log(CaseId, Details(on: Today.AddDays(1)), "radnik", Now, Today)).ResourceKey);
        Assert.Equal("Services.Errors.Date", Assert.Throws<DomainException>(() => CaseService.Log(CaseId, Details(on: new DateOnly(1949, 12, 31)), "radnik", Now, Today)).ResourceKey);
        Assert.Equal(new DateOnly(1950, 1, 1), CaseService.Log(CaseId, Details(on: new DateOnly(1950, 1, 1)), "radnik", Now, Today).On);
    }

    [Fact]
    public void A_service_is_given_by_exactly_one_staff_member_or_partner()
    {
        var partner = Guid.CreateVersion7();

        Assert.Equal("Support.Errors.StaffOrPartner", Assert.Throws<DomainException>(() => StaffOrPartner.Of("radnik", partner)).ResourceKey);
        Assert.Equal("Support.Errors.StaffOrPartner", Assert.Throws<DomainException>(() => StaffOrPartner.Of(null, null)).ResourceKey);
        Assert.Equal("Support.Errors.StaffOrPartner", Assert.Throws<DomainException>(() => StaffOrPartner.Of(" ", Guid.Empty)).ResourceKey);
        Assert.Equal("Support.Errors.StaffOrPartner", Assert.Throws<DomainException>(() => CaseService.Log(CaseId, Details() with { GivenBy = null! }, "radnik", Now, Today)).ResourceKey);

        var byPartner = CaseService.Log(CaseId, Details(by: StaffOrPartner.Partner(partner)), "radnik", Now, Today);
        Assert.Equal(partner, byPartner.GivenByPartnerId);
        Assert.Null(byPartner.GivenByUserId);
    }

    [Fact]
    public void A_service_needs_a_type()
    {
        Assert.Equal("Services.Errors.Type", Assert.Throws<DomainException>(() => CaseService.Log(CaseId, Details(type: " "), "radnik", Now, Today)).ResourceKey);
    }
}
