using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// The final decisions a user may see, filtered: shared by the register page and its export so both
/// show the same rows. Access goes through <see cref="CaseAccess"/>, as for every case query.
/// </summary>
public sealed class DecisionRegisterSource(AppDbContext db, CaseAccess access)
{
    public const string DecisionList = "IdentificationDecision";
    public const string FormList = "ExploitationType";

    public IQueryable<FindingsAndOpinion> Final(DecisionRegisterFilter filter, ClaimsPrincipal user)
    {
        // A correlated EXISTS (one primary-key probe per decision), not IN (all visible case ids):
        // SQLite would build that list from the whole caseload on every page.
        var visibleCases = access.Visible(user);
        var query = db.Findings.AsNoTracking().Where(f => f.Status == FindingsStatus.Final && visibleCases.Any(c => c.Id == f.CaseId));
        if (filter.Year is >= 1 and <= 9998)
        {
            var from = new DateOnly(filter.Year.Value, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(f => f.DecidedOn >= from && f.DecidedOn < to);
        }

        if (Enum.TryParse<IdentificationDecision>(filter.Outcome, out var outcome) && Enum.IsDefined(outcome))
        {
            query = query.Where(f => f.Decision == outcome);
        }

        if (!string.IsNullOrEmpty(filter.Form))
        {
            query = query.Where(f => f.ExploitationForms.Any(e => e.Code == filter.Form));
        }

        if (!string.IsNullOrEmpty(filter.Author))
        {
            query = query.Where(f => f.FirstAuthorId == filter.Author || f.SecondAuthorId == filter.Author);
        }

        return query;
    }

    /// <summary>Newest decision first; approval time and id keep the order stable within a day.</summary>
    public static IOrderedQueryable<FindingsAndOpinion> Newest(IQueryable<FindingsAndOpinion> query) =>
        query.OrderByDescending(f => f.DecidedOn).ThenByDescending(f => f.ApprovedAtUtc).ThenByDescending(f => f.Id);
}
