using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.RestrictedCases;

/// <summary>Records management's reason for a restricted case; the record opens the case (see <see cref="CaseAccess"/>).</summary>
public sealed class OpenRestrictedCaseHandler(AppDbContext db, AuditTrail audit)
{
    public const string CaseNotFoundKey = "Referrals.Triage.Errors.CaseNotFound";

    /// <returns>Done with the case's id; refused on the code when no case has it.</returns>
    public async Task<ChangeResult> HandleAsync(RestrictedCaseAccessForm form, CancellationToken ct)
    {
        if (!CaseCode.TryParse(form.CaseCode, out var code))
        {
            return ChangeResult.Refused(CaseNotFoundKey, nameof(form.CaseCode));
        }

        var file = await db.Cases.AsNoTracking()
            .Where(c => c.Code == code!.Value)
            .Select(c => new { c.Id, c.IsRestricted })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return ChangeResult.Refused(CaseNotFoundKey, nameof(form.CaseCode));
        }

        if (file.IsRestricted)
        {
            await audit.RecordAsync(AuditAction.Viewed, CaseAccess.RestrictedAccessAuditType, file.Id, form.Reason!.Trim(), ct);
        }

        return ChangeResult.Done with { Id = file.Id };
    }
}
