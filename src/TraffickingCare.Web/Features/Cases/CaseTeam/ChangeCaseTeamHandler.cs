using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>Staffing and restriction are the coordinator's (the controller allows only that role).</summary>
public sealed class ChangeCaseTeamHandler(CaseChange change, CentreClock clock)
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
        }, ct, include: q => q.Include(c => c.Team));
}
