using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.UnitTests.Domain.Support;

public sealed class FieldVisitTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly Guid Partner = Guid.CreateVersion7();

    private static FieldVisitDetails Details(params StaffOrPartner[] who) =>
        new(Today.AddDays(-1), VisitPlace.Home, "Assessment", who.Length == 0 ? [StaffOrPartner.Staff("radnik")] : who, "Ishod.", "Poziv školi.", Today.AddDays(3));

    private static FieldVisit Recorded() => FieldVisit.Record(Guid.CreateVersion7(), Details(StaffOrPartner.Staff("radnik"), StaffOrPartner.Partner(Partner)), "radnik", Now, Today);

    [Fact]
    public void An_imported_visit_names_its_import_and_keeps_no_outcome_or_next_step()
    {
        var import = Guid.CreateVersion7();

        var visit = FieldVisit.Imported(Guid.CreateVersion7(), Details(), import, "rukovodstvo", Now, Today);

        Assert.Equal((import, (string?)null, (string?)null, (DateOnly?)null), (visit.ImportId, visit.Outcome, visit.NextStep, visit.NextStepOn));
        Assert.Null(Recorded().ImportId);
    }

    [Fact]
    public void A_correction_within_24_hours_replaces_the_participants_and_marks_the_removed_ones()
    {
        var visit = Recorded();

        visit.Correct(Details(StaffOrPartner.Staff("radnik"), StaffOrPartner.Staff("radnik2")), "radnik", Now.AddHours(2), Today);

        Assert.Equal(["radnik", "radnik2"], visit.Participants.Where(p => !p.IsDeleted).Select(p => p.UserId!).Order());
        Assert.Single(visit.Participants, p => p.IsDeleted && p.PartnerId == Partner);
    }

    [Fact]
    public void After_24_hours_a_visit_is_amended_not_corrected()
    {
        var visit = Recorded();

        var error = Assert.Throws<DomainException>(() => visit.Correct(Details(), "radnik", Now.AddDays(2), Today.AddDays(2)));
        var amendment = visit.Amend(Details(), "radnik2", Now.AddDays(2), Today.AddDays(2));

        Assert.Equal("FieldVisits.Errors.Locked", error.ResourceKey);
        Assert.Equal(visit.Id, amendment.AmendsVisitId);
        Assert.Equal("FieldVisits.Errors.NotYours", Assert.Throws<DomainException>(() => Recorded().Correct(Details(), "radnik2", Now, Today)).ResourceKey);
    }

    [Fact]
    public void A_visit_has_someone_who_went()
    {
        var error = Assert.Throws<DomainException>(() => FieldVisit.Record(Guid.CreateVersion7(), Details() with { Participants = [] }, "radnik", Now, Today));

        Assert.Equal("FieldVisits.Errors.Participants", error.ResourceKey);
    }

    [Fact]
    public void A_next_step_has_both_its_text_and_a_date_not_before_the_visit()
    {
        Assert.Equal("FieldVisits.Errors.NextStepOn", Assert.Throws<DomainException>(() => FieldVisit.Record(Guid.CreateVersion7(), Details() with { NextStepOn = null }, "radnik", Now, Today)).ResourceKey);
        Assert.Equal("FieldVisits.Errors.NextStepOn", Assert.Throws<DomainException>(() => FieldVisit.Record(Guid.CreateVersion7(), Details() with { NextStepOn = Today.AddDays(-2) }, "radnik", Now, Today)).ResourceKey);
        Assert.Null(FieldVisit.Record(Guid.CreateVersion7(), Details() with { NextStep = null, NextStepOn = null }, "radnik", Now, Today).NextStepOn);
    }

    [Fact]
    public void A_visit_is_recorded_after_it_happened_at_a_kind_of_place()
    {
        Assert.Equal("FieldVisits.Errors.Date", Assert.Throws<DomainException>(() => FieldVisit.Record(Guid.CreateVersion7(), Details() with { On = Today.AddDays(1), NextStepOn = Today.AddDays(2) }, "radnik", Now, Today)).ResourceKey);
        Assert.Equal("FieldVisits.Errors.Place", Assert.Throws<DomainException>(() => FieldVisit.Record(Guid.CreateVersion7(), Details() with { Place = (VisitPlace)42 }, "radnik", Now, Today)).ResourceKey);
    }
}
