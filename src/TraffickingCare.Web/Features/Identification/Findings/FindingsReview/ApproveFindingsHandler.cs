using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification.Findings.FindingsReview;

/// <summary>
/// The coordinator's approval: the document becomes final and its decision the case's status; an
/// identified victim's forms of exploitation join the case's exploitation record, which the statistics count.
/// </summary>
public sealed class ApproveFindingsHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid findingsId, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var findings = await db.Findings.Include(f => f.ExploitationForms).Include(f => f.Editors).SingleOrDefaultAsync(f => f.Id == findingsId, ct);
        var file = findings is null ? null : await access.Editable(user).Include(c => c.CodeListValues).SingleOrDefaultAsync(c => c.Id == findings.CaseId, ct);
        if (findings is null || file is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = version;
        return await ChangeResult.OfAsync(async () =>
        {
            var userId = user.GetUserId();
            findings.Approve(userId, clock.UtcNow, clock.Today);
            file.RecordIdentificationDecision(findings);
            if (findings.Decision == IdentificationDecision.Identified)
            {
                var forms = file.CodesOf(CaseCodeFields.ExploitationType).Union(findings.ExploitationForms.Select(f => f.Code));
                file.ReplaceCodes(CaseCodeFields.ExploitationType, forms, userId, clock.UtcNow);
            }

            await db.SaveChangesAsync(ct);
        });
    }
}
