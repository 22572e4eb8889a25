using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Work;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Work;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Work;

/// <summary>"Moj rad" end to end: tasks set from a case and from the list, the other features' sources, the coordinator's filter, the home counts.</summary>
public sealed class WorkTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = [];

    private DateOnly Today => factory.Arrange.Today;

    public async Task InitializeAsync() => users = await factory.Arrange.UserIdsAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_task_set_on_a_case_appears_on_the_work_of_its_assignee_and_not_of_another_caseworker()
    {
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");

        var response = await radnik.SubmitAsync(casePage, "#case-task-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Dogovoriti pratnju na ročište",
            ["Form.AssigneeId"] = users["radnik"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today.AddDays(2)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var work = await radnik.GetPageAsync("/Work");
        var row = Assert.Single(work.QuerySelectorAll("#work-list tr.work-item"));
        Assert.Contains("Dogovoriti pratnju na ročište", row.TextContent);
        Assert.Contains(file.Code, row.TextContent);
        Assert.Contains(CentreClock.FormatDate(Today.AddDays(2)), row.TextContent);
        Assert.Contains(Ui.Text("Work.Kind.Task"), row.TextContent);
        Assert.Equal($"/Cases/Details/{file.Id}", row.QuerySelector("a")!.GetAttribute("href"));

        // On the case's team, yet not the assignee: radnik2's list does not hold it; the case page does.
        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        Assert.DoesNotContain("Dogovoriti pratnju", (await radnik2.GetPageAsync("/Work")).Body!.TextContent);
        Assert.Contains("Dogovoriti pratnju", (await radnik2.GetPageAsync($"/Cases/Details/{file.Id}")).QuerySelector("#case-tasks")!.TextContent);
    }

    [Fact]
    public async Task Overdue_referrals_decisions_and_follow_ups_of_the_caseworker_come_first()
    {
        await factory.Arrange.Referral().Overdue().AssignedTo("radnik");
        await factory.Arrange.Referral().Overdue().AssignedTo("radnik2");
        var late = await factory.Arrange.Case().OpenedAt(factory.Arrange.Now.AddDays(-40));
        var closed = await factory.Arrange.Case().With((c, now) => c.Close("GoalsReached", Today.AddDays(-1), now));
        await AddTaskAsync("Nazvati centar za socijalni rad", "radnik", Today.AddDays(3));

        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var rows = (await radnik.GetPageAsync("/Work")).QuerySelectorAll("#work-list tr.work-item").Select(r => r.TextContent).ToList();

        Assert.Equal(4, rows.Count);
        Assert.All(rows.Take(3), r => Assert.Contains(Ui.Text("Work.Overdue"), r));
        Assert.Single(rows, r => r.Contains(Ui.Text("Work.Referral.Triage")));
        Assert.Single(rows, r => r.Contains(Ui.Text("Work.Decision.Overdue")) && r.Contains(late.Code));
        Assert.Single(rows, r => r.Contains(Ui.Text("Work.FollowUp.Contact")) && r.Contains(closed.Code));
        Assert.Contains("Nazvati centar", rows[3]);
        Assert.DoesNotContain(Ui.Text("Work.Overdue"), rows[3]);
    }

    [Fact]
    public async Task The_coordinator_sets_a_task_for_a_caseworker_and_finds_it_by_choosing_that_member()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var response = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/Work"), "#task-add-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Pripremiti izveštaj za sastanak mreže",
            ["Form.AssigneeId"] = users["radnik2"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.DoesNotContain("Pripremiti izveštaj", (await coordinator.GetPageAsync("/Work")).Body!.TextContent);
        var filtered = await coordinator.GetPageAsync($"/Work?member={users["radnik2"]}");
        Assert.Contains("Pripremiti izveštaj", filtered.QuerySelector("#work-list")!.TextContent);
        Assert.Equal(users["radnik2"], filtered.QuerySelector("#member option[selected]")!.GetAttribute("value"));

        // A caseworker has no filter: another's id in the address shows their own list.
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var own = await radnik.GetPageAsync($"/Work?member={users["radnik2"]}");
        Assert.Null(own.QuerySelector("#work-filter"));
        Assert.DoesNotContain("Pripremiti izveštaj", own.Body!.TextContent);
    }

    [Fact]
    public async Task In_a_large_centre_the_coordinator_finds_a_member_by_name_and_the_chosen_member_stays_offered()
    {
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"clan-{i:00}");
        }

        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var before = await coordinator.GetPageAsync("/Work");
        Assert.Equal([string.Empty], Members(before));
        Assert.Equal(Ui.Text("Work.MemberFindHint"), before.QuerySelector("#member-find-hint")!.TextContent.Trim());

        var found = await coordinator.GetPageAsync("/Work?memberFind=radnik2");
        Assert.Equal([string.Empty, users["radnik2"]], Members(found));
        Assert.Equal(Ui.Text("Caseworkers.Found", 1), found.QuerySelector("#member-find-hint")!.TextContent.Trim());

        var page = await coordinator.GetPageAsync($"/Work?memberFind=&member={users["radnik2"]}");
        Assert.Equal([string.Empty, users["radnik2"]], Members(page));
        Assert.Equal(users["radnik2"], page.QuerySelector("#member option[selected]")!.GetAttribute("value"));
        Assert.Equal([string.Empty], Members(await coordinator.GetPageAsync($"/Work?member={users["koordinator"]}")));
    }

    [Fact]
    public async Task In_a_large_centre_the_task_form_offers_the_user_finds_a_colleague_by_name_and_keeps_the_coordinators_filter()
    {
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"clan-{i:00}");
        }

        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var before = await radnik.GetPageAsync("/Work");
        Assert.Equal([users["radnik"]], before.Offered("#Form_AssigneeId"));
        Assert.Equal(Ui.Text("Work.Task.AssigneeFindHint"), before.QuerySelector("#assignee-find-hint")!.TextContent.Trim());

        var found = await radnik.GetPageAsync("/Work?assigneeFind=radnik2");
        Assert.Equal(new[] { users["radnik"], users["radnik2"] }.Order(), found.Offered("#Form_AssigneeId").Order());
        var added = await radnik.SubmitAsync(found, "#task-add-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Za koleginicu iz velikog centra",
            ["Form.AssigneeId"] = users["radnik2"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var task = await factory.WithDbAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.AssigneeId == users["radnik2"]));
        Assert.Equal("Za koleginicu iz velikog centra", task.Title);

        // A caseworker gives tasks to caseworkers only; the refused form keeps what was typed.
        var refused = await radnik.SubmitAsync(found, "#task-add-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Za prihvatilište",
            ["Form.AssigneeId"] = users["prihvatiliste"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today),
        });
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Work.Errors.Assignee"), again.QuerySelector("#task-add-form")!.TextContent);
        Assert.Equal("Za prihvatilište", again.QuerySelector("#Form_Title")!.GetAttribute("value"));

        // The coordinator's search for an assignee carries the member filter of the list.
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var filtered = await coordinator.GetPageAsync($"/Work?member={users["radnik2"]}");
        Assert.Equal(users["radnik2"], filtered.QuerySelector("#assignee-find-form input[type=hidden][name=member]")!.GetAttribute("value"));
        var shelter = await coordinator.GetPageAsync($"/Work?member={users["radnik2"]}&assigneeFind=prihvatiliste");
        Assert.Contains(users["prihvatiliste"], shelter.Offered("#Form_AssigneeId"));
        Assert.Equal(users["radnik2"], shelter.QuerySelector("#member option[selected]")!.GetAttribute("value"));
    }

    private static List<string> Members(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#member option").Select(o => o.GetAttribute("value") ?? string.Empty)];

    [Fact]
    public async Task A_case_code_pasted_with_spaces_around_it_and_in_lower_case_finds_the_case()
    {
        var own = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var pasted = $"      {own.Code.ToLowerInvariant()}      ";
        Assert.True(pasted.Length > CaseCode.MaxLength);

        var response = await radnik.SubmitAsync(await radnik.GetPageAsync("/Work"), "#task-add-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Zalepljena šifra",
            ["Form.CaseCode"] = pasted,
            ["Form.AssigneeId"] = users["radnik"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var task = await factory.WithDbAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.CaseId == own.Id));
        Assert.Equal("Zalepljena šifra", task.Title);
    }

    [Fact]
    public async Task A_task_for_a_case_out_of_reach_is_refused_with_everything_typed_kept()
    {
        var other = await factory.Arrange.Case().LedBy("radnik2");
        var own = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var response = await radnik.SubmitAsync(await radnik.GetPageAsync("/Work"), "#task-add-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Tuđi slučaj",
            ["Form.CaseCode"] = other.Code,
            ["Form.AssigneeId"] = users["radnik"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Work.Errors.Case"), page.QuerySelector("#task-add-form")!.TextContent);
        Assert.Equal("Tuđi slučaj", page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal(other.Code, page.QuerySelector("#Form_CaseCode")!.GetAttribute("value"));

        // Through the case's address it is simply not there; and a colleague off the case's team cannot be given its task.
        var posted = await radnik.PostWithTokenAsync($"/Cases/{other.Id}/Tasks",
            ("Form.Title", "Tuđi slučaj"), ("Form.AssigneeId", users["radnik"]), ("Form.DueOn", CentreClock.FormatDate(Today)));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        var offTeam = await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{own.Id}/Tasks"), "#case-task-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Za koleginicu",
            ["Form.DueOn"] = CentreClock.FormatDate(Today),
        });
        Assert.Equal(HttpStatusCode.OK, offTeam.StatusCode);
        Assert.Contains(Ui.Text("Work.Errors.Assignee"), (await TestClient.ParseAsync(offTeam)).QuerySelector("#case-task-form")!.TextContent);
        var forged = await radnik.PostWithTokenAsync($"/Cases/{own.Id}/Tasks",
            ("Form.Title", "Za koleginicu"), ("Form.AssigneeId", users["radnik2"]), ("Form.DueOn", CentreClock.FormatDate(Today)));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkTasks.CountAsync()));
    }

    [Fact]
    public async Task A_task_done_twice_is_refused_and_a_click_from_a_page_older_than_its_reopening_is_a_conflict()
    {
        var file = await factory.Arrange.Case();
        var task = await AddTaskAsync("Poslati dopis školi", "radnik", Today, file.Id);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var first = await radnik.GetPageAsync("/Work");
        var second = await radnik.GetPageAsync("/Work");

        var done = await radnik.SubmitAsync(first, "form.work-done");
        Assert.Equal("/Work", done.Headers.Location!.OriginalString);
        Assert.Contains(Ui.Text("Work.Task.Done"), (await radnik.GetPageAsync("/Work")).Body!.TextContent);

        // Done once more from the older page: the domain says it is done already.
        var again = await radnik.SubmitAsync(second, "form.work-done");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains(Ui.Text("Work.Errors.AlreadyDone"), (await radnik.GetPageAsync("/Work")).Body!.TextContent);

        // Reopened from the case page; the older /Work page's click then carries a stale version: a conflict, nothing saved.
        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var reopened = await radnik.SubmitAsync(casePage, "#case-task-list form.case-task-settle");
        Assert.Equal($"/Cases/Details/{file.Id}", reopened.Headers.Location!.OriginalString);
        var stale = await radnik.SubmitAsync(second, "form.work-done");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        var after = await radnik.GetPageAsync("/Work");
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), after.Body!.TextContent);
        Assert.Contains("Poslati dopis", after.QuerySelector("#work-list")!.TextContent);
        var saved = await factory.WithDbAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.False(saved.IsDone);
        Assert.Equal(3, saved.Version);
    }

    [Fact]
    public async Task A_caseworker_sets_a_task_for_themselves_and_deletes_it_and_it_is_kept_only_as_deleted()
    {
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        await radnik.SubmitAsync(await radnik.GetPageAsync("/Work"), "#task-add-form", new Dictionary<string, string>
        {
            ["Form.Title"] = "Pročitati novi pravilnik",
            ["Form.AssigneeId"] = users["radnik"],
            ["Form.DueOn"] = CentreClock.FormatDate(Today.AddDays(1)),
        });
        var page = await radnik.GetPageAsync("/Work");
        Assert.Contains("Pročitati novi pravilnik", page.QuerySelector("#work-list")!.TextContent);

        var deleted = await radnik.SubmitAsync(page, "form.work-delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.NotNull((await radnik.GetPageAsync("/Work")).QuerySelector("#work-empty"));
        var row = await factory.WithDbAsync(db => db.WorkTasks.IgnoreQueryFilters().AsNoTracking().SingleAsync());
        Assert.True(row.IsDeleted);
        Assert.Equal(users["radnik"], row.DeletedBy);
    }

    [Fact]
    public async Task A_task_the_coordinator_set_is_not_offered_for_deletion_to_its_assignee_who_may_delete_only_their_own()
    {
        var file = await factory.Arrange.Case();
        async Task SetForRadnikAsync(TestClient setter, string title) =>
            await setter.SubmitAsync(await setter.GetPageAsync("/Work"), "#task-add-form", new Dictionary<string, string>
            {
                ["Form.Title"] = title,
                ["Form.CaseCode"] = file.Code,
                ["Form.AssigneeId"] = users["radnik"],
                ["Form.DueOn"] = CentreClock.FormatDate(Today),
            });
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        await SetForRadnikAsync(coordinator, "Od koordinatora");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        await SetForRadnikAsync(radnik, "Moj podsetnik");

        // The assignee may mark both done, but withdraw only the one they set: a button that is always refused is not offered.
        var work = (await radnik.GetPageAsync("/Work")).QuerySelectorAll("#work-list tr.work-item").ToList();
        Assert.Equal(2, work.Count);
        Assert.All(work, row => Assert.NotNull(row.QuerySelector("form.work-done")));
        Assert.Null(work.Single(r => r.TextContent.Contains("Od koordinatora")).QuerySelector("form.work-delete"));
        Assert.NotNull(work.Single(r => r.TextContent.Contains("Moj podsetnik")).QuerySelector("form.work-delete"));
        var onCase = (await radnik.GetPageAsync($"/Cases/{file.Id}/Tasks")).QuerySelectorAll("#case-task-list li").ToList();
        Assert.Null(onCase.Single(r => r.TextContent.Contains("Od koordinatora")).QuerySelector("form.case-task-delete"));
        Assert.NotNull(onCase.Single(r => r.TextContent.Contains("Moj podsetnik")).QuerySelector("form.case-task-delete"));

        // The coordinator may withdraw either.
        var theirs = (await coordinator.GetPageAsync($"/Cases/{file.Id}/Tasks")).QuerySelectorAll("#case-task-list li").ToList();
        Assert.Equal(2, theirs.Count(r => r.QuerySelector("form.case-task-delete") is not null));
    }

    [Fact]
    public async Task The_list_runs_the_same_number_of_sql_commands_for_two_tasks_and_for_forty()
    {
        var file = await factory.Arrange.Case();
        await factory.Arrange.Referral().Overdue().AssignedTo("radnik");
        for (var i = 0; i < 2; i++)
        {
            await AddTaskAsync($"Zadatak {i}", "radnik", Today.AddDays(i % 5), i % 2 == 0 ? file.Id : null);
        }

        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        await radnik.GetPageAsync("/Work");
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        var small = await radnik.GetPageAsync("/Work");
        var few = counter.Count;
        await AddTasksAsync(38, file.Id);
        counter.Reset();
        var large = await radnik.GetPageAsync("/Work");

        Assert.Equal(3, small.QuerySelectorAll("tr.work-item").Length);
        Assert.Equal(41, large.QuerySelectorAll("tr.work-item").Length);
        Assert.Equal(few, counter.Count);
    }

    [Fact]
    public async Task A_long_list_is_shown_fifty_at_a_time_overdue_first_with_the_total_and_the_same_sql_per_page()
    {
        var file = await factory.Arrange.Case();
        await AddTasksAsync(60, file.Id);
        await AddTaskAsync("Kasni od juče", "radnik", Today.AddDays(-1));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var counter = new SqlCommandCounter(factory.DatabasePath);

        var first = await radnik.GetPageAsync("/Work");
        var firstCommands = counter.Count;
        counter.Reset();
        var second = await radnik.GetPageAsync("/Work?page=2");

        Assert.Equal(WorkPageQuery.PageSize, first.QuerySelectorAll("tr.work-item").Length);
        Assert.Equal(11, second.QuerySelectorAll("tr.work-item").Length);
        Assert.Contains("Kasni od juče", first.QuerySelector("tr.work-item")!.TextContent);
        Assert.Contains(Ui.Text("Work.Total", 61), first.Body!.TextContent);
        Assert.Contains(Ui.Text("Common.PageOf", 2, 2), second.Body!.TextContent);
        Assert.Equal(firstCommands, counter.Count);
    }

    [Fact]
    public async Task The_home_page_shows_how_much_is_due_and_overdue_and_links_to_the_list()
    {
        await factory.Arrange.Referral().Overdue().AssignedTo("radnik");
        await AddTaskAsync("Zakazati sastanak", "radnik", Today.AddDays(3));
        await AddTaskAsync("Posle horizonta", "radnik", Today.AddDays(30));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var home = await radnik.GetPageAsync("/");

        var counts = home.QuerySelector("#work-counts-Caseworker")!;
        Assert.Contains(Ui.Text("Home.Work.Counts", 1, 1), counts.TextContent);
        Assert.Equal("/Work", counts.QuerySelector("a")!.GetAttribute("href"));
    }

    private Task<WorkTask> AddTaskAsync(string title, string assignee, DateOnly due, Guid? caseId = null) =>
        factory.WithDbAsync(async db =>
        {
            var task = WorkTask.Set(title, caseId, users[assignee], due);
            db.WorkTasks.Add(task);
            await db.SaveChangesAsync();
            return task;
        });

    private Task AddTasksAsync(int count, Guid caseId) =>
        factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                db.WorkTasks.Add(WorkTask.Set($"Još jedan zadatak {i}", i % 2 == 0 ? caseId : null, users["radnik"], Today.AddDays(i % 7)));
            }

            await db.SaveChangesAsync();
        });
}
