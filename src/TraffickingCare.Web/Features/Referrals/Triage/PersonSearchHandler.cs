using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>Records that the coordinator searched for a person from this referral: who and when, never the terms (they are names).</summary>
public sealed class PersonSearchHandler(ReferralAccess access, AuditTrail audit)
{
    /// <summary>The audit entity type of a person search; its id is the referral's.</summary>
    public const string AuditType = "Person";

    public async Task<ChangeResult> HandleAsync(Guid referralId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.Visible(user).AnyAsync(r => r.Id == referralId, ct))
        {
            return ChangeResult.NotFound;
        }

        await audit.RecordAsync(AuditAction.Searched, AuditType, referralId, ct: ct);
        return ChangeResult.Done;
    }
}
