using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// A query the shared rules compose, compiled from the rules themselves (<see cref="CompiledRule"/>): it answers each
/// argument as the rule answers it (a stand-in became a parameter, not a value kept for every caller), and a rule that
/// captured anything but its arguments is refused before it is compiled.
/// </summary>
public sealed class CompiledRuleTests
{
    [Fact]
    public async Task The_case_staff_compiled_from_its_rule_answer_each_case_and_shape_as_the_rule_does()
    {
        await using var factory = new AppFactory();
        await TestUsers.CaseworkerAsync(factory, "radnik-bivsi", disabled: true);
        var first = await factory.Arrange.Case().LedBy("radnik").WithTeam("radnik-bivsi");
        var second = await factory.Arrange.Case().LedBy("radnik2").WithTeam("radnik");

        using var scope = factory.Services.CreateScope();
        var staff = scope.ServiceProvider.GetRequiredService<CaseStaffQuery>();
        foreach (var file in new[] { first, second })
        {
            foreach (var withCoordinators in new[] { true, false })
            {
                var ruled = await staff.Of(file.Id, withCoordinators).OrderBy(u => u.DisplayName).Select(u => u.Id).ToListAsync();
                var compiled = await staff.OptionsAsync(file.Id, withCoordinators, CancellationToken.None);
                Assert.Equal(ruled, compiled.Select(o => o.Code));
            }
        }

        var ids = await factory.Arrange.UserIdsAsync();
        Assert.Equal([ids["radnik"]], (await staff.OptionsAsync(first.Id, withCoordinators: false, CancellationToken.None)).Select(o => o.Code));
        Assert.Equal(
            new[] { ids["radnik"], ids["radnik2"] }.Order(),
            (await staff.OptionsAsync(second.Id, withCoordinators: false, CancellationToken.None)).Select(o => o.Code).Order());
        Assert.Contains(ids["koordinator"], (await staff.OptionsAsync(second.Id, withCoordinators: true, CancellationToken.None)).Select(o => o.Code));
    }

    [Fact]
    public async Task A_rule_that_captures_a_value_other_than_its_arguments_is_refused()
    {
        await using var factory = new AppFactory();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var openedBefore = factory.Arrange.Now;

        var refused = Assert.Throws<InvalidOperationException>(() => CompiledRule.List(db, (AppDbContext db, Guid id) =>
            db.Cases.Where(c => c.Id == id && c.OpenedAtUtc < openedBefore).Select(c => c.Code)));
        Assert.Contains("openedBefore", refused.Message);

        // A value worked out from an argument is not the argument either.
        Assert.Throws<InvalidOperationException>(() => CompiledRule.List(db, (AppDbContext db, string userId) =>
        {
            var lead = userId.ToUpperInvariant();
            return db.Cases.Where(c => c.LeadCaseworkerId == lead).Select(c => c.Code);
        }));
    }

    [Fact]
    public async Task Whether_a_user_may_change_a_case_compiled_from_the_access_rule_answers_as_the_rule_for_every_role_and_case()
    {
        await using var factory = new AppFactory();
        var cases = new List<CaseFile>();
        foreach (var (_, arranged) in factory.Arrange.MatrixCases())
        {
            cases.Add(await arranged);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccess>();
        var answers = new List<bool>();
        foreach (var name in new[] { "koordinator", "radnik", "radnik2", "rukovodstvo", "prihvatiliste", "admin" })
        {
            var user = await signIn.CreateUserPrincipalAsync((await users.FindByNameAsync(name))!);
            foreach (var file in cases)
            {
                var compiled = await access.MayEditAsync(user, file.Id, CancellationToken.None);
                Assert.Equal(await access.Editable(user).AnyAsync(c => c.Id == file.Id), compiled);
                answers.Add(compiled);
            }
        }

        Assert.Contains(true, answers);
        Assert.Contains(false, answers);
    }

    [Fact]
    public async Task A_work_list_compiled_for_each_shape_reads_the_cases_the_rule_gives_for_every_role_and_assignee()
    {
        await using var factory = new AppFactory();
        foreach (var (_, arranged) in factory.Arrange.MatrixCases())
        {
            await arranged;
        }

        await factory.Arrange.Case().LedBy("koordinator").WithTeam("radnik2");
        var ids = await factory.Arrange.UserIdsAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccess>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var compiled = CaseAccess.PerWorkShape((db, shape) => CompiledRule.List<string, string, DateTime, DateOnly, Guid>(
            db, (db, assignee, userId, restrictedSince, _) => CaseAccess.WorkOf(db, shape, assignee, userId, restrictedSince).Select(c => c.Id)));
        var found = 0;
        foreach (var name in new[] { "koordinator", "radnik", "radnik2", "rukovodstvo", "prihvatiliste" })
        {
            var user = await signIn.CreateUserPrincipalAsync((await users.FindByNameAsync(name))!);
            foreach (var assignee in new[] { "radnik", "radnik2", "koordinator" })
            {
                var ruled = await access.WorkOf(user, ids[assignee]).Select(c => c.Id).OrderBy(id => id).ToListAsync();
                var (shape, viewer) = access.WorkViewerOf(user, ids[assignee]);
                var read = await compiled[shape].For(db)(db, ids[assignee], viewer.UserId, viewer.RestrictedSince, default).ToListAsync();
                Assert.Equal(ruled, read.Order());
                found += read.Count;
            }
        }

        Assert.True(found > 0);
    }

    [Fact]
    public async Task A_rule_that_reads_a_changing_static_member_or_an_in_memory_query_is_refused_and_an_instant_is_a_parameter()
    {
        await using var factory = new AppFactory();
        var file = await factory.Arrange.Case();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Throws<InvalidOperationException>(() => CompiledRule.List(db, (AppDbContext db, Guid id) =>
            db.Cases.Where(c => c.Id == id && c.OpenedAtUtc < DateTime.UtcNow).Select(c => c.Code)));
        var inMemory = new[] { "radnik" }.AsQueryable();
        Assert.Throws<InvalidOperationException>(() => CompiledRule.List(db, (AppDbContext db, Guid id) =>
            db.Cases.Where(c => c.Id == id && inMemory.Contains(c.LeadCaseworkerId)).Select(c => c.Code)));

        var openedBefore = CompiledRule.Any<Guid, string, DateTime, CaseFile>(db, (db, id, _, before) => db.Cases.Where(c => c.Id == id && c.OpenedAtUtc < before));
        Assert.True(await openedBefore(db, file.Id, string.Empty, file.OpenedAtUtc.AddMinutes(1), CancellationToken.None));
        Assert.False(await openedBefore(db, file.Id, string.Empty, file.OpenedAtUtc.AddMinutes(-1), CancellationToken.None));
    }

    [Fact]
    public async Task A_compiled_rule_reads_another_value_of_its_argument_on_each_run()
    {
        await using var factory = new AppFactory();
        var first = await factory.Arrange.Case().LedBy("radnik");
        var second = await factory.Arrange.Case().LedBy("radnik2");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var ofLead = CompiledRule.List(db, (AppDbContext db, string userId) => db.Cases.Where(c => c.LeadCaseworkerId == userId).Select(c => c.Id));
        var ids = await factory.Arrange.UserIdsAsync();

        Assert.Equal([first.Id], await ofLead(db, ids["radnik"]).ToListAsync());
        Assert.Equal([second.Id], await ofLead(db, ids["radnik2"]).ToListAsync());
    }

    [Fact]
    public async Task A_list_of_ids_is_a_parameter_read_again_on_each_run_and_a_captured_list_is_refused()
    {
        await using var factory = new AppFactory();
        var first = await factory.Arrange.Case();
        var second = await factory.Arrange.Case();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var codes = CompiledRule.List(db, (AppDbContext db, List<Guid> ids) => db.Cases.Where(c => ids.Contains(c.Id)).Select(c => c.Code));

        Assert.Equal([first.Code], await codes(db, [first.Id]).ToListAsync());
        Assert.Equal([first.Code, second.Code], (await codes(db, [first.Id, second.Id]).ToListAsync()).Order());
        Assert.Empty(await codes(db, []).ToListAsync());
        List<Guid> captured = [first.Id];
        Assert.Throws<InvalidOperationException>(() => CompiledRule.List(db, (AppDbContext db, List<Guid> ids) =>
            db.Cases.Where(c => ids.Contains(c.Id) || captured.Contains(c.Id)).Select(c => c.Code)));
    }
}
