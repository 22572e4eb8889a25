using System.Security.Claims;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// Which conferences a user reaches: those of the cases the one case access rule gives them. The case's team and the
/// coordinator schedule and run them (<see cref="Runnable"/>); management reads them (<see cref="Visible"/>); shelter
/// staff and the administrator reach none. A conference out of reach is simply not found.
/// </summary>
public sealed class ConferenceAccess(AppDbContext db, CaseAccess cases)
{
    public IQueryable<CaseConference> Visible(ClaimsPrincipal user)
    {
        var visible = cases.Visible(user);
        return db.CaseConferences.Where(c => visible.Any(x => x.Id == c.CaseId));
    }

    public IQueryable<CaseConference> Runnable(ClaimsPrincipal user)
    {
        var editable = cases.Editable(user);
        return db.CaseConferences.Where(c => editable.Any(x => x.Id == c.CaseId));
    }
}
