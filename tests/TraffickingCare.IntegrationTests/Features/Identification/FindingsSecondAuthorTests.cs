using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>
/// The findings' second author is one of the case's team, who may open it: the form offers the lead and the team, not
/// every caseworker of a national centre; a colleague off the team, posted by hand, is refused and nothing typed is
/// lost; one who has left the team, or the Centre, stays on the document they wrote.
/// </summary>
public sealed class FindingsSecondAuthorTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = [];
    private CaseFile file = null!;

    public async Task InitializeAsync()
    {
        users = await factory.Arrange.UserIdsAsync();
        file = await factory.Arrange.Case().Coded(2026, 4301).PresumedVictim(new DateOnly(2026, 3, 2)).WithTeam("radnik2");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<string> StartedAsync(TestClient lead)
    {
        var start = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-findings");
        return start.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task The_form_offers_the_case_team_and_refuses_a_colleague_off_it_keeping_what_was_typed()
    {
        var outsider = await TestUsers.CaseworkerAsync(factory, "radnik-van-tima");
        using var lead = await factory.Arrange.SignedInAsync("radnik");
        var url = await StartedAsync(lead);
        var page = await lead.GetPageAsync(url);

        Assert.Equal(new[] { users["radnik"], users["radnik2"] }.Order(), page.Offered("#Form_SecondAuthorId").Order());
        var refused = await lead.SubmitAsync(page, "form#findings-form", new Dictionary<string, string>
        {
            ["Form.Opinion"] = "Mišljenje koje ne sme da se izgubi",
            ["Form.SecondAuthorId"] = outsider,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Identification.Errors.SecondAuthorOffCase"), again.QuerySelector("[data-valmsg-for='Form.SecondAuthorId']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mišljenje koje ne sme da se izgubi", again.QuerySelector("#Form_Opinion")!.TextContent);
        var stored = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.CaseId == file.Id));
        Assert.Equal((null, null), (stored.SecondAuthorId, stored.Opinion));
    }

    [Fact]
    public async Task A_second_author_who_has_left_the_team_and_the_centre_stays_offered_and_the_draft_saves_with_them()
    {
        using var lead = await factory.Arrange.SignedInAsync("radnik");
        var url = await StartedAsync(lead);
        var saved = await lead.SubmitAsync(await lead.GetPageAsync(url), "form#findings-form", new Dictionary<string, string> { ["Form.SecondAuthorId"] = users["radnik2"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).RemoveFromTeam(users["radnik2"], users["radnik"], factory.Arrange.Now);
            (await db.Users.SingleAsync(u => u.Id == users["radnik2"])).IsDisabled = true;
            await db.SaveChangesAsync();
        });

        var page = await lead.GetPageAsync(url);
        Assert.Equal(users["radnik2"], page.QuerySelector("#Form_SecondAuthorId option[selected]")?.GetAttribute("value"));
        var again = await lead.SubmitAsync(page, "form#findings-form", new Dictionary<string, string> { ["Form.Opinion"] = "Dopunjeno mišljenje" });

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.CaseId == file.Id));
        Assert.Equal((users["radnik2"], "Dopunjeno mišljenje"), (stored.SecondAuthorId, stored.Opinion));
    }
}
