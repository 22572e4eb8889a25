using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// Whether a picker lists every account of its roles or finds them by name (<see cref="CaseworkerOptionsQuery.ListsAllAsync"/>):
/// up to <see cref="CaseworkerOptionsQuery.ListedUpTo"/> holdings of the asked roles, disabled accounts included, and only theirs.
/// </summary>
public sealed class PickerSizeTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_picker_lists_up_to_the_limit_of_holders_of_its_roles_and_finds_beyond_it()
    {
        string[] management = [Roles.Management];
        var held = await factory.WithDbAsync(db => db.UserRoles.CountAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Management)));
        for (var i = held; i < CaseworkerOptionsQuery.ListedUpTo - 1; i++)
        {
            await TestUsers.CreateAsync(factory, $"uprava-{i:00}", Roles.Management);
        }

        var disabled = await TestUsers.CreateAsync(factory, "uprava-bivsa", Roles.Management);
        await factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == disabled)).IsDisabled = true;
            await db.SaveChangesAsync();
        });

        // Exactly the limit, the disabled one counted; the many other roles' holders are not.
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"dezurni-{i:00}");
        }

        Assert.True(await ListsAllAsync(management));
        Assert.False(await ListsAllAsync([Roles.Management, Roles.Caseworker]));

        await TestUsers.CreateAsync(factory, "uprava-jos-jedna", Roles.Management);
        Assert.False(await ListsAllAsync(management));
    }

    private async Task<bool> ListsAllAsync(IReadOnlyCollection<string> roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkerOptionsQuery>().ListsAllAsync(roles, CancellationToken.None);
    }
}
