using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Records management's reason for a restricted case; the record opens the case (see <see cref="CaseAccess"/>).</summary>
public sealed class RestrictedCaseAccessHandler(AppDbContext db, AuditTrail audit)
{
    /// <summary>The case's id, or null when no case has that code.</summary>
    public async Task<Guid?> OpenAsync(RestrictedCaseAccessForm form, CancellationToken ct)
    {
        if (!CaseCode.TryParse(form.CaseCode, out var code))
        {
            return null;
        }

        var file = await db.Cases.AsNoTracking()
            .Where(c => c.Code == code!.Value)
            .Select(c => new { c.Id, c.IsRestricted })
            .SingleOrDefaultAsync(ct);
        if (file is { IsRestricted: true })
        {
            await audit.RecordAsync(AuditAction.Viewed, CaseAccess.RestrictedAccessAuditType, file.Id, form.Reason!.Trim(), ct);
        }

        return file?.Id;
    }
}
