using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The cases a user may see, newest first, filtered and paged in the database, counted up to
/// <see cref="CaseListOptions.CountLimit"/>: past it the list pages through the first that many in its order.
/// </summary>
public sealed partial class CaseListQuery(AppDbContext db, CaseAccess access, CentreClock clock, DecisionClock decisions, IOptions<CaseListOptions> options)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?i:CZZ)-(\d{4})-?$")]
    private static partial System.Text.RegularExpressions.Regex YearPrefix();

    public async Task<CaseListViewModel> GetAsync(CaseListFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        var query = access.Visible(user).AsNoTracking();
        if (Enum.TryParse<CaseStatus>(filter.Status, out var status))
        {
            query = query.Where(c => c.Status == status);
        }

        // A whole code finds its case through the unique index; "CZZ-2024" narrows to a year the same way.
        if (CaseCode.TryParse(filter.Code, out var exact))
        {
            query = query.Where(c => c.Code == exact!.Value);
        }
        else if (YearPrefix().Match(filter.Code?.Trim() ?? string.Empty) is { Success: true } year)
        {
            var codeYear = int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(c => c.CodeYear == codeYear);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Code))
        {
            var code = filter.Code.Trim().ToUpperInvariant();
            query = query.Where(c => c.Code.StartsWith(code));
        }

        if (filter.FollowUpDue)
        {
            query = CaseAccess.FollowUpDue(query, clock.Today);
        }

        if (filter.DecisionOverdue)
        {
            query = decisions.Overdue(query);
        }

        if (filter.AwaitingApproval)
        {
            query = access.AwaitingApproval(query);
        }

        var count = await CappedCount.CountAsync(query, options.Value.CountLimit, ct);
        filter.Page = Math.Clamp(filter.Page, 1, count.Pages(CaseListFilter.PageSize));
        var ordered = filter.FollowUpDue
            ? query.OrderBy(c => c.FollowUpOn).ThenByDescending(c => c.Id)
            : query.OrderByDescending(c => c.OpenedAtUtc).ThenByDescending(c => c.Id);
        var rows = await ordered
            .Skip((filter.Page - 1) * CaseListFilter.PageSize)
            .Take(count.OnPage(filter.Page, CaseListFilter.PageSize))
            .Select(c => new CaseListRow(
                c.Id,
                c.Code,
                "Cases.Status." + c.Status,
                db.Users.Where(u => u.Id == c.LeadCaseworkerId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                c.OpenedAtUtc,
                c.IsRestricted,
                c.FollowUpOn))
            .ToListAsync(ct);
        return new CaseListViewModel(filter, rows, count);
    }
}
