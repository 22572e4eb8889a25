using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Services;

/// <summary>The staff named as givers on a case's services: offered again on the case after they leave its team.</summary>
public static class ServiceGivers
{
    public static IQueryable<string> Recorded(AppDbContext db, Guid caseId) =>
        db.CaseServices.Where(s => s.CaseId == caseId && s.GivenByUserId != null).Select(s => s.GivenByUserId!);
}
