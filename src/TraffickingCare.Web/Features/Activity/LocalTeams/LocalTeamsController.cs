using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>
/// Municipalities' local anti-trafficking teams: caseworkers, coordinators and management read the teams by region
/// and each team's page; coordinators and management record a team and change it.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class LocalTeamsController(FormPost post) : Controller
{
    private const string FormPrefix = nameof(LocalTeamFormPage.Form);

    [HttpGet("Activity/Teams")]
    public async Task<IActionResult> Index(TeamListFilter filter, [FromServices] TeamListQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, ct));

    [HttpGet("Activity/Teams/{teamId:guid}")]
    public async Task<IActionResult> Details(Guid teamId, [FromServices] TeamPageQuery query, CancellationToken ct) =>
        await query.GetAsync(teamId, ct) is { } page ? View(page) : NotFound();

    [HttpGet("Activity/Teams/New")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> New([FromServices] LocalTeamFormQuery query, CancellationToken ct) =>
        View(await query.PageAsync(new LocalTeamForm(), ct));

    [HttpPost("Activity/Teams/New")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public Task<IActionResult> New(
        [Bind(Prefix = FormPrefix)] LocalTeamForm form, [FromServices] IValidator<LocalTeamForm> validator, [FromServices] FormTeamHandler handler, [FromServices] LocalTeamFormQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct),
            new("Activity.TeamsPage.Recorded", Done: r => Show(r.Id!.Value), Again: async _ => View(await query.PageAsync(form, ct)), Prefix: FormPrefix), ct);

    [HttpGet("Activity/Teams/{teamId:guid}/Edit")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> Edit(Guid teamId, [FromServices] LocalTeamFormQuery query, CancellationToken ct) =>
        await query.SavedAsync(teamId, ct) is { } form ? View(await query.PageAsync(form, ct) with { TeamId = teamId }) : NotFound();

    [HttpPost("Activity/Teams/{teamId:guid}/Edit")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> Edit(
        Guid teamId, [Bind(Prefix = FormPrefix)] LocalTeamForm form, [FromServices] IValidator<LocalTeamForm> validator, [FromServices] ChangeTeamHandler handler, [FromServices] LocalTeamFormQuery query, CancellationToken ct)
    {
        if (await query.SavedAsync(teamId, ct) is not { } saved)
        {
            return NotFound();
        }

        form.HeldMunicipalityCode = saved.HeldMunicipalityCode;
        form.HeldMemberIds = saved.HeldMemberIds;
        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(teamId, f, User.GetUserId(), ct),
            new("Activity.TeamsPage.Saved", Done: _ => Show(teamId), Again: async result =>
            {
                // After a conflict the typed values stay and the page takes the team's new version: saving again is a deliberate overwrite.
                if (result is { IsConflict: true })
                {
                    form.Version = saved.Version;
                    ModelState.Remove($"{FormPrefix}.{nameof(LocalTeamForm.Version)}");
                }

                return View(await query.PageAsync(form, ct) with { TeamId = teamId });
            }, Prefix: FormPrefix), ct);
    }

    private static RedirectToActionResult Show(Guid teamId) => new(nameof(Details), "LocalTeams", new { teamId });
}
