using System.Security.Claims;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>
/// Proceedings and hearings are reached only through their case: the one case access rule (<see cref="CaseAccess"/>)
/// as a subquery, so a proceeding of a case out of reach is not found, whatever id is typed.
/// </summary>
public sealed class ProceedingScope(AppDbContext db, CaseAccess access)
{
    public IQueryable<Proceeding> Visible(ClaimsPrincipal user)
    {
        var cases = access.Visible(user);
        return db.Proceedings.Where(p => cases.Any(c => c.Id == p.CaseId));
    }

    public IQueryable<Proceeding> Editable(ClaimsPrincipal user)
    {
        var cases = access.Editable(user);
        return db.Proceedings.Where(p => cases.Any(c => c.Id == p.CaseId));
    }

    public IQueryable<Hearing> VisibleHearings(ClaimsPrincipal user)
    {
        var cases = access.Visible(user);
        return db.Hearings.Where(h => cases.Any(c => c.Id == h.CaseId));
    }

    /// <summary><see cref="VisibleHearings(ClaimsPrincipal)"/> on a given context and reach: what a compiled list of hearings is built from (<see cref="CaseAccess.PerReach"/>).</summary>
    internal static IQueryable<Hearing> VisibleHearings(AppDbContext db, CaseReach reach, string userId, DateTime restrictedSince)
    {
        var cases = CaseAccess.Visible(db, reach, userId, restrictedSince);
        return db.Hearings.Where(h => cases.Any(c => c.Id == h.CaseId));
    }

    public IQueryable<Hearing> EditableHearings(ClaimsPrincipal user)
    {
        var cases = access.Editable(user);
        return db.Hearings.Where(h => cases.Any(c => c.Id == h.CaseId));
    }
}
