using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>The Centre's work on cases (services, visits, conferences, proceedings, hearings, shelter stays) on given local days, through the domain.</summary>
internal sealed class WorkArrange(AppFactory factory, IReadOnlyDictionary<string, string> users)
{
    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => new CentreClock(factory.Clock).Today;

    public static async Task<WorkArrange> OfAsync(AppFactory factory) => new(factory, await factory.Arrange.UserIdsAsync());

    public Task<CaseService> ServiceAsync(Guid caseId, string type, DateOnly on, Guid? amends = null) => SaveAsync(
        CaseService.Log(caseId, new ServiceDetails(type, on, 60, StaffOrPartner.Staff(users["radnik"]), null), users["radnik"], Now, Today, amends));

    public Task<FieldVisit> VisitAsync(Guid caseId, DateOnly on) => SaveAsync(
        FieldVisit.Record(caseId, new FieldVisitDetails(on, VisitPlace.Home, "Assessment", [StaffOrPartner.Staff(users["radnik"])], null, null, null), users["radnik"], Now, Today));

    /// <summary>A conference at a local day and time, scheduled the day before; held (closed with the chair present) if <paramref name="held"/>.</summary>
    public Task<CaseConference> ConferenceAsync(Guid caseId, DateOnly day, bool held)
    {
        var starts = CentreClock.ToUtc(day, new TimeOnly(10, 0));
        var chair = users["radnik"];
        var conference = CaseConference.Schedule(
            caseId, new ConferencePlan(starts, 60, ConferencePlace.Remote, null, chair, [new ParticipantDetails(ParticipantKind.Staff, UserId: chair)], [new AgendaLine("Plan podrške")]), starts.AddDays(-1));
        if (held)
        {
            conference.Record(new ConferenceRecord(new Dictionary<Guid, Attendance> { [conference.Participants[0].Id] = Attendance.Present }, new Dictionary<Guid, string?>(), null, null));
            conference.Close(chair, starts.AddHours(1));
        }

        return SaveAsync(conference);
    }

    public Task<Proceeding> ProceedingAsync(Guid caseId, Guid courtId, DateOnly opened, bool lawyer, DateOnly? claimed = null, DateOnly? awarded = null) => SaveAsync(
        Proceeding.Open(
            caseId,
            new(courtId, null, ProceedingRole.InjuredParty, lawyer, null, null, ProtectiveMeasures.None,
                claimed is { } c ? new Compensation(1000m, "RSD", c) : null, awarded is { } a ? new Compensation(500m, "RSD", a) : null, false),
            ProceedingStage.Investigation, opened, users["radnik"], Today));

    /// <summary>A hearing at a local day and time that has taken place, escorted by staff, by a partner or by nobody.</summary>
    public Task<Hearing> HearingAsync(Proceeding proceeding, Guid courtId, DateOnly day, TimeOnly at, bool staffEscort, Guid? partnerEscort, bool statement) => SaveAsync(
        Hearing.Schedule(proceeding, new(CentreClock.ToUtc(day, at), courtId, HearingKind.MainHearing, staffEscort ? users["radnik"] : null, partnerEscort, false, statement, null), Now));

    /// <summary>A stay from <paramref name="admitted"/> (to <paramref name="exited"/>, if given), moved to recovery on <paramref name="recoveryOn"/> if given.</summary>
    public Task<Placement> StayAsync(Guid caseId, Bed bed, DateOnly admitted, DateOnly? exited, ExitDestination destination = ExitDestination.Family, DateOnly? recoveryOn = null)
    {
        var placement = Placement.Admit(caseId, bed, CentreClock.ToUtc(admitted, new TimeOnly(12, 0)), admitted, null, Now);
        if (recoveryOn is { } on)
        {
            var change = placement.ProposePhase(ShelterPhase.Recovery, "Ciljevi stabilizacije ostvareni.", null, users["prihvatiliste"], CentreClock.ToUtc(on, new TimeOnly(9, 0)));
            placement.ApprovePhase(change.Id, users["koordinator"], CentreClock.ToUtc(on, new TimeOnly(10, 0)), on);
        }

        if (exited is { } left)
        {
            placement.Exit(CentreClock.ToUtc(left, new TimeOnly(12, 0)), left, destination, null, Now);
        }

        return SaveAsync(placement);
    }

    private async Task<T> SaveAsync<T>(T entity)
        where T : class
    {
        await factory.WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
        });
        return entity;
    }
}
