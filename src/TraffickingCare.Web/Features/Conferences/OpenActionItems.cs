using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// A case's action items still to be done: open, from conferences that were not called off (a cancelled
/// conference's items were never agreed). A new conference on the case starts by reviewing them.
/// </summary>
public static class OpenActionItems
{
    public static IQueryable<ConferenceActionItem> OfCase(AppDbContext db, Guid caseId) =>
        from i in db.ConferenceActionItems
        where i.CaseId == caseId && i.Status == ActionItemStatus.Open
        join c in db.CaseConferences on i.ConferenceId equals c.Id
        where c.Status != ConferenceStatus.Cancelled
        select i;
}
