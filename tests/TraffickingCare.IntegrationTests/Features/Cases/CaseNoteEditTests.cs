using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

public sealed class CaseNoteEditTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_author_corrects_a_note_within_24_hours_and_not_after()
    {
        _ = factory.Server; // starts the app: migrations and demo users

        var file = await factory.Arrange.Case();
        var url = $"/Cases/Details/{file.Id}";
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");
        await client.SubmitAsync(await client.GetPageAsync(url), "form#add-note", new Dictionary<string, string> { ["NoteForm.Text"] = "Prvobitni tekst." });
        var noteId = (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.CaseId == file.Id))).Id;

        await client.SubmitAsync(await client.GetPageAsync(url), $"form#edit-note-{noteId}", new Dictionary<string, string> { ["NoteForm.Text"] = "Ispravljen tekst." });
        Assert.Equal("Ispravljen tekst.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId))).Text);
        var stale = await client.GetPageAsync(url);

        factory.Clock.Advance(TimeSpan.FromHours(25));
        using var nextDay = factory.CreateTestClient();
        await nextDay.SignInAsync("radnik");
        Assert.Null((await nextDay.GetPageAsync(url)).QuerySelector($"form#edit-note-{noteId}"));
        var late = await nextDay.PostWithTokenAsync(stale.QuerySelector($"form#edit-note-{noteId}")!.GetAttribute("action")!, ("NoteForm.Text", "Kasna izmena."));
        var after = await nextDay.GetPageAsync(late.Headers.Location!.OriginalString);

        Assert.Contains(Ui.Text("Cases.Errors.NoteLocked"), after.Body!.TextContent);
        Assert.Equal("Ispravljen tekst.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId))).Text);
    }

    [Fact]
    public async Task Nobody_corrects_another_persons_note()
    {
        _ = factory.Server; // starts the app: migrations and demo users

        CaseNote note = null!;
        var file = await factory.Arrange.Case().With((opened, at) => note = opened.AddNote("Beleška nosioca.", opened.LeadCaseworkerId, at));
        using var coordinator = factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");
        var page = await coordinator.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.Null(page.QuerySelector($"form#edit-note-{note.Id}"));

        var response = await coordinator.PostWithTokenAsync($"/CaseNotes/Edit/{file.Id}?noteId={note.Id}", ("NoteForm.Text", "Tuđa izmena."));
        var after = await coordinator.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains(Ui.Text("Cases.Errors.NoteNotYours"), after.Body!.TextContent);
        Assert.Equal("Beleška nosioca.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == note.Id))).Text);
    }
}
