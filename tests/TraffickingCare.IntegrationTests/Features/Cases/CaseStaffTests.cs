using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// The people who work on a case (<see cref="CaseStaffQuery"/>), to whom a task, an invitation or an action item about
/// it may go: its lead and its present team, enabled, and every coordinator only when asked.
/// </summary>
public sealed class CaseStaffTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_lead_and_the_present_team_are_the_staff_and_the_coordinators_only_when_asked()
    {
        var factory = app.Factory;
        var name = Guid.NewGuid().ToString("N")[..8];
        var lead = await TestUsers.CreateAsync(factory, "lead-" + name, Roles.Caseworker);
        var member = await TestUsers.CreateAsync(factory, "member-" + name, Roles.Caseworker);
        var removed = await TestUsers.CreateAsync(factory, "removed-" + name, Roles.Caseworker);
        var disabled = await TestUsers.CreateAsync(factory, "disabled-" + name, Roles.Caseworker);
        var outsider = await TestUsers.CreateAsync(factory, "outsider-" + name, Roles.Caseworker);
        var coordinator = await TestUsers.CreateAsync(factory, "coordinator-" + name, Roles.Coordinator);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var file = CaseFile.Open(CaseCode.For(2025, 20_000 + Random.Shared.Next(1, 100_000)), lead, now);
        file.AddToTeam(member);
        file.AddToTeam(removed);
        file.AddToTeam(disabled);
        await factory.WithDbAsync(db =>
        {
            db.Cases.Add(file);
            return db.SaveChangesAsync();
        });
        await factory.WithDbAsync(async db =>
        {
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).RemoveFromTeam(removed, lead, now);
            (await db.Users.SingleAsync(u => u.Id == disabled)).IsDisabled = true;
            await db.SaveChangesAsync();
        });

        var (team, teamAndCoordinators, allOnTeam, withOneRemoved) = await factory.WithDbAsync(async db =>
        {
            var staff = new CaseStaffQuery(db);
            return (
                await staff.Of(file.Id, withCoordinators: false).Select(u => u.Id).ToListAsync(),
                await staff.Of(file.Id, withCoordinators: true).Select(u => u.Id).ToListAsync(),
                await staff.AllAsync(file.Id, [lead, member, lead, coordinator], CancellationToken.None),
                await staff.AllAsync(file.Id, [lead, removed], CancellationToken.None));
        });

        Assert.Equal(new[] { lead, member }.Order(StringComparer.Ordinal), team.Order(StringComparer.Ordinal));
        Assert.Contains(coordinator, teamAndCoordinators);
        Assert.Contains(lead, teamAndCoordinators);
        Assert.Contains(member, teamAndCoordinators);
        Assert.DoesNotContain(removed, teamAndCoordinators);
        Assert.DoesNotContain(disabled, teamAndCoordinators);
        Assert.DoesNotContain(outsider, teamAndCoordinators);
        Assert.True(allOnTeam);
        Assert.False(withOneRemoved);
    }
}
