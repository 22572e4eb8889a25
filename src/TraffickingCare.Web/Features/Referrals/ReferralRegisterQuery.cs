using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// The referral register: filtered, sorted and paged in the database (two commands per page, whatever
/// the size of the register), over the referrals <see cref="ReferralAccess"/> lets the user see. Counted up to
/// <see cref="ReferralOptions.CountLimit"/>: past it the register pages through the first that many in its order.
/// </summary>
public sealed class ReferralRegisterQuery(
    ReferralAccess access, CentreClock clock, CodeListOptionsQuery options, CaseworkerOptionsQuery caseworkers, IOptions<ReferralOptions> settings)
{
    public async Task<ReferralRegisterViewModel> GetAsync(ReferralRegisterFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var query = access.Visible(user).AsNoTracking();
        if (Enum.TryParse<ReferralStatus>(filter.Status, out var status))
        {
            query = query.Where(r => r.Status == status);
        }

        if (!string.IsNullOrEmpty(filter.Sector))
        {
            query = query.Where(r => r.ReferrerSectorCode == filter.Sector);
        }

        if (!string.IsNullOrEmpty(filter.Municipality))
        {
            query = query.Where(r => r.MunicipalityCode == filter.Municipality);
        }

        if (!string.IsNullOrEmpty(filter.Assignee))
        {
            query = query.Where(r => r.AssigneeId == filter.Assignee);
        }

        if (filter.UrgentOnly)
        {
            query = query.Where(r => r.Urgency.ImmediateDanger || r.Urgency.Child || r.Urgency.Injured || r.Urgency.Detained);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(r => r.Status == ReferralStatus.AwaitingTriage && r.TriageDeadlineUtc < now);
        }

        if (CentreClock.TryParseDate(filter.From, out var from))
        {
            var fromUtc = CentreClock.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(r => r.ReceivedAtUtc >= fromUtc);
        }

        if (CentreClock.TryParseDate(filter.To, out var to))
        {
            var toUtc = CentreClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(r => r.ReceivedAtUtc < toUtc);
        }

        var count = await CappedCount.CountAsync(query, settings.Value.CountLimit, ct);
        var ordered = filter.Sort == ReferralRegisterFilter.ByDeadline
            ? query.OrderBy(r => r.TriageDeadlineUtc).ThenBy(r => r.Id)
            : query.OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id);
        var page = Math.Clamp(filter.Page, 1, count.Pages(ReferralRegisterFilter.PageSize));
        filter.Page = page;
        var rows = await ordered
            .Skip((page - 1) * ReferralRegisterFilter.PageSize)
            .Take(count.OnPage(page, ReferralRegisterFilter.PageSize))
            .Select(r => new ReferralRegisterRow(
                r.Id,
                r.ReceivedAtUtc,
                r.TriageDeadlineUtc,
                "Referrals.Status." + r.Status,
                r.ReferrerSectorCode,
                r.MunicipalityCode,
                r.Urgency.ImmediateDanger || r.Urgency.Child || r.Urgency.Injured || r.Urgency.Detained,
                r.Status == ReferralStatus.AwaitingTriage && r.TriageDeadlineUtc < now))
            .ToListAsync(ct);

        var sectors = await options.GetAsync(ReferralCodeLists.ReferrerSector, ct: ct);
        var municipalities = await options.GetAsync(ReferralCodeLists.Municipality, ct: ct);
        var assignees = ReferralAccess.Triages(user) ? await caseworkers.PickAsync(filter.AssigneeFind, [filter.Assignee], ct) : null;
        filter.Choices = new ReferralFilterChoices(sectors, municipalities, assignees);
        return new ReferralRegisterViewModel(filter, rows, count);
    }
}
