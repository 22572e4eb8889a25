using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.Minutes;

/// <summary>
/// One conference's minutes in five SQL commands (the head, participants, agenda, action items, addenda), through
/// <see cref="ConferenceAccess.Runnable"/>: the team and the coordinator, who hold the minutes; anyone else finds nothing.
/// Names come from the staff list and the partner directory; an outside participant's name only with their consent.
/// </summary>
public sealed class MinutesQuery(AppDbContext db, ConferenceAccess access, CentreClock clock)
{
    public async Task<PrintableMinutes?> GetAsync(Guid conferenceId, ClaimsPrincipal user, CancellationToken ct)
    {
        var head = await access.Runnable(user).AsNoTracking()
            .Where(c => c.Id == conferenceId)
            .Select(c => new
            {
                c.Id,
                Code = db.Cases.Where(x => x.Id == c.CaseId).Select(x => x.Code).First(),
                c.StartsAtUtc,
                c.DurationMinutes,
                c.Place,
                PlaceName = db.Partners.Where(p => p.Id == c.PlacePartnerId).Select(p => p.Name).FirstOrDefault(),
                Chair = db.Users.Where(u => u.Id == c.ChairId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Status,
                c.ClosedAtUtc,
                c.Conclusions,
                c.Decisions,
            })
            .SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var participants = await db.ConferenceParticipants.AsNoTracking()
            .Where(p => p.ConferenceId == conferenceId)
            .OrderBy(p => p.Kind).ThenBy(p => p.CreatedAtUtc)
            .Select(p => new
            {
                p.Kind,
                Staff = db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                Partner = db.Partners.Where(x => x.Id == p.PartnerId).Select(x => x.Name).FirstOrDefault(),
                Contact = db.PartnerContacts.Where(x => x.Id == p.ContactId).Select(x => x.Name).FirstOrDefault(),
                p.Name,
                p.Institution,
                p.Role,
                p.ConsentToBeNamed,
                p.Attendance,
            })
            .ToListAsync(ct);
        var agenda = await db.ConferenceAgendaItems.AsNoTracking()
            .Where(a => a.ConferenceId == conferenceId)
            .OrderBy(a => a.Position)
            .Select(a => new MinutesAgendaItem(a.Title, a.Notes))
            .ToListAsync(ct);
        var items = await db.ConferenceActionItems.AsNoTracking()
            .Where(i => i.ConferenceId == conferenceId)
            .OrderBy(i => i.DueOn).ThenBy(i => i.CreatedAtUtc)
            .Select(i => new
            {
                i.Description,
                i.OwnerExternal,
                Staff = db.Users.Where(u => u.Id == i.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                i.DueOn,
                i.Status,
            })
            .ToListAsync(ct);
        var addenda = await db.ConferenceAddenda.AsNoTracking()
            .Where(a => a.ConferenceId == conferenceId)
            .OrderBy(a => a.WrittenAtUtc)
            .Select(a => new MinutesAddendum(a.Text, db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "–", a.WrittenAtUtc))
            .ToListAsync(ct);

        return new PrintableMinutes(
            head.Id, head.Code, head.StartsAtUtc, head.DurationMinutes, head.Place, head.PlaceName, head.Chair ?? "–", head.Status, head.ClosedAtUtc,
            [.. participants.Select(p => p.Kind switch
            {
                ParticipantKind.Staff => new MinutesParticipant(p.Staff ?? "–", null, p.Role, p.Attendance, FromCentre: true),
                ParticipantKind.Partner => new MinutesParticipant(p.ConsentToBeNamed ? p.Contact : null, p.Partner, p.Role, p.Attendance),
                _ => new MinutesParticipant(p.ConsentToBeNamed ? p.Name : null, p.Institution, p.Role, p.Attendance),
            })],
            agenda, head.Conclusions, head.Decisions,
            [.. items.Select(i => new MinutesActionItem(i.Description, i.OwnerExternal ?? i.Staff ?? "–", i.DueOn, i.Status))],
            addenda, clock.Today);
    }
}
