using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>
/// The team saves a draft of the findings and opinion (and is recorded as having written it), with the version
/// the user saw; <c>submit</c> also hands it to the coordinator. The second author is on the case's team, or is the one
/// the document already names.
/// </summary>
public sealed class SaveFindingsHandler(AppDbContext db, FindingsWriters writers, CaseStaffQuery staff, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid findingsId, FindingsForm form, bool submit, ClaimsPrincipal user, CancellationToken ct)
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

        if (!string.IsNullOrEmpty(form.SecondAuthorId)
            && !await staff.IsTeamOrNamedAsync(findings.CaseId, form.SecondAuthorId, db.Findings.Where(f => f.Id == findingsId).Select(f => f.SecondAuthorId), ct))
        {
            return ChangeResult.Refused("Identification.Errors.SecondAuthorOffCase", nameof(FindingsForm.SecondAuthorId));
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            findings.Edit(form.Sections, form.Decision, form.Forms, form.SecondAuthorId, user.GetUserId());
            if (submit)
            {
                findings.Submit(clock.UtcNow);
            }

            await db.SaveChangesAsync(ct);
        });
    }
}
