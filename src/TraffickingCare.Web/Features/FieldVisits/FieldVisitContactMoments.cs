using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Contacts;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>A field visit a partner took part in is a day the case's team was in contact with that partner.</summary>
public sealed class FieldVisitContactMoments : IContactMomentSource
{
    public IQueryable<ContactMoment> Moments(AppDbContext db) =>
        from p in db.FieldVisitParticipants
        where p.PartnerId != null
        join v in db.FieldVisits on p.FieldVisitId equals v.Id
        select new ContactMoment { CaseId = v.CaseId, PartnerId = p.PartnerId!.Value, On = v.On };
}
