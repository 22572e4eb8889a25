using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Proceedings;

/// <summary>What the proceedings' tests start from: a court in the directory, a proceeding on a case.</summary>
internal static class ProceedingsArrange
{
    public static async Task<Guid> CourtAsync(AppFactory factory, string name = "Viši sud u Beogradu")
    {
        var court = Partner.Create(name, Sector.Justice, null);
        await factory.WithDbAsync(async db =>
        {
            db.Partners.Add(court);
            await db.SaveChangesAsync();
        });
        return court.Id;
    }

    public static async Task<Proceeding> ProceedingAsync(AppFactory factory, Guid caseId, Guid courtId)
    {
        var today = factory.Arrange.Today;
        var proceeding = Proceeding.Open(
            caseId, new(courtId, "K 100/26", ProceedingRole.InjuredParty, true, null, null, ProtectiveMeasures.None, null, null, false),
            ProceedingStage.Investigation, today.AddDays(-30), "system", today);
        await factory.WithDbAsync(async db =>
        {
            db.Proceedings.Add(proceeding);
            await db.SaveChangesAsync();
        });
        return proceeding;
    }

    public static async Task<Hearing> HearingAsync(AppFactory factory, Proceeding proceeding, Guid courtId, DateTime atUtc)
    {
        var hearing = Hearing.Schedule(proceeding, new(atUtc, courtId, HearingKind.MainHearing, null, null, false, false, null), factory.Clock.GetUtcNow().UtcDateTime);
        await factory.WithDbAsync(async db =>
        {
            db.Hearings.Add(hearing);
            await db.SaveChangesAsync();
        });
        return hearing;
    }

    public static DateOnly NextTuesday(AppFactory factory)
    {
        var today = factory.Arrange.Today;
        var days = ((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }
}
