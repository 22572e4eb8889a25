using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

public sealed class DemoShelterTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_generator_fills_one_demo_shelter_with_residents_and_past_stays_and_never_a_bed_twice()
    {
        _ = factory.Server;
        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>().GenerateAsync(600, 800, null, CancellationToken.None);
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.ShelterUnits.CountAsync());
            Assert.Equal(12, await db.Beds.CountAsync());
            Assert.InRange(await db.Placements.CountAsync(p => p.ExitedAtUtc == null), 1, 11);
            Assert.True(await db.Placements.AnyAsync(p => p.ExitedAtUtc != null));
            Assert.False(await db.BedOccupancies.Where(o => o.EndedAtUtc == null).GroupBy(o => o.BedId).AnyAsync(g => g.Count() > 1));
            Assert.False(await db.Placements.AnyAsync(p => p.ExitedAtUtc != null && p.ExitedAtUtc < p.AdmittedAtUtc));

            // Residents have plans: goals in every phase, notes (one amended), and a proposal waiting for the coordinator.
            Assert.Equal(3, await db.PlanGoals.Select(g => g.Phase).Distinct().CountAsync());
            Assert.True(await db.GoalReviews.AnyAsync());
            Assert.True(await db.ProgressNotes.AnyAsync(n => n.AmendsNoteId != null));
            Assert.Equal(1, await db.PhaseChanges.CountAsync(c => c.Status == PhaseChangeStatus.Pending));
            Assert.False(await db.PhaseChanges.AnyAsync(c => c.DecidedBy == c.ProposedBy));
        });
    }
}
