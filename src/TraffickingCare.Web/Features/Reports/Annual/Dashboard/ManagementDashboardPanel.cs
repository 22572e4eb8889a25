using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Domain.Reports;
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
/// stands. Seven SQL commands whatever the number of records, none of which reads more than two months of records.
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
        var (referrals, identified) = await SoFarAsync(today, sameDayLastYear, ct);
        var lastEnd = CentreClock.ToUtc(sameDayLastYear.AddDays(1), TimeOnly.MinValue);

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

    /// <summary>
    /// The referrals (and of them the presumed victims: outcome pending or suspended) and the identified persons from
    /// 1 January to <paramref name="today"/> and to the same day of last year, by the report's rules: the months before
    /// each day's month from the counts kept per month (<see cref="KeptMonths"/>), the days of its month from the
    /// records by the same rules (<see cref="ReferralMonths.Facts"/>, <see cref="CountedPersons"/>). Four commands,
    /// each reading a few rows a month or the records of two months.
    /// </summary>
    private async Task<(List<YearSoFar> Referrals, List<YearSoFar> Identified)> SoFarAsync(DateOnly today, DateOnly sameDayLastYear, CancellationToken ct)
    {
        var (thisYear, thisMonth, lastYear, lastMonth) = (today.Year, today.Month, sameDayLastYear.Year, sameDayLastYear.Month);
        string[] presumed = [ReferralOutcomes.Pending, ReferralOutcomes.Suspended];
        var keptReferrals = await db.ReferralMonthCounts.AsNoTracking()
            .Where(c => (c.Year == thisYear && c.Month < thisMonth) || (c.Year == lastYear && c.Month < lastMonth))
            .GroupBy(c => c.Year == thisYear)
            .Select(g => new YearSoFar(g.Key, g.Sum(c => c.Count), g.Sum(c => presumed.Contains(c.Outcome) ? c.Count : 0)))
            .ToListAsync(ct);

        DateTime Start(DateOnly day) => CentreClock.ToUtc(day, TimeOnly.MinValue);
        var (thisStart, thisEnd) = (Start(new DateOnly(thisYear, thisMonth, 1)), Start(today.AddDays(1)));
        var (lastStart, lastEnd) = (Start(new DateOnly(lastYear, lastMonth, 1)), Start(sameDayLastYear.AddDays(1)));
        var daysReferred = await ReferralMonths.Facts(db, thisStart, thisEnd).Select(r => new { This = true, r.Outcome })
            .Concat(ReferralMonths.Facts(db, lastStart, lastEnd).Select(r => new { This = false, r.Outcome }))
            .GroupBy(r => r.This)
            .Select(g => new YearSoFar(g.Key, g.Count(), g.Count(r => presumed.Contains(r.Outcome))))
            .ToListAsync(ct);

        var keptPersons = await db.PersonProfileCounts.AsNoTracking()
            .Where(c => (c.Year == thisYear && c.Month < thisMonth) || (c.Year == lastYear && c.Month < lastMonth))
            .GroupBy(c => c.Year == thisYear)
            .Select(g => new YearSoFar(g.Key, g.Sum(c => c.Count), 0))
            .ToListAsync(ct);
        var daysIdentified = await (from p in db.CountedPersons.AsNoTracking()
                                    where (p.Year == thisYear && p.Month == thisMonth) || (p.Year == lastYear && p.Month == lastMonth)
                                    join c in db.Cases on p.CaseId equals c.Id
                                    where c.IdentifiedOn <= (p.Year == thisYear ? today : sameDayLastYear)
                                    group p by p.Year == thisYear into g
                                    select new YearSoFar(g.Key, g.Count(), 0)).ToListAsync(ct);
        return ([.. keptReferrals, .. daysReferred], [.. keptPersons, .. daysIdentified]);
    }

    private sealed record YearSoFar(bool This, int Count, int Presumed);
}

/// <summary>The dashboard's figures: each row's value on the same day last year and today, and last year's report's state.</summary>
public sealed record ManagementDashboard(DateOnly Today, IReadOnlyList<ReportRowView> Rows, int ReportYear, int? LatestRevision) : HomePanelModel;
