using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>Starts the correction of a final document: a new draft revision that names it (<see cref="ChangeResult.Id"/>).</summary>
public sealed class CorrectFindingsHandler(AppDbContext db, FindingsWriters writers)
{
    public async Task<ChangeResult> HandleAsync(Guid findingsId, ClaimsPrincipal user, CancellationToken ct)
    {
        var findings = await db.Findings.Include(f => f.ExploitationForms).Include(f => f.Editors).SingleOrDefaultAsync(f => f.Id == findingsId, ct);
        if (findings is null)
        {
            return ChangeResult.NotFound;
        }

        if (await writers.RefusedAsync(findings.CaseId, user, ct) is { } refused)
        {
            return refused;
        }

        if (await db.Findings.AnyAsync(f => f.SupersedesId == findingsId, ct))
        {
            return ChangeResult.Refused("Identification.Errors.AlreadyCorrected");
        }

        FindingsAndOpinion? correction = null;
        var result = await ChangeResult.OfAsync(async () =>
        {
            correction = findings.Correct(user.GetUserId());
            db.Findings.Add(correction);
            await db.SaveChangesAsync(ct);
        });
        return result with { Id = correction?.Id };
    }
}
