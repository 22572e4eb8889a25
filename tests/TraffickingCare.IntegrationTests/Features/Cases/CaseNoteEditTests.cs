using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

        await client.SubmitAsync(await client.GetPageAsync(url), $"form#edit-note-{noteId}", new Dictionary<string, string> { ["EditForm.Text"] = "Ispravljen tekst." });
        Assert.Equal("Ispravljen tekst.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId))).Text);
        var stale = await client.GetPageAsync(url);

        factory.Clock.Advance(TimeSpan.FromHours(25));
        using var nextDay = factory.CreateTestClient();
        await nextDay.SignInAsync("radnik");
        Assert.Null((await nextDay.GetPageAsync(url)).QuerySelector($"form#edit-note-{noteId}"));
        var late = await nextDay.PostWithTokenAsync(stale.QuerySelector($"form#edit-note-{noteId}")!.GetAttribute("action")!, ("EditForm.Text", "Kasna izmena."));
        var after = await TestClient.ParseAsync(late);

        // Refused, and the text typed waits in the add form as an amendment of that note: the one change left.
        Assert.Contains(Ui.Text("Cases.Errors.NoteLocked"), after.Body!.TextContent);
        Assert.Equal("Kasna izmena.", after.QuerySelector<IHtmlTextAreaElement>("form#add-note textarea[name='NoteForm.Text']")!.Value);
        Assert.Equal(noteId.ToString(), after.QuerySelector<IHtmlSelectElement>("form#add-note select[name='NoteForm.AmendsNoteId']")!.Value);
        Assert.Equal("Ispravljen tekst.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId))).Text);
    }

    [Fact]
    public async Task A_refused_correction_comes_back_open_on_its_note_with_the_text_typed_and_the_reason()
    {
        CaseNote note = null!;
        var file = await factory.Arrange.Case().With((opened, at) => note = opened.AddNote("Beleška za ispravku.", opened.LeadCaseworkerId, at));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var typed = new string('a', CaseNote.TextMaxLength + 1);

        var response = await radnik.SubmitAsync(page, $"form#edit-note-{note.Id}", new Dictionary<string, string> { ["EditForm.Text"] = typed });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        var form = again.QuerySelector($"form#edit-note-{note.Id}")!;
        Assert.True(form.ParentElement!.HasAttribute("open"));
        Assert.Equal(typed, form.QuerySelector<IHtmlTextAreaElement>("textarea")!.Value);
        Assert.Equal(Ui.Text("Validation.TooLong", CaseNote.TextMaxLength), form.QuerySelector($"#edit-note-error-{note.Id}")!.TextContent.Trim());
        Assert.Equal(string.Empty, again.QuerySelector<IHtmlTextAreaElement>("form#add-note textarea[name='NoteForm.Text']")!.Value);
        Assert.Equal("Beleška za ispravku.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == note.Id))).Text);
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

        var response = await coordinator.PostWithTokenAsync($"/CaseNotes/Edit/{file.Id}?noteId={note.Id}", ("EditForm.Text", "Tuđa izmena."));
        var after = await TestClient.ParseAsync(response);

        Assert.Contains(Ui.Text("Cases.Errors.NoteNotYours"), after.Body!.TextContent);
        Assert.Equal("Tuđa izmena.", after.QuerySelector<IHtmlTextAreaElement>("form#add-note textarea[name='NoteForm.Text']")!.Value);
        Assert.Equal("Beleška nosioca.", (await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == note.Id))).Text);
    }
}
