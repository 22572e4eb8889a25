using System.Security.Claims;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shared.Access;

/// <summary>
/// The one place that decides which cases a user may see. Every case query starts here, so a case
/// outside the user's reach is simply not found, whatever id is typed into the address.
/// </summary>
public sealed class CaseAccess(AppDbContext db, TimeProvider clock)
{
    /// <summary>The audit entry type that records management's reason for opening a restricted case.</summary>
    public const string RestrictedAccessAuditType = "CaseFile.RestrictedAccess";

    /// <summary>How long one recorded reason opens a restricted case to the manager who gave it: a working day.</summary>
    public static readonly TimeSpan RestrictedAccessWindow = TimeSpan.FromHours(8);

    public IQueryable<CaseFile> Visible(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return db.Cases;
        }

        if (user.IsInRole(Roles.Caseworker))
        {
            return WorkedOnBy(db.Cases, user.GetUserId());
        }

        // Management reads the caseload, and a restricted case only after recording why: the audit
        // entry with the reason is the permission. Shelter staff and administrators see no case.
        if (user.IsInRole(Roles.Management))
        {
            var userId = user.GetUserId();
            var since = clock.GetUtcNow().UtcDateTime - RestrictedAccessWindow;
            return db.Cases.Where(c => !c.IsRestricted || db.AuditEntries.Any(a =>
                a.EntityType == RestrictedAccessAuditType && a.EntityId == c.Id && a.UserId == userId && a.AtUtc >= since));
        }

        return db.Cases.Where(_ => false);
    }

    /// <summary>Closed cases whose follow-up contact is due on or before <paramref name="today"/>: work waiting for their team.</summary>
    public static IQueryable<CaseFile> FollowUpDue(IQueryable<CaseFile> cases, DateOnly today) =>
        cases.Where(c => c.Status == CaseStatus.Closed && c.FollowUpOn != null && c.FollowUpOn <= today);

    /// <summary>Cases whose findings and opinion has been submitted and waits for a coordinator's approval.</summary>
    public IQueryable<CaseFile> AwaitingApproval(IQueryable<CaseFile> cases) =>
        cases.Where(c => db.Findings.Any(f => f.CaseId == c.Id && f.Status == Domain.Identification.FindingsStatus.Submitted));

    /// <summary>Who may change a case: its team, and the coordinator.</summary>
    public IQueryable<CaseFile> Editable(ClaimsPrincipal user) =>
        user.Meets(Policies.CaseEditors) ? Visible(user) : db.Cases.Where(_ => false);

    /// <summary>
    /// Who may write a case's findings and opinion: its team only. A coordinator outside the team reviews,
    /// returns and approves it, and never writes in it: whoever writes in it cannot approve it (four eyes).
    /// </summary>
    public IQueryable<CaseFile> OnTeam(ClaimsPrincipal user)
    {
        return WorkedOnBy(Editable(user), user.GetUserId());
    }

    /// <summary>
    /// The cases among <paramref name="cases"/> that the user leads or is on the team of. The team is an uncorrelated
    /// IN list (one search of the team's (UserId, CaseId) index), not an EXISTS per case: with the lead's index SQLite
    /// answers "lead or team" with two index searches instead of reading every case of the Centre.
    /// </summary>
    public IQueryable<CaseFile> WorkedOnBy(IQueryable<CaseFile> cases, string userId)
    {
        var onTeam = db.Set<CaseTeamMember>().Where(m => m.UserId == userId).Select(m => m.CaseId);
        return cases.Where(c => c.LeadCaseworkerId == userId || onTeam.Contains(c.Id));
    }
}
