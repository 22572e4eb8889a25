using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>The new and edit pages: an event's saved data as a form, and what the form offers (its own values kept if retired or merged).</summary>
public sealed class AwarenessEventFormQuery(AppDbContext db, CodeListOptionsQuery codeLists)
{
    /// <summary>The event as the edit form shows it; null when there is none (or it was removed).</summary>
    public async Task<AwarenessEventForm?> SavedAsync(Guid eventId, CancellationToken ct)
    {
        var saved = await db.AwarenessEvents.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new
            {
                e.HeldOn,
                e.Kind,
                e.Title,
                e.MunicipalityCode,
                e.Audience,
                e.PeopleReached,
                e.Version,
                Partners = db.AwarenessEventPartners.Where(p => p.EventId == e.Id).Select(p => p.PartnerId).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return saved is null ? null : new AwarenessEventForm
        {
            HeldOn = CentreClock.FormatDate(saved.HeldOn),
            Kind = saved.Kind.ToString(),
            Title = saved.Title,
            MunicipalityCode = saved.MunicipalityCode,
            HeldMunicipalityCode = saved.MunicipalityCode,
            Audience = saved.Audience,
            PeopleReached = saved.PeopleReached,
            PartnerIds = [.. saved.Partners.Select(p => p.ToString())],
            HeldPartnerIds = saved.Partners,
            Version = saved.Version,
        };
    }

    public async Task<AwarenessEventFormPage> PageAsync(AwarenessEventForm form, CancellationToken ct)
    {
        var municipalities = await codeLists.GetAsync("Municipality", keep: form.HeldMunicipalityCode ?? form.MunicipalityCode, ct: ct);
        var held = form.HeldPartnerIds.ToList();
        var partners = await db.Partners.AsNoTracking()
            .Where(p => p.MergedIntoId == null || held.Contains(p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(ct);

        // The id is written here, not by the database: a provider may spell it in capitals, and the form compares text.
        return new AwarenessEventFormPage(form, municipalities, [.. partners.Select(p => new CodeListOption(p.Id.ToString(), p.Name))]);
    }

    /// <summary>The details the domain takes, from a form the validator passed.</summary>
    public static Domain.Activity.AwarenessEventDetails DetailsOf(AwarenessEventForm form)
    {
        CentreClock.TryParseDate(form.HeldOn, out var heldOn);
        return new(
            heldOn,
            Enum.Parse<Domain.Activity.AwarenessEventKind>(form.Kind!),
            form.Title,
            string.IsNullOrWhiteSpace(form.MunicipalityCode) ? null : form.MunicipalityCode,
            form.Audience,
            form.PeopleReached ?? 0,
            [.. form.PartnerIds.Select(id => Guid.Parse(id, CultureInfo.InvariantCulture))]);
    }
}
