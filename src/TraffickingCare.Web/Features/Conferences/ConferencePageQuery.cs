using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// A conference for anyone who sees its case (null when out of reach). Management reads when, where, who and how
/// far it got; the encrypted texts only the case's team and the coordinator.
/// </summary>
public sealed class ConferencePageQuery(AppDbContext db, ConferenceAccess access, ConferenceOptionsQuery options, IStringLocalizer<SharedResource> l)
{
    public async Task<ConferencePage?> GetAsync(Guid conferenceId, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await access.Visible(user).AsNoTracking()
            .Include(x => x.Participants).Include(x => x.Agenda).Include(x => x.ActionItems).Include(x => x.Addenda)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == conferenceId, ct);
        if (c is null)
        {
            return null;
        }

        var canEdit = await access.Runnable(user).AnyAsync(x => x.Id == conferenceId, ct);
        var code = await db.Cases.Where(x => x.Id == c.CaseId).Select(x => x.Code).SingleAsync(ct);
        var userIds = new[] { c.ChairId }.Concat(c.Participants.Select(p => p.UserId)).Concat(c.ActionItems.Select(i => i.OwnerUserId))
            .Concat(c.Addenda.Select(a => a.AuthorId)).OfType<string>().Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var partnerIds = c.Participants.Select(p => p.PartnerId).Append(c.PlacePartnerId).OfType<Guid>().Distinct().ToList();
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var contactIds = c.Participants.Select(p => p.ContactId).OfType<Guid>().Distinct().ToList();
        var contacts = await db.PartnerContacts.Where(p => contactIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Name, p.Function }, ct);
        string UserName(string? id) => id is not null && users.TryGetValue(id, out var name) ? name : string.Empty;

        var participants = c.Participants.Select(p => p.Kind switch
        {
            ParticipantKind.Staff => new ConferencePageParticipant(p.Id, p.Kind, UserName(p.UserId), l["Conferences.TheCentre"], p.Role, p.Attendance),
            ParticipantKind.Partner => new ConferencePageParticipant(
                p.Id,
                p.Kind,
                p.ContactId is { } contact && contacts.TryGetValue(contact, out var person) ? person.Name : null,
                p.PartnerId is { } partner && partners.TryGetValue(partner, out var institution) ? institution : null,
                p.Role ?? (p.ContactId is { } id && contacts.TryGetValue(id, out var function) ? function.Function : null),
                p.Attendance),
            _ => new ConferencePageParticipant(p.Id, p.Kind, canEdit ? p.Name : null, p.Institution, p.Role, p.Attendance),
        }).OrderBy(p => p.Kind).ThenBy(p => p.Institution).ThenBy(p => p.Name).ToList();

        return new ConferencePage(
            c.Id,
            c.CaseId,
            code,
            c.Version,
            c.StartsAtUtc,
            c.DurationMinutes,
            c.Place,
            c.PlacePartnerId is { } place && partners.TryGetValue(place, out var placeName) ? placeName : null,
            UserName(c.ChairId),
            c.Status,
            canEdit && c.Status == ConferenceStatus.Scheduled,
            canEdit,
            participants,
            [.. c.Agenda.OrderBy(a => a.Position).Select(a => new ConferencePageAgendaItem(a.Id, a.Position, canEdit ? a.Title : null, canEdit ? a.Notes : null))],
            [.. c.ActionItems.OrderBy(i => i.DueOn).Select(i => new ConferencePageActionItem(
                i.Id, canEdit ? i.Description : null, i.OwnerUserId is not null ? UserName(i.OwnerUserId) : canEdit ? i.OwnerExternal : null, i.DueOn, i.Status, i.Version))],
            [.. c.Addenda.OrderBy(a => a.WrittenAtUtc).Select(a => new ConferencePageAddendum(a.WrittenAtUtc, UserName(a.AuthorId), canEdit ? a.Text : null))],
            canEdit ? c.Conclusions : null,
            canEdit ? c.Decisions : null);
    }

    /// <summary>The rescheduling form of a conference the user may run and that is not yet held; null otherwise.</summary>
    public async Task<ConferenceFormPage?> EditAsync(Guid conferenceId, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await access.Runnable(user).AsNoTracking()
            .Include(x => x.Participants).Include(x => x.Agenda)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == conferenceId && x.Status == ConferenceStatus.Scheduled, ct);
        if (c is null)
        {
            return null;
        }

        var code = await db.Cases.Where(x => x.Id == c.CaseId).Select(x => x.Code).SingleAsync(ct);
        var local = CentreClock.ToLocal(c.StartsAtUtc);
        var form = new ConferenceForm
        {
            Version = c.Version,
            Date = CentreClock.FormatDate(DateOnly.FromDateTime(local)),
            Time = CentreClock.FormatTime(local),
            DurationMinutes = c.DurationMinutes,
            Place = c.Place,
            PlacePartnerId = c.PlacePartnerId,
            Chair = StaffOrPartnerValue.OfUser(c.ChairId),
            Staff = [.. c.Participants.Where(p => p.Kind == ParticipantKind.Staff).Select(p => StaffOrPartnerValue.OfUser(p.UserId!))],
            Actors = [.. c.Participants.Where(p => p.Kind == ParticipantKind.Partner).Select(p => ActorValue.Of(p.PartnerId!.Value, p.ContactId))],
            Others = [.. c.Participants.Where(p => p.Kind == ParticipantKind.Other)
                .Select(p => new OtherParticipantForm { Name = p.Name, Institution = p.Institution, Role = p.Role, Consent = p.ConsentToBeNamed })],
            Agenda = [.. c.Agenda.Where(a => !a.ReviewsOpenItems).OrderBy(a => a.Position).Select(a => new AgendaLineForm { Id = a.Id, Title = a.Title })],
        };
        return new ConferenceFormPage(c.CaseId, code, c.Id, await options.OptionsAsync(c.CaseId, c.Id, ct)) { Form = form.Padded() };
    }
}
