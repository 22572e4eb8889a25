using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.UnitTests.Domain.Shelter;

public sealed class PlacementTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static Bed NewBed(string label = "1A") => Bed.In(Guid.NewGuid(), label);

    private static Placement Admitted(Bed bed, int daysAgo = 10) =>
        Placement.Admit(Guid.NewGuid(), bed, Now.AddDays(-daysAgo), Today.AddDays(-daysAgo), "CSR Niš", Now);

    [Fact]
    public void Admission_occupies_the_bed_in_stabilisation()
    {
        var bed = NewBed();
        var placement = Admitted(bed);

        Assert.True(placement.IsActive);
        Assert.Equal(ShelterPhase.Stabilisation, placement.Phase);
        var stay = Assert.Single(placement.Occupancies);
        Assert.Equal(bed.Id, stay.BedId);
        Assert.Null(stay.EndedAtUtc);
    }

    [Fact]
    public void A_bed_out_of_use_takes_nobody()
    {
        var bed = NewBed();
        bed.TakeOutOfUse(occupied: false);

        var ex = Assert.Throws<DomainException>(() => Admitted(bed));
        Assert.Equal("Shelter.Errors.BedOutOfUse", ex.ResourceKey);
    }

    [Fact]
    public void An_occupied_bed_is_not_taken_out_of_use()
    {
        var ex = Assert.Throws<DomainException>(() => NewBed().TakeOutOfUse(occupied: true));
        Assert.Equal("Shelter.Errors.BedOccupiedCannotClose", ex.ResourceKey);
    }

    [Fact]
    public void Admission_in_the_future_is_refused() =>
        Assert.Equal("Shelter.Errors.AdmissionInFuture", Assert.Throws<DomainException>(
            () => Placement.Admit(Guid.NewGuid(), NewBed(), Now.AddHours(2), Today, null, Now)).ResourceKey);

    [Fact]
    public void A_move_ends_the_old_bed_and_occupies_the_new_one()
    {
        var first = NewBed();
        var second = NewBed("1B");
        var placement = Admitted(first);

        placement.MoveTo(second, Now);

        Assert.Equal(second.Id, placement.BedId);
        Assert.Equal(Now, placement.Occupancies.Single(o => o.BedId == first.Id).EndedAtUtc);
        Assert.Null(placement.Occupancies.Single(o => o.BedId == second.Id).EndedAtUtc);
        Assert.Equal("Shelter.Errors.SameBed", Assert.Throws<DomainException>(() => placement.MoveTo(second, Now)).ResourceKey);
    }

    [Fact]
    public void An_exit_before_the_admission_is_refused_and_changes_nothing()
    {
        var placement = Admitted(NewBed());

        var ex = Assert.Throws<DomainException>(() => placement.Exit(Now.AddDays(-11), Today.AddDays(-11), ExitDestination.Family, null, Now));

        Assert.Equal("Shelter.Errors.ExitBeforeAdmission", ex.ResourceKey);
        Assert.True(placement.IsActive);
        Assert.Null(Assert.Single(placement.Occupancies).EndedAtUtc);
    }

    [Fact]
    public void An_exit_frees_the_bed_and_ends_the_placement_for_good()
    {
        var placement = Admitted(NewBed());

        placement.Exit(Now, Today, ExitDestination.IndependentLiving, "Zaposlila se.", Now);

        Assert.False(placement.IsActive);
        Assert.Equal(Now, Assert.Single(placement.Occupancies).EndedAtUtc);
        Assert.Equal(10, placement.DaysUntil(Today.AddDays(30)));
        Assert.Equal("Shelter.Errors.PlacementEnded", Assert.Throws<DomainException>(() => placement.MoveTo(NewBed(), Now)).ResourceKey);
        Assert.Equal("Shelter.Errors.PlacementEnded", Assert.Throws<DomainException>(
            () => placement.Exit(Now, Today, ExitDestination.Family, null, Now)).ResourceKey);
    }

    [Fact]
    public void An_unknown_destination_is_refused() =>
        Assert.Equal("Shelter.Errors.Destination", Assert.Throws<DomainException>(
            () => Admitted(NewBed()).Exit(Now, Today, (ExitDestination)99, null, Now)).ResourceKey);

    [Theory]
    [InlineData(-11, null, "Shelter.Errors.AbsenceBeforeAdmission")]
    [InlineData(-2, -3, "Shelter.Errors.AbsenceEndsBeforeStart")]
    public void An_absence_lies_within_the_stay(int fromDays, int? toDays, string key)
    {
        var placement = Admitted(NewBed());

        var ex = Assert.Throws<DomainException>(() => placement.RecordAbsence(AbsenceKind.Hospital, Today.AddDays(fromDays), toDays is { } t ? Today.AddDays(t) : null));

        Assert.Equal(key, ex.ResourceKey);
        Assert.Empty(placement.Absences);
    }

    [Fact]
    public void An_open_absence_is_ongoing_until_she_is_back()
    {
        var absence = Admitted(NewBed()).RecordAbsence(AbsenceKind.Hospital, Today.AddDays(-2), null);

        Assert.True(absence.IsOngoingOn(Today));
        Assert.False(absence.IsOngoingOn(Today.AddDays(-3)));
    }
}
