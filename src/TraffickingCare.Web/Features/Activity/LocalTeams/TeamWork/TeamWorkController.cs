using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

/// <summary>
/// The forms on a team's page: recording a meeting and support given, removing a meeting recorded by mistake.
/// Done: back to the team's page; refused: the page again, as the team is now, with what was typed.
/// </summary>
[Authorize(Policy = Policies.ActivityRecorders)]
public sealed class TeamWorkController(FormPost post) : Controller
{
    [HttpPost("Activity/Teams/{teamId:guid}/Meetings")]
    public Task<IActionResult> RecordMeeting(
        Guid teamId, [Bind(Prefix = nameof(TeamPage.MeetingForm))] MeetingForm form, [FromServices] IValidator<MeetingForm> validator, [FromServices] RecordMeetingHandler handler, [FromServices] TeamPageQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(teamId, f, ct),
            End(teamId, "Activity.TeamsPage.MeetingRecorded", nameof(TeamPage.MeetingForm), page => page with { MeetingForm = form }, query, ct), ct);

    [HttpPost("Activity/Teams/{teamId:guid}/Support")]
    public Task<IActionResult> RecordSupport(
        Guid teamId, [Bind(Prefix = nameof(TeamPage.SupportForm))] SupportForm form, [FromServices] IValidator<SupportForm> validator, [FromServices] RecordSupportHandler handler, [FromServices] TeamPageQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(teamId, f, User.GetUserId(), ct),
            End(teamId, "Activity.TeamsPage.SupportRecorded", nameof(TeamPage.SupportForm), page => page with { SupportForm = form }, query, ct), ct);

    [HttpPost("Activity/Teams/{teamId:guid}/Meetings/{meetingId:guid}/Remove")]
    public Task<IActionResult> RemoveMeeting(Guid teamId, Guid meetingId, [FromServices] RemoveMeetingHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(teamId, meetingId, User.GetUserId(), ct), new("Activity.TeamsPage.MeetingRemoved", Done: _ => Show(teamId)));

    private PostEnd End(Guid teamId, string doneKey, string prefix, Func<TeamPage, TeamPage> typed, TeamPageQuery query, CancellationToken ct) =>
        new(doneKey, Done: _ => Show(teamId), Again: async _ =>
            await query.GetAsync(teamId, ct) is { } page ? View(nameof(LocalTeamsController.Details), typed(page)) : NotFound(), Prefix: prefix);

    private static RedirectToActionResult Show(Guid teamId) => new(nameof(LocalTeamsController.Details), "LocalTeams", new { teamId });
}
