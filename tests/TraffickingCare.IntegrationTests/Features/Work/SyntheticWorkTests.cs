using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Features.Work;

/// <summary>The demo generator gives every caseworker tasks on "Moj rad": overdue, due today, later and done.</summary>
public sealed class SyntheticWorkTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Each_caseworker_gets_an_overdue_a_due_today_a_later_and_a_done_task_shown_on_their_work()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>().GenerateAsync(40, 60, progress: null, CancellationToken.None);
        }

        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var today = factory.Arrange.Today;
        var tasks = await factory.WithDbAsync(db => db.WorkTasks.Where(t => t.AssigneeId == radnikId).ToListAsync());
        Assert.Equal(4, tasks.Count);
        Assert.Single(tasks, t => t.IsOverdueOn(today));
        Assert.Single(tasks, t => !t.IsDone && t.DueOn == today);
        Assert.Single(tasks, t => !t.IsDone && t.DueOn > today);
        Assert.Single(tasks, t => t.IsDone);
        Assert.All(tasks, t => Assert.NotNull(t.CaseId));

        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var work = await radnik.GetPageAsync("/Work");
        var shown = work.QuerySelector("#work-list")!.TextContent;
        Assert.Contains("Zakazati razgovor sa psihologom", shown);
        Assert.Contains("Dostaviti izveštaj centru za socijalni rad", shown);
    }
}
