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
public sealed class WorkAccessMatrixTests(WorkAccessMatrixTests.Arranged arranged) : IClassFixture<WorkAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, Guid> cases = arranged.Cases;

    /// <summary>
    /// One app and its three cases for the whole matrix (a host per case was most of its time). A case that settles a
    /// task sets its own first, so that a task done or deleted by one case is never another's.
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, Guid> Cases { get; } = [];

        protected override async Task ArrangeAsync()
        {
            Cases["own"] = (await Factory.Arrange.Case()).Id;
            Cases["other"] = (await Factory.Arrange.Case().LedBy("radnik2")).Id;
            Cases["restricted"] = (await Factory.Arrange.Case().LedBy("radnik2").Restricted()).Id;
        }
    }

    /// <summary>A new open task: on one of the cases, or about no case ("colleague": radnik2's, "shelter": the shelter's).</summary>
    private async Task<Guid> TaskAsync(string which)
    {
        var users = await factory.Arrange.UserIdsAsync();
        var (caseId, assignee) = which switch
        {
            "own" => (cases["own"], "radnik"),
            "other" => (cases["other"], "radnik2"),
            "restricted" => (cases["restricted"], "radnik2"),
            "colleague" => ((Guid?)null, "radnik2"),
            _ => ((Guid?)null, "prihvatiliste"),
        };
        var task = WorkTask.Set("Zadatak " + which, caseId, users[assignee], DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)));
        await factory.WithDbAsync(db =>
        {
            db.WorkTasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task.Id;
    }

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
        var taskId = await TaskAsync(which);
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.PostWithTokenAsync($"/WorkTasks/{action}/{taskId}", ("version", "1"));

        Assert.Equal(expected, response.StatusCode);
        var task = await factory.WithDbAsync(db => db.WorkTasks.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == taskId));
        var changed = action == "Done" ? task.IsDone : task.IsDeleted;

        // A task is deleted only by whoever set it, or the coordinator: radnik's own task was set by someone else,
        // so the answer is the page again with the refusal, and the task stays.
        var refused = action == "Delete" && user == "radnik";
        Assert.Equal(expected == HttpStatusCode.Redirect && !refused, changed);
    }

    [Fact]
    public async Task Reopening_follows_the_same_rule()
    {
        var tasks = new Dictionary<string, Guid> { ["own"] = await TaskAsync("own"), ["other"] = await TaskAsync("other") };
        await factory.WithDbAsync(async db =>
        {
            foreach (var task in await db.WorkTasks.Where(t => tasks.Values.Contains(t.Id)).ToListAsync())
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
        var open = await factory.WithDbAsync(db => db.WorkTasks.Where(t => tasks.Values.Contains(t.Id) && t.DoneAtUtc == null).Select(t => t.Id).ToListAsync());
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
