using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>Staffing and restriction are the coordinator's (the controller allows only that role).</summary>
public sealed class ChangeCaseTeam(AppDbContext db, CaseChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, CaseTeamForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, form.Version, file =>
        {
            switch (form.Change)
            {
                case CaseTeamChange.Lead:
                    file.AssignLead(form.UserId!);
                    break;
                case CaseTeamChange.Add:
                    file.AddToTeam(form.UserId!);
                    break;
                case CaseTeamChange.Remove:
                    file.RemoveFromTeam(form.UserId!, user.GetUserId(), clock.UtcNow);
                    break;
                case CaseTeamChange.Restrict:
                    file.Restrict();
                    break;
                case CaseTeamChange.Unrestrict:
                    file.Unrestrict();
                    break;
                default:
                    throw new DomainException("Cases.Errors.InvalidTransition");
            }

            // Team rows are children, so the case itself may not change: stamp it anyway, so its version
            // moves and a second coordinator working from the old page is told.
            db.ChangeTracker.DetectChanges();
            if (db.Entry(file).State == EntityState.Unchanged)
            {
                file.MarkUpdated(user.GetUserId(), clock.UtcNow);
            }
        }, ct, include: q => q.Include(c => c.Team));
}
