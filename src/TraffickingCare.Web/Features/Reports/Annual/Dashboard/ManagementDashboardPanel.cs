using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Tallies;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Dashboard;

/// <summary>
/// Management's home: this year so far beside the same days of last year (referrals, presumed and identified victims
/// by the report's rules; residents in the shelter and proceedings open on the day), and where last year's report
/// stands. Five SQL commands whatever the number of records.
/// </summary>
public sealed class ManagementDashboardPanel(AppDbContext db, CentreClock clock, IStringLocalizer<SharedResource> l) : IHomePanel
{
    public int Order => 5;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Management))
        {
            return null;
        }

        var today = clock.Today;
        var sameDayLastYear = today.AddYears(-1);
        var (thisFrom, lastFrom) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year - 1, 1, 1));
        DateTime Start(DateOnly day) => CentreClock.ToUtc(day, TimeOnly.MinValue);
        var (thisStart, thisEnd, lastStart, lastEnd) = (Start(thisFrom), Start(today.AddDays(1)), Start(lastFrom), Start(sameDayLastYear.AddDays(1)));

        var referrals = await (from r in db.Referrals.AsNoTracking()
                               where (r.ReceivedAtUtc >= thisStart && r.ReceivedAtUtc < thisEnd) || (r.ReceivedAtUtc >= lastStart && r.ReceivedAtUtc < lastEnd)
                               join c in db.Cases on r.CaseId equals c.Id into opened
                               from c in opened.DefaultIfEmpty()
                               let decided = c == null ? null : c.Status == CaseStatus.Closed ? c.StatusBeforeClosure : (CaseStatus?)c.Status
                               select new
                               {
                                   This = r.ReceivedAtUtc >= thisStart,
                                   Presumed = r.Status == ReferralStatus.AwaitingTriage || (r.Status == ReferralStatus.OpenedAsCase
                                       && decided != CaseStatus.IdentifiedVictim && decided != CaseStatus.NotIdentified && decided != CaseStatus.Rejected),
                               } into x
                               group x by x.This into g
                               select new { This = g.Key, Count = g.Count(), Presumed = g.Count(x => x.Presumed) }).ToListAsync(ct);

        var identified = await (from d in IdentifiedCases.Of(db)
                                where (d.On >= thisFrom && d.On <= today) || (d.On >= lastFrom && d.On <= sameDayLastYear)
                                group d by d.On >= thisFrom into g
                                select new { This = g.Key, Count = g.Count() }).ToListAsync(ct);

        var residents = await db.Placements.AsNoTracking().GroupBy(_ => 1).Select(g => new
        {
            Now = g.Count(p => p.AdmittedOn <= today && (p.ExitedOn == null || p.ExitedOn > today)),
            Then = g.Count(p => p.AdmittedOn <= sameDayLastYear && (p.ExitedOn == null || p.ExitedOn > sameDayLastYear)),
        }).SingleOrDefaultAsync(ct);
        var proceedings = await db.Proceedings.AsNoTracking().GroupBy(_ => 1).Select(g => new
        {
            Now = g.Count(p => p.Stage != ProceedingStage.Final),
            Then = g.Count(p => p.CreatedAtUtc < lastEnd && (p.Stage != ProceedingStage.Final || p.StageSince > sameDayLastYear)),
        }).SingleOrDefaultAsync(ct);
        var reportYear = today.Year - 1;
        var revision = await db.PublishedReports.AsNoTracking().Where(r => r.Year == reportYear).MaxAsync(r => (int?)r.Revision, ct);

        int Of<T>(IEnumerable<T> rows, Func<T, bool> isThis, Func<T, int> count, bool wanted) => rows.Where(r => isThis(r) == wanted).Sum(count);
        ReportRowView Row(string key, int then, int now) => new(key, l["Reports.Dashboard." + key], new Dictionary<int, string>
        {
            [today.Year - 1] = then.ToString(CultureInfo.InvariantCulture),
            [today.Year] = now.ToString(CultureInfo.InvariantCulture),
        });
        var rows = new[]
        {
            Row("Referrals", Of(referrals, r => r.This, r => r.Count, false), Of(referrals, r => r.This, r => r.Count, true)),
            Row("Presumed", Of(referrals, r => r.This, r => r.Presumed, false), Of(referrals, r => r.This, r => r.Presumed, true)),
            Row("Identified", Of(identified, r => r.This, r => r.Count, false), Of(identified, r => r.This, r => r.Count, true)),
            Row("InShelter", residents?.Then ?? 0, residents?.Now ?? 0),
            Row("OpenProceedings", proceedings?.Then ?? 0, proceedings?.Now ?? 0),
        };
        return HomePanelView.Beside(this, "_ManagementDashboard", new ManagementDashboard(today, rows, reportYear, revision), Roles.Management);
    }
}

/// <summary>The dashboard's figures: each row's value on the same day last year and today, and last year's report's state.</summary>
public sealed record ManagementDashboard(DateOnly Today, IReadOnlyList<ReportRowView> Rows, int ReportYear, int? LatestRevision) : HomePanelModel;
