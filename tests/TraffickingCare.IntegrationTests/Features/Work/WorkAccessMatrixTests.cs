using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Work;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Work;

/// <summary>
/// Every route of "Moj rad" that takes an id (a case's tasks page and form, a task's done, reopen and delete), for every
/// role: a task follows its case's access rule, and a task about no case is its assignee's, its author's and the coordinator's.
/// </summary>
public sealed class WorkAccessMatrixTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private readonly Dictionary<string, Guid> cases = [];
    private readonly Dictionary<string, Guid> tasks = [];

    public async Task InitializeAsync()
    {
        var users = await factory.Arrange.UserIdsAsync();
        cases["own"] = (await factory.Arrange.Case()).Id;
        cases["other"] = (await factory.Arrange.Case().LedBy("radnik2")).Id;
        cases["restricted"] = (await factory.Arrange.Case().LedBy("radnik2").Restricted()).Id;
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now));
        await factory.WithDbAsync(async db =>
        {
            void Add(string key, Guid? caseId, string assignee)
            {
                var task = WorkTask.Set("Zadatak " + key, caseId, users[assignee], today);
                db.WorkTasks.Add(task);
                tasks[key] = task.Id;
            }

            Add("own", cases["own"], "radnik");
            Add("other", cases["other"], "radnik2");
            Add("restricted", cases["restricted"], "radnik2");
            Add("colleague", null, "radnik2");
            Add("shelter", null, "prihvatiliste");
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    public static TheoryData<string, string, HttpStatusCode> CasePages => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(CasePages))]
    public async Task Opening_a_cases_tasks(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.Http.GetAsync($"/Cases/{cases[which]}/Tasks");

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> CaseForms => new()
    {
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(CaseForms))]
    public async Task Setting_a_task_on_a_case(string user, string which, HttpStatusCode expected)
    {
        var assignee = await factory.Arrange.UserIdAsync(user);
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.PostWithTokenAsync($"/Cases/{cases[which]}/Tasks",
            ("Form.Title", "Upad"), ("Form.AssigneeId", assignee), ("Form.DueOn", CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)))));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkTasks.CountAsync(t => t.CaseId == cases[which] && t.Title == "Upad")));
    }

    public static TheoryData<string, string, string, HttpStatusCode> Changes
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var action in new[] { "Done", "Delete" })
            {
                data.Add(action, "radnik", "own", HttpStatusCode.Redirect);
                data.Add(action, "radnik", "other", HttpStatusCode.NotFound);
                data.Add(action, "radnik", "restricted", HttpStatusCode.NotFound);
                data.Add(action, "radnik", "colleague", HttpStatusCode.NotFound);
                data.Add(action, "koordinator", "restricted", HttpStatusCode.Redirect);
                data.Add(action, "koordinator", "colleague", HttpStatusCode.Redirect);
                data.Add(action, "prihvatiliste", "own", action == "Done" ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden);
                data.Add(action, "admin", "own", HttpStatusCode.Forbidden);
            }

            data.Add("Done", "rukovodstvo", "own", HttpStatusCode.NotFound);
            data.Add("Done", "prihvatiliste", "shelter", HttpStatusCode.Redirect);
            data.Add("Delete", "rukovodstvo", "own", HttpStatusCode.Forbidden);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Settling_a_task(string action, string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.PostWithTokenAsync($"/WorkTasks/{action}/{tasks[which]}", ("version", "1"));

        Assert.Equal(expected, response.StatusCode);
        var task = await factory.WithDbAsync(db => db.WorkTasks.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == tasks[which]));
        var changed = action == "Done" ? task.IsDone : task.IsDeleted;

        // A task is deleted only by whoever set it, or the coordinator: radnik's own task was set by someone else,
        // so the answer is the page again with the refusal, and the task stays.
        var refused = action == "Delete" && user == "radnik";
        Assert.Equal(expected == HttpStatusCode.Redirect && !refused, changed);
    }

    [Fact]
    public async Task Reopening_follows_the_same_rule()
    {
        await factory.WithDbAsync(async db =>
        {
            foreach (var task in await db.WorkTasks.ToListAsync())
            {
                task.MarkDone("someone", factory.Arrange.Now);
            }

            await db.SaveChangesAsync();
        });
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        Assert.Equal(HttpStatusCode.NotFound, (await radnik.PostWithTokenAsync($"/WorkTasks/Reopen/{tasks["other"]}", ("version", "2"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.PostWithTokenAsync($"/WorkTasks/Reopen/{tasks["own"]}", ("version", "2"))).StatusCode);
        using var admin = await factory.Arrange.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostWithTokenAsync($"/WorkTasks/Reopen/{tasks["own"]}", ("version", "2"))).StatusCode);
        var open = await factory.WithDbAsync(db => db.WorkTasks.Where(t => t.DoneAtUtc == null).Select(t => t.Id).ToListAsync());
        Assert.Equal([tasks["own"]], open);
    }

    [Theory]
    [InlineData("radnik", HttpStatusCode.OK)]
    [InlineData("koordinator", HttpStatusCode.OK)]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    [InlineData("prihvatiliste", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Opening_the_list(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.Http.GetAsync("/Work");

        Assert.Equal(expected, response.StatusCode);
    }
}
