using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shelter.Placements;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>A bed is never given to two people at once, also when staff admit at the same moment.</summary>
public sealed class ParallelAdmissionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<ChangeResult> AdmitAsync(string caseCode, Guid bedId)
    {
        await Task.Yield();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<AdmitHandler>();
        var local = CentreClock.ToLocal(app.Factory.Arrange.Now);
        return await handler.HandleAsync(new AdmitForm
        {
            CaseCode = caseCode,
            BedId = bedId,
            AdmittedOn = CentreClock.FormatDate(DateOnly.FromDateTime(local)),
            AdmittedAt = CentreClock.FormatTime(local),
        }, CancellationToken.None);
    }

    [Fact]
    public async Task Admissions_to_one_bed_at_the_same_moment_give_it_to_exactly_one_person()
    {
        var (_, _, beds) = await app.Factory.Arrange.ShelterAsync(beds: 1, name: "Paralelno");
        var codes = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            codes.Add((await app.Factory.Arrange.Case()).Code);
        }

        var results = await Task.WhenAll(codes.Select(code => Task.Run(() => AdmitAsync(code, beds[0].Id))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(PlacementChange.BedTakenKey, r.ErrorKey));
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.BedOccupancies.CountAsync(o => o.BedId == beds[0].Id && o.EndedAtUtc == null)));
    }

    [Fact]
    public async Task The_database_refuses_a_second_open_stay_in_a_bed_even_when_no_check_ran()
    {
        var (_, _, beds) = await app.Factory.Arrange.ShelterAsync(beds: 1, name: "Bez provere");
        var first = await app.Factory.Arrange.Case();
        var second = await app.Factory.Arrange.Case();
        var now = app.Factory.Arrange.Now;
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(now));

        await app.Factory.WithDbAsync(async db =>
        {
            db.Placements.Add(Placement.Admit(first.Id, beds[0], now, today, null, now));
            await db.SaveChangesAsync();
        });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => app.Factory.WithDbAsync(async db =>
        {
            db.Placements.Add(Placement.Admit(second.Id, beds[0], now, today, null, now));
            await db.SaveChangesAsync();
        }));

        Assert.True(DuplicateKey.Is(refused));
    }
}
