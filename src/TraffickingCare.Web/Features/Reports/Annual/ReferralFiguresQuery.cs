using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The referrals of each year by sender's sector and outcome, in one SQL command: a <c>GROUP BY</c> over year (the
/// local day of receipt), sector, outcome (<see cref="ReferralOutcomes"/>) and whether a case was opened, from which
/// the summary, the sector and outcome tables and the referral funnel by sector are added up.
/// </summary>
internal sealed class ReferralFiguresQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<ReferralCount>> GetAsync(ReportYears span, CancellationToken ct)
    {
        if (span.Years.Count != 5)
        {
            throw new InvalidOperationException("The year of a referral is computed for five years.");
        }

        var (y0, y1, y2, y3, y4) = (span.Years[0], span.Years[1], span.Years[2], span.Years[3], span.Years[4]);
        var (e0, e1, e2, e3, end) = (span.Ends[0], span.Ends[1], span.Ends[2], span.Ends[3], span.Ends[4]);
        var start = span.Start;
        return await (from r in db.Referrals.AsNoTracking()
                      where r.ReceivedAtUtc >= start && r.ReceivedAtUtc < end
                      join c in db.Cases on r.CaseId equals c.Id into opened
                      from c in opened.DefaultIfEmpty()
                      let decided = c == null ? null : c.Status == CaseStatus.Closed ? c.StatusBeforeClosure : (CaseStatus?)c.Status
                      select new
                      {
                          Opened = r.Status == ReferralStatus.OpenedAsCase,
                          Year = r.ReceivedAtUtc < e0 ? y0 : r.ReceivedAtUtc < e1 ? y1 : r.ReceivedAtUtc < e2 ? y2 : r.ReceivedAtUtc < e3 ? y3 : y4,
                          Sector = r.ReferrerSectorCode,
                          Outcome = r.Status == ReferralStatus.Rejected || r.Status == ReferralStatus.NotTraffickingMatter ? ReferralOutcomes.Rejected
                              : r.Status == ReferralStatus.Duplicate ? ReferralOutcomes.Duplicate
                              : r.Status != ReferralStatus.OpenedAsCase ? ReferralOutcomes.Pending
                              : decided == CaseStatus.IdentifiedVictim ? ReferralOutcomes.Identified
                              : decided == CaseStatus.NotIdentified ? ReferralOutcomes.NotIdentified
                              : decided == CaseStatus.Suspended ? ReferralOutcomes.Suspended
                              : decided == CaseStatus.Rejected ? ReferralOutcomes.Rejected
                              : ReferralOutcomes.Pending,
                      } into x
                      group x by new { x.Year, x.Sector, x.Outcome, x.Opened } into g
                      select new ReferralCount(g.Key.Year, g.Key.Sector, g.Key.Outcome, g.Key.Opened, g.Count()))
            .ToListAsync(ct);
    }
}

internal sealed record ReferralCount(int Year, string Sector, string Outcome, bool Opened, int Count);
