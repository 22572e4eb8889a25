using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>
/// The coordinator approves or returns a pending proposal, against the proposal's version the page showed. Four eyes:
/// the proposer is refused by the plan itself, whatever their role. A proposal of another placement is not found.
/// </summary>
public sealed class DecidePhaseHandler(AppDbContext db, PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> ApproveAsync(Guid placementId, Guid changeId, int version, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(placementId, changeId, version, placement => placement.ApprovePhase(changeId, user.GetUserId(), clock.UtcNow, clock.Today), ct);

    public Task<ChangeResult> ReturnAsync(Guid placementId, ReturnPhaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(placementId, form.ChangeId!.Value, form.Version, placement => placement.ReturnPhase(form.ChangeId!.Value, user.GetUserId(), form.Reason!, clock.UtcNow), ct);

    private Task<ChangeResult> DecideAsync(Guid placementId, Guid changeId, int version, Action<Domain.Shelter.Placement> decide, CancellationToken ct) =>
        change.ApplyAsync(placementId, seenVersion: null, placement =>
        {
            if (placement.PhaseChanges.SingleOrDefault(c => c.Id == changeId) is not { } proposal)
            {
                return Task.FromResult<ChangeResult?>(ChangeResult.NotFound);
            }

            db.Entry(proposal).Property(c => c.Version).OriginalValue = version;
            decide(placement);
            return Task.FromResult<ChangeResult?>(null);
        }, ct, include: q => q.Include(p => p.PhaseChanges));
}
