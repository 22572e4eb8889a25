using System.Security.Claims;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// Which conferences a user reaches: those of the cases the one case access rule gives them. The case's team and the
/// coordinator schedule and run them (<see cref="Runnable"/>); management reads them (<see cref="Visible"/>).
/// Shelter staff see no case, but a conference they were invited to is theirs in part: its shelter-relevant items
/// (<see cref="SeesShelterItemsOnly"/>). The administrator reaches none. A conference out of reach is simply not found.
/// </summary>
public sealed class ConferenceAccess(AppDbContext db, CaseAccess cases)
{
    public IQueryable<CaseConference> Visible(ClaimsPrincipal user)
    {
        var (shelterOnly, viewer, me) = ReaderOf(user);
        return Visible(db, shelterOnly, viewer, me);
    }

    /// <summary>What the conference rule asks of a user: whether they see shelter items only (then who they are), and what the case rule asks.</summary>
    public (bool ShelterOnly, CaseViewer Viewer, string Me) ReaderOf(ClaimsPrincipal user)
    {
        var shelterOnly = SeesShelterItemsOnly(user);
        return (shelterOnly, cases.ViewerOf(user), shelterOnly ? user.GetUserId() : string.Empty);
    }

    /// <summary>
    /// <see cref="Visible(ClaimsPrincipal)"/> on a given context: shelter staff's invitations (<paramref name="me"/>), or
    /// the case rule's reach. What a compiled list of conferences is built from, one for each shape.
    /// </summary>
    internal static IQueryable<CaseConference> Visible(AppDbContext db, bool shelterOnly, CaseViewer viewer, string me)
    {
        if (shelterOnly)
        {
            return db.CaseConferences.Where(c => db.ConferenceParticipants.Any(p => p.ConferenceId == c.Id && p.UserId == me));
        }

        var visible = CaseAccess.Visible(db, viewer.Reach, viewer.UserId, viewer.RestrictedSince);
        return db.CaseConferences.Where(c => visible.Any(x => x.Id == c.CaseId));
    }

    public IQueryable<CaseConference> Runnable(ClaimsPrincipal user)
    {
        var editable = cases.Editable(user);
        return db.CaseConferences.Where(c => editable.Any(x => x.Id == c.CaseId));
    }

    /// <summary>
    /// Shelter staff invited to a conference: what concerns the shelter is when and where it meets, who takes part, and
    /// the action items they own (on their "Moj rad": a room to prepare, an escort to arrange). The agenda's notes, the
    /// conclusions and the decisions are the person's story, kept to the case's readers.
    /// </summary>
    public static bool SeesShelterItemsOnly(ClaimsPrincipal user) => user.IsInRole(Roles.ShelterStaff) && !user.Meets(Policies.CaseReaders);
}
