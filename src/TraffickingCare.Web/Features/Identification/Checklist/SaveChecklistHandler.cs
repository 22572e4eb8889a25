using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification.Checklist;

/// <summary>Saves the answers of the preliminary identification of a case the user may change; completing it also closes it.</summary>
public sealed class SaveChecklistHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    /// <summary>Saves the answers; with <paramref name="complete"/> also closes the checklist and makes the person a presumed victim today.</summary>
    public async Task<ChangeResult> HandleAsync(Guid caseId, ChecklistForm form, bool complete, ClaimsPrincipal user, CancellationToken ct)
    {
        var file = await access.Editable(user).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        var checklist = file is null ? null : await db.PreliminaryChecklists.Include(c => c.Responses).SingleOrDefaultAsync(c => c.CaseId == caseId, ct);
        if (file is null || checklist is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(checklist).Property(c => c.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            foreach (var answer in form.Answers)
            {
                checklist.Answer(answer.Code, answer.Answer, answer.Source, answer.Note);
            }

            if (complete)
            {
                checklist.Complete(user.GetUserId(), clock.Today);
                BecomePresumedVictim(file);
            }

            await db.SaveChangesAsync(ct);
        });
    }

    private void BecomePresumedVictim(CaseFile file)
    {
        if (file.Status == CaseStatus.PresumedVictim)
        {
            return;
        }

        if (!CaseLifecycle.CanMove(file.Status, CaseStatus.PresumedVictim))
        {
            throw new DomainException("Cases.Errors.InvalidTransition");
        }

        file.MoveTo(CaseStatus.PresumedVictim, clock.Today);
    }
}
