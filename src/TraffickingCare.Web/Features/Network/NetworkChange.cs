using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// How every change to a network goes: the case only through <see cref="CaseAccess.Editable"/> (out of reach = not
/// found), the actor only within that case, saved with the version the user saw; an institution or contact person
/// the directory does not offer is refused on its field, never saved.
/// </summary>
public sealed class NetworkChange(AppDbContext db, CaseAccess access, PartnerOptionsQuery partners)
{
    public async Task<ChangeResult> AddAsync(Guid caseId, ClaimsPrincipal user, ActorForm form, Func<Sector, NetworkActor> create, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            var (refusal, sector) = await CheckAsync(form, held: null, ct);
            if (refusal is not null)
            {
                return refusal;
            }

            db.NetworkActors.Add(create(sector));
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done;
        });
    }

    public async Task<ChangeResult> ApplyAsync(Guid caseId, Guid actorId, ClaimsPrincipal user, int seenVersion, Func<NetworkActor, Task<ChangeResult?>> change, CancellationToken ct)
    {
        var cases = access.Editable(user);
        var actor = await db.NetworkActors
            .Where(a => a.Id == actorId && a.CaseId == caseId && cases.Any(c => c.Id == caseId))
            .SingleOrDefaultAsync(ct);
        if (actor is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(actor).Property(a => a.Version).OriginalValue = seenVersion;
        return await ChangeResult.OfAsync(async () =>
        {
            if (await change(actor) is { } refusal)
            {
                return refusal;
            }

            await db.SaveChangesAsync(ct);
            return ChangeResult.Done;
        });
    }

    /// <summary>The institution (a tampered id is refused), its contact person, and the sector: as chosen, or the institution's.</summary>
    /// <param name="held">The institution the actor already points to: still accepted after it was merged away.</param>
    public async Task<(ChangeResult? Refusal, Sector Sector)> CheckAsync(ActorForm form, Guid? held, CancellationToken ct)
    {
        var chosen = ActorSectors.TryParse(form.Sector, out var sector) ? sector : (Sector?)null;
        if (form.PartnerId is not { } partnerId)
        {
            return (form.PartnerContactId is null ? null : ChangeResult.Refused("Network.Errors.ContactWithoutPartner", nameof(ActorForm.PartnerContactId)), chosen ?? Sector.Family);
        }

        if (partnerId != held && !await partners.ExistsAsync(partnerId, ct))
        {
            return (ChangeResult.Refused("Network.Errors.UnknownPartner", nameof(ActorForm.PartnerId)), default);
        }

        if (form.PartnerContactId is { } contactId && !await db.PartnerContacts.AnyAsync(c => c.Id == contactId && c.PartnerId == partnerId, ct))
        {
            return (ChangeResult.Refused("Network.Errors.UnknownContact", nameof(ActorForm.PartnerContactId)), default);
        }

        return (null, chosen ?? await db.Partners.Where(p => p.Id == partnerId).Select(p => p.Sector).SingleAsync(ct));
    }
}
