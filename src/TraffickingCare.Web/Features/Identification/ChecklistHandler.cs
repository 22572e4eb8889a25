using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>Starts, answers and completes the preliminary identification of a case the user may change.</summary>
public sealed class ChecklistHandler(AppDbContext db, CaseAccess access, IndicatorLabels labels, CentreClock clock)
{
    /// <summary>Starts the checklist with the current indicator set (once per case; a second start finds the first).</summary>
    public async Task<ChangeResult> StartAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.Editable(user).AnyAsync(c => c.Id == caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        if (await db.PreliminaryChecklists.AnyAsync(c => c.CaseId == caseId, ct))
        {
            return new ChangeResult(true);
        }

        var version = await labels.CurrentSetVersionAsync(ct);
        var indicators = await db.IdentificationIndicators.Where(i => i.SetVersion <= version).ToListAsync(ct);
        return await ChangeResult.OfAsync(async () =>
        {
            db.PreliminaryChecklists.Add(PreliminaryChecklist.Start(caseId, version, indicators));
            await db.SaveChangesAsync(ct);
        });
    }

    /// <summary>Saves the answers; with <paramref name="complete"/> also closes the checklist and makes the person a presumed victim today.</summary>
    public async Task<ChangeResult> SaveAsync(Guid caseId, ChecklistForm form, bool complete, ClaimsPrincipal user, CancellationToken ct)
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
