using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>
/// Staff propose the next phase with their review of the current phase's goals. It carries the placement's version:
/// a proposal made meanwhile by someone else (or a move, an exit) makes this one stale, and its author is told.
/// </summary>
public sealed class ProposePhaseHandler(PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, ProposePhaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(placementId, form.Version, placement =>
        {
            placement.ProposePhase(form.To!.Value, form.Review!, form.SkipReason, user.GetUserId(), clock.UtcNow);
            return Task.FromResult<ChangeResult?>(null);
        }, ct, include: q => q.Include(p => p.PhaseChanges));
}
