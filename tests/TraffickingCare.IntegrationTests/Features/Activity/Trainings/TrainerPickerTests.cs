using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;
using static TraffickingCare.IntegrationTests.Features.Activity.Trainings.TrainingForms;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>
/// A large centre's training form finds its staff trainers by name, posting the form back as typed; a centre of
/// today's size lists them all (<see cref="TrainingsTests"/>). An app of its own: it adds fifty accounts.
/// </summary>
public sealed class TrainerPickerTests : IAsyncLifetime
{
    private const string Topic = "Rad sa decom žrtvama trgovine ljudima";
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_large_centre_finds_a_trainer_by_name_keeps_what_was_typed_and_keeps_a_trainer_who_left_on_the_edit_form()
    {
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"predavac-{i:00}");
        }

        var trainerId = await factory.Arrange.UserIdAsync("predavac-07");
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        var lastWeek = factory.Arrange.Today.AddDays(-7);

        var blank = await koordinator.GetPageAsync("/Activity/Trainings/New");
        Assert.Empty(Offered(blank));
        Assert.Equal(Ui.Text("Activity.Trainings.TrainerFindHint"), blank.QuerySelector("#trainer-find-hint")!.TextContent.Trim());

        // The search posts the whole form: nothing is saved, everything typed comes back, the one found is offered.
        var typed = Kraljevo(blank, lastWeek, Topic, trainerId);
        typed.Remove("Form.StaffTrainerIds");
        typed["Form.TrainerFind"] = "predavac-07";
        var searched = await koordinator.SubmitAsync(blank, Selector, typed, "findTrainers", "1");
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var found = await TestClient.ParseAsync(searched);
        Assert.Equal([trainerId], Offered(found));
        Assert.Equal(Topic, Value(found, "Form.Topic"));
        Assert.Equal("Milena Zamislić", Value(found, "Form.ExternalTrainers[0].Name"));
        Assert.Equal("20", Value(found, SectorField(found, "SocialProtection")));
        Assert.Equal(Ui.Text("Caseworkers.Found", 1), found.QuerySelector("#trainer-find-hint")!.TextContent.Trim());
        Assert.Empty(found.QuerySelectorAll(".field-validation-error, .validation-summary-errors li"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Trainings.CountAsync(t => t.Topic == Topic)));

        // Chosen, then another search: the chosen trainer stays offered and checked beside what the search found.
        var again = await TestClient.ParseAsync(await koordinator.SubmitAsync(found, Selector,
            new Dictionary<string, string> { ["Form.StaffTrainerIds"] = trainerId, ["Form.TrainerFind"] = "predavac-1" }, "findTrainers", "1"));
        Assert.Contains(trainerId, Offered(again));
        Assert.Equal(11, Offered(again).Count);
        Assert.True(((IHtmlInputElement)again.QuerySelector($"input[name='Form.StaffTrainerIds'][value='{trainerId}']")!).IsChecked);

        var saved = await koordinator.SubmitAsync(again, Selector);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var training = await factory.WithDbAsync(db => db.Trainings.AsNoTracking().Include(t => t.Trainers).SingleAsync(t => t.Topic == Topic));
        Assert.Equal([trainerId], training.Trainers.Where(t => t.StaffUserId != null).Select(t => t.StaffUserId));

        // The trainer leaves the Centre: the edit form keeps them, checked; a search finds only enabled staff.
        await factory.WithDbAsync(async db => await db.Users.Where(u => u.Id == trainerId).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true)));
        var edit = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}/Edit");
        Assert.Equal([trainerId], Offered(edit));
        Assert.True(((IHtmlInputElement)edit.QuerySelector($"input[name='Form.StaffTrainerIds'][value='{trainerId}']")!).IsChecked);
        var editSearched = await TestClient.ParseAsync(await koordinator.SubmitAsync(edit, Selector,
            new Dictionary<string, string> { ["Form.TrainerFind"] = "predavac-0" }, "findTrainers", "1"));
        Assert.Equal(10, Offered(editSearched).Count);
        Assert.Equal(1, Offered(editSearched).Count(id => id == trainerId));
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(editSearched, Selector)).StatusCode);
        Assert.Equal([trainerId], await factory.WithDbAsync(db => db.TrainingTrainers.Where(t => t.TrainingId == training.Id && t.StaffUserId != null).Select(t => t.StaffUserId).ToListAsync()));
    }

    private static List<string> Offered(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("input[name='Form.StaffTrainerIds']").Select(i => i.GetAttribute("value")!)];
}
