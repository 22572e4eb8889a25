using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// Admits a person by her case code into a free bed. The checks before the save give the usual answer; the unique
/// indexes (one open occupancy per bed, one open placement per case) give it when two staff admit at the same moment.
/// </summary>
public sealed class AdmitHandler(AppDbContext db, PlacementChange change, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(AdmitForm form, CancellationToken ct)
    {
        CaseCode.TryParse(form.CaseCode, out var code);
        var caseId = await db.Cases.Where(c => c.Code == code!.Value && c.Status != CaseStatus.Closed).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        if (caseId is null)
        {
            return ChangeResult.Refused("Shelter.Errors.CaseNotOpen", nameof(AdmitForm.CaseCode));
        }

        var bed = await db.Beds.SingleOrDefaultAsync(b => b.Id == form.BedId, ct);
        if (bed is null)
        {
            return ChangeResult.Refused("Shelter.Errors.BedUnknown", nameof(AdmitForm.BedId));
        }

        CentreClock.TryParseDate(form.AdmittedOn, out var on);
        CentreClock.TryParseTime(form.AdmittedAt, out var at);
        Placement? placement = null;
        var result = await change.SaveAsync(async () =>
        {
            if (await change.IsTakenAsync(bed.Id, ct))
            {
                return ChangeResult.Refused(PlacementChange.BedTakenKey, nameof(AdmitForm.BedId));
            }

            if (await db.Placements.AnyAsync(p => p.CaseId == caseId && p.ExitedAtUtc == null, ct))
            {
                return ChangeResult.Refused("Shelter.Errors.AlreadyPlaced", nameof(AdmitForm.CaseCode));
            }

            placement = Placement.Admit(caseId.Value, bed, CentreClock.ToUtc(on, at), on, form.ReferredBy, clock.UtcNow);
            db.Placements.Add(placement);
            return null;
        }, ct);

        if (!result.Succeeded && placement is not null)
        {
            // Lost the race: the bed went to the other admission, or the person was admitted by someone else.
            db.ChangeTracker.Clear();
            return await db.Placements.AnyAsync(p => p.CaseId == caseId && p.ExitedAtUtc == null, ct) && !await change.IsTakenAsync(bed.Id, ct)
                ? ChangeResult.Refused("Shelter.Errors.AlreadyPlaced", nameof(AdmitForm.CaseCode))
                : result;
        }

        return result.Succeeded ? result with { Id = placement!.Id } : result;
    }
}
