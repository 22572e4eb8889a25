using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>The staff who took part in a case's field visits: offered again on the case after they leave its team.</summary>
public static class VisitParticipants
{
    public static IQueryable<string> Recorded(AppDbContext db, Guid caseId) =>
        db.FieldVisits.Where(v => v.CaseId == caseId).SelectMany(v => v.Participants).Where(p => p.UserId != null).Select(p => p.UserId!);
}
