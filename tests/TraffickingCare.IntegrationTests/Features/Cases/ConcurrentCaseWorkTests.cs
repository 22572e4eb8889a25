using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// What the load run of the performance issue checks at scale (90 % case views, 10 % notes and services, all at once),
/// here on one case: on SQLite's single writer every view's audit row and every write wait their turn, none is refused
/// as "database is locked", and every save the app confirms is in the database.
/// </summary>
public sealed class ConcurrentCaseWorkTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Requests = 60;

    [Fact]
    public async Task Views_notes_and_services_sent_at_once_are_each_audited_or_saved()
    {
        var file = await app.Factory.Arrange.Case();
        var url = $"/Cases/Details/{file.Id}";
        using var client = await app.Factory.Arrange.SignedInAsync("koordinator");
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Services");
        var token = page.QuerySelector<IHtmlInputElement>("form#log-service-page input[name=__RequestVerificationToken]")!.Value;
        var service = new Dictionary<string, string>
        {
            ["ServiceForm.TypeCode"] = "Psychological",
            ["ServiceForm.On"] = page.QuerySelector<IHtmlInputElement>("#ServiceForm_On")!.Value,
            ["ServiceForm.DurationMinutes"] = "45",
            ["ServiceForm.GivenBy"] = page.QuerySelector<IHtmlSelectElement>("#ServiceForm_GivenBy")!.Value!,
            ["__RequestVerificationToken"] = token,
        };
        var viewsBefore = await ViewsAsync(file.Id);

        // One request in ten a note, one in ten a service, the rest views of the case page; all sent at once.
        async Task<(string Kind, HttpResponseMessage Response)> SendAsync(int i) => (i % 10) switch
        {
            0 => ("note", await client.Http.PostAsync($"/Cases/AddNote/{file.Id}", Form(new() { ["NoteForm.Text"] = $"Beleška {i}.", ["__RequestVerificationToken"] = token }))),
            5 => ("service", await client.Http.PostAsync($"/Cases/{file.Id}/Services", Form(service))),
            _ => ("view", await client.Http.GetAsync(url)),
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => Task.Run(() => SendAsync(i))));

        var statuses = responses.Select(r => $"{r.Kind} {(int)r.Response.StatusCode}").ToList();
        Assert.True(statuses.All(s => s is "view 200" or "note 302" or "service 302"), $"{string.Join(", ", statuses.Distinct())} {app.Factory.Errors.All}");
        Assert.Empty(app.Factory.Errors.All);
        var notes = await app.Factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().Where(n => n.CaseId == file.Id).Select(n => n.Text).ToListAsync());
        Assert.Equal(Enumerable.Range(0, Requests / 10).Select(i => $"Beleška {i * 10}.").Order(), notes.Order());
        Assert.Equal(Requests / 10, await app.Factory.WithDbAsync(db => db.CaseServices.CountAsync(s => s.CaseId == file.Id && s.DurationMinutes == 45)));
        Assert.Equal(Requests * 8 / 10, await ViewsAsync(file.Id) - viewsBefore);
        Assert.All(responses, r => r.Response.Dispose());
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    private Task<int> ViewsAsync(Guid caseId) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == caseId && a.Action == AuditAction.Viewed));
}
