using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Proceedings;

/// <summary>
/// The Centre's escort at a hearing is one of the case's team, who may open it: the forms offer the lead and the team,
/// not every caseworker of a national centre; a colleague off the team, posted by hand, is refused and nothing typed is
/// lost; a hearing keeps the escort it names after they leave the team or the Centre.
/// </summary>
public sealed class HearingEscortTests : IAsyncLifetime
{
    private const string EscortField = "select[name$='EscortUserId']";
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = [];

    public async Task InitializeAsync() => users = await factory.Arrange.UserIdsAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_new_hearing_offers_the_case_team_as_escort_and_refuses_a_colleague_off_it_keeping_what_was_typed()
    {
        var outsider = await TestUsers.CaseworkerAsync(factory, "radnik-van-tima");
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Proceedings/{proceeding.Id}");

        Assert.Equal(new[] { users["radnik"], users["radnik2"] }.Order(), page.Offered(EscortField).Order());
        var refused = await radnik.SubmitAsync(page, "form#hearing-form", new Dictionary<string, string>
        {
            ["HearingForm.Date"] = CentreClock.FormatDate(ProceedingsArrange.NextTuesday(factory)),
            ["HearingForm.Time"] = "10:15",
            ["HearingForm.CourtId"] = court.ToString(),
            ["HearingForm.Kind"] = nameof(HearingKind.MainHearing),
            ["HearingForm.EscortUserId"] = outsider,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Proceedings.Errors.EscortUser"), again.QuerySelector("[data-valmsg-for='HearingForm.EscortUserId']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("10:15", again.QuerySelector("input[name='HearingForm.Time']")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Hearings.AnyAsync(h => h.ProceedingId == proceeding.Id)));
    }

    [Fact]
    public async Task A_hearing_keeps_its_escort_after_they_leave_the_team_and_the_centre_and_refuses_another_off_it()
    {
        var outsider = await TestUsers.CaseworkerAsync(factory, "radnik-van-tima");
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        var hearing = Hearing.Schedule(
            proceeding, new(factory.Arrange.Now.AddDays(7), court, HearingKind.MainHearing, users["radnik2"], null, false, false, null), factory.Arrange.Now);
        await factory.WithDbAsync(async db =>
        {
            db.Hearings.Add(hearing);
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).RemoveFromTeam(users["radnik2"], users["radnik"], factory.Arrange.Now);
            (await db.Users.SingleAsync(u => u.Id == users["radnik2"])).IsDisabled = true;
            await db.SaveChangesAsync();
        });
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var page = await radnik.GetPageAsync($"/Hearings/{hearing.Id}");
        Assert.Equal(new[] { users["radnik"], users["radnik2"] }.Order(), page.Offered(EscortField).Order());
        var refused = await radnik.SubmitAsync(page, "form#hearing-edit-form", new Dictionary<string, string> { ["Form.EscortUserId"] = outsider });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Ui.Text("Proceedings.Errors.EscortUser"), (await TestClient.ParseAsync(refused)).QuerySelector("[data-valmsg-for='Form.EscortUserId']")!.TextContent, StringComparison.Ordinal);

        var kept = await radnik.SubmitAsync(await radnik.GetPageAsync($"/Hearings/{hearing.Id}"), "form#hearing-edit-form", new Dictionary<string, string> { ["Form.Time"] = "11:00" });
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(users["radnik2"], await factory.WithDbAsync(db => db.Hearings.Where(h => h.Id == hearing.Id).Select(h => h.EscortUserId).SingleAsync()));
    }
}
