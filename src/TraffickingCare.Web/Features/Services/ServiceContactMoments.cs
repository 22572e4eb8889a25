using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Contacts;

namespace TraffickingCare.Web.Features.Services;

/// <summary>A service a partner gave is a day the case's team was in contact with that partner.</summary>
public sealed class ServiceContactMoments : IContactMomentSource
{
    public IQueryable<ContactMoment> Moments(AppDbContext db) =>
        db.CaseServices
            .Where(s => s.GivenByPartnerId != null)
            .Select(s => new ContactMoment { CaseId = s.CaseId, PartnerId = s.GivenByPartnerId!.Value, On = s.On });
}
