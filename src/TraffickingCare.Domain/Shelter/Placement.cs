using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// One stay of a person (a case) in the shelter: admission, the beds she slept in, her absences, her phase in the
/// programme (her individual plan: <c>Placement.Plan.cs</c>) and her exit. Readmission after an exit is a new placement. Local dates (<see cref="AdmittedOn"/>,
/// <see cref="ExitedOn"/>) are stored beside the instants so that length of stay and bed-days are counted in SQL.
/// </summary>
public sealed partial class Placement : Entity
{
    public const int ReferredByMaxLength = 100;
    public const int ExitReasonMaxLength = 1000;

    /// <summary>How far ahead of the clock a typed time may be (a watch a few minutes fast), never more.</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(10);

    private readonly List<BedOccupancy> occupancies = [];
    private readonly List<PlacementAbsence> absences = [];

    private Placement()
    {
    }

    public Guid CaseId { get; private set; }

    /// <summary>The bed she is in now, or last was in after her exit.</summary>
    public Guid BedId { get; private set; }

    public DateTime AdmittedAtUtc { get; private set; }

    public DateOnly AdmittedOn { get; private set; }

    /// <summary>Who referred her (an institution, a team), short; never a name of the person.</summary>
    public string? ReferredBy { get; private set; }

    /// <summary>Her phase in the programme; Stabilisation on admission until the plan moves her on.</summary>
    public ShelterPhase Phase { get; private set; }

    public DateTime? ExitedAtUtc { get; private set; }

    public DateOnly? ExitedOn { get; private set; }

    public ExitDestination? ExitDestination { get; private set; }

    /// <summary>Free text about the person: encrypted.</summary>
    public string? ExitReason { get; private set; }

    public bool IsActive => ExitedAtUtc is null;

    public IReadOnlyList<BedOccupancy> Occupancies => occupancies;

    public IReadOnlyList<PlacementAbsence> Absences => absences;

    public static Placement Admit(Guid caseId, Bed bed, DateTime admittedAtUtc, DateOnly admittedOn, string? referredBy, DateTime utcNow)
    {
        if (admittedAtUtc > utcNow + ClockSlack)
        {
            throw new DomainException("Shelter.Errors.AdmissionInFuture");
        }

        var placement = new Placement
        {
            CaseId = caseId,
            AdmittedAtUtc = admittedAtUtc,
            AdmittedOn = admittedOn,
            ReferredBy = Guard.OptionalText(referredBy, ReferredByMaxLength, "Shelter.Errors.ReferredBy"),
            Phase = ShelterPhase.Stabilisation,
        };
        placement.Occupy(bed, admittedAtUtc);
        return placement;
    }

    /// <summary>Into another bed from <paramref name="atUtc"/>: the old bed is free from that moment.</summary>
    public void MoveTo(Bed bed, DateTime atUtc)
    {
        EnsureActive();
        var current = occupancies.Single(o => o.EndedAtUtc is null);
        if (bed.Id == current.BedId)
        {
            throw new DomainException("Shelter.Errors.SameBed");
        }

        if (atUtc < current.FromUtc)
        {
            throw new DomainException("Shelter.Errors.MoveBeforeStay");
        }

        current.End(atUtc);
        Occupy(bed, atUtc);
    }

    public PlacementAbsence RecordAbsence(AbsenceKind kind, DateOnly fromOn, DateOnly? toOn)
    {
        EnsureActive();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Shelter.Errors.AbsenceKind");
        }

        if (fromOn < AdmittedOn)
        {
            throw new DomainException("Shelter.Errors.AbsenceBeforeAdmission");
        }

        if (toOn is { } to && to < fromOn)
        {
            throw new DomainException("Shelter.Errors.AbsenceEndsBeforeStart");
        }

        var absence = PlacementAbsence.Of(Id, kind, fromOn, toOn);
        absences.Add(absence);
        return absence;
    }

    /// <summary>She leaves: her bed is free from <paramref name="exitedAtUtc"/>.</summary>
    public void Exit(DateTime exitedAtUtc, DateOnly exitedOn, ExitDestination destination, string? reason, DateTime utcNow)
    {
        EnsureActive();
        if (exitedAtUtc < AdmittedAtUtc || exitedAtUtc < occupancies.Max(o => o.FromUtc))
        {
            throw new DomainException("Shelter.Errors.ExitBeforeAdmission");
        }

        if (exitedAtUtc > utcNow + ClockSlack)
        {
            throw new DomainException("Shelter.Errors.ExitInFuture");
        }

        if (!Enum.IsDefined(destination))
        {
            throw new DomainException("Shelter.Errors.Destination");
        }

        ExitReason = Guard.OptionalText(reason, ExitReasonMaxLength, "Shelter.Errors.ExitReason");
        occupancies.Single(o => o.EndedAtUtc is null).End(exitedAtUtc);
        ExitedAtUtc = exitedAtUtc;
        ExitedOn = exitedOn;
        ExitDestination = destination;
    }

    /// <summary>Nights in the shelter until <paramref name="today"/>, or until the exit (see <see cref="ShelterStay"/>).</summary>
    public int DaysUntil(DateOnly today) => ShelterStay.Days(AdmittedOn, ExitedOn ?? today);

    private void Occupy(Bed bed, DateTime fromUtc)
    {
        if (!bed.InUse)
        {
            throw new DomainException("Shelter.Errors.BedOutOfUse");
        }

        occupancies.Add(BedOccupancy.Of(Id, bed.Id, fromUtc));
        BedId = bed.Id;
    }

    private void EnsureActive()
    {
        if (!IsActive)
        {
            throw new DomainException("Shelter.Errors.PlacementEnded");
        }
    }
}
