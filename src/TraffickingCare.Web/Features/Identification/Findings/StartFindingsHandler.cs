using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>Starts the formal identification of a case: its findings and opinion, written by the case's team.</summary>
public sealed class StartFindingsHandler(AppDbContext db, FindingsWriters writers, CentreClock clock)
{
    /// <summary>The case's open draft (or submitted document), or a new draft by this user when there is none; <see cref="ChangeResult.Id"/> names it.</summary>
    public async Task<ChangeResult> HandleAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await writers.RefusedAsync(caseId, user, ct) is { } refused)
        {
            return refused;
        }

        var file = await db.Cases.SingleAsync(c => c.Id == caseId, ct);

        var existing = await db.Findings.Where(f => f.CaseId == caseId).OrderByDescending(f => f.Revision).Select(f => new { f.Id, f.Status }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            // A final decision is changed only by correcting it, from its own page.
            return existing.Status == FindingsStatus.Final
                ? ChangeResult.Refused("Identification.Errors.UseCorrection") with { Id = existing.Id }
                : ChangeResult.Done with { Id = existing.Id };
        }

        var draft = FindingsAndOpinion.Draft(caseId, user.GetUserId());
        db.Findings.Add(draft);
        file.StartFormalIdentification(clock.UtcNow);
        var result = await ChangeResult.OfAsync(() => db.SaveChangesAsync(ct));
        return result with { Id = draft.Id };
    }
}
