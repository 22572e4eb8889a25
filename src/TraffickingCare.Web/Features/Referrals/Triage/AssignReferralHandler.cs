using System.Security.Claims;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>Gives a waiting referral to a caseworker, on the version the coordinator saw: of two coordinators, the second is told.</summary>
public sealed class AssignReferralHandler(AppDbContext db, ReferralAccess access)
{
    public async Task<ChangeResult> HandleAsync(Guid referralId, AssignReferralForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var referral = await access.ForChangeAsync(referralId, form.Version, user, ct);
        return referral is null
            ? ChangeResult.NotFound
            : await ChangeResult.OfAsync(async () =>
            {
                referral.AssignTo(form.AssigneeId!);
                await db.SaveChangesAsync(ct);
            });
    }
}
