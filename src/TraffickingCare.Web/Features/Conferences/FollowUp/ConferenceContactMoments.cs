using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Contacts;

namespace TraffickingCare.Web.Features.Conferences.FollowUp;

/// <summary>
/// A closed conference at which a partner was present is a day the case's team was in contact with that partner.
/// The day is the UTC date of the start: conferences meet in working hours, when it is the Centre's local date too
/// (the two differ only between midnight and 02:00 local time).
/// </summary>
public sealed class ConferenceContactMoments : IContactMomentSource
{
    public IQueryable<ContactMoment> Moments(AppDbContext db) =>
        from c in db.CaseConferences
        where c.Status == ConferenceStatus.Closed
        join p in db.ConferenceParticipants on c.Id equals p.ConferenceId
        where p.PartnerId != null && p.Attendance == Attendance.Present
        select new ContactMoment { CaseId = c.CaseId, PartnerId = p.PartnerId!.Value, On = DateOnly.FromDateTime(c.StartsAtUtc) };
}
