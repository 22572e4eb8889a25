using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Network;

/// <summary>The network's two pages, built from the case as it is now (for a GET, and again for a refused form).</summary>
public sealed class NetworkPages(NetworkQuery query, PartnerOptionsQuery partners, CodeListOptionsQuery codes, AppDbContext db, CentreClock clock, IStringLocalizer<SharedResource> l)
{
    public async Task<NetworkPageModel?> IndexAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct) =>
        await query.GetAsync(caseId, user, ct) is { } network
            ? new NetworkPageModel(network, network.CanEdit ? await ChoicesAsync(null, null, ct) : new ActorChoices([], [], []))
            : null;

    /// <summary>The role an actor of the case holds now (see <see cref="ActorForm.HeldRoleCode"/>).</summary>
    public async Task<string?> HeldRoleAsync(Guid caseId, Guid actorId, CancellationToken ct) =>
        await db.NetworkActors.Where(a => a.Id == actorId && a.CaseId == caseId).Select(a => a.RoleCode).SingleOrDefaultAsync(ct);

    /// <summary>An actor's page, for a user who may change the case (null otherwise, or when the actor is not of this case).</summary>
    public async Task<ActorEditModel?> EditAsync(Guid caseId, Guid actorId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await query.GetAsync(caseId, user, ct) is not { CanEdit: true } network || network.Actors.FirstOrDefault(a => a.Id == actorId) is not { } actor)
        {
            return null;
        }

        var record = await db.NetworkActors.AsNoTracking().Where(a => a.Id == actorId)
            .Select(a => new { a.Version, a.PartnerContactId, a.LastContactOn }).SingleAsync(ct);
        var day = CentreClock.FormatDate(clock.Today);
        return new ActorEditModel(caseId, network.CaseCode, actorId, actor, await ChoicesAsync(actor.PartnerId, actor.RoleCode, ct))
        {
            Form = new ActorForm
            {
                Version = record.Version,
                PartnerId = actor.PartnerId,
                PartnerContactId = record.PartnerContactId,
                Sector = actor.Sector.ToString(),
                RoleCode = actor.RoleCode,
                LastContactOn = record.LastContactOn is { } on ? CentreClock.FormatDate(on) : null,
            },
            ContactForm = new ActorDayForm { Version = record.Version, On = day },
            EndForm = new ActorDayForm { Version = record.Version, On = day },
        };
    }

    private async Task<ActorChoices> ChoicesAsync(Guid? partnerId, string? roleCode, CancellationToken ct)
    {
        var sectors = Enum.GetValues<Sector>().Select(s => new CodeListOption(s.ToString(), l["Network.Sector." + s])).ToList();
        var contacts = partnerId is { } id
            ? await db.PartnerContacts.AsNoTracking().Where(c => c.PartnerId == id).OrderBy(c => c.Name)
                .Select(c => new CodeListOption(c.Id.ToString(), c.Function == null ? c.Name : c.Name + ", " + c.Function)).ToListAsync(ct)
            : [];
        return new ActorChoices(await partners.GetAsync(keep: partnerId, ct: ct), sectors, await codes.GetAsync(NetworkQuery.RoleList, roleCode, ct)) { Contacts = contacts };
    }
}
