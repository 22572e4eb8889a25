using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The report's figures of the referrals, of the days to a decision and of the identified persons, read from the
/// counts a save keeps per month (<see cref="KeptMonths"/>: the counting rules are there) rather than from the records:
/// five commands, each a <c>GROUP BY</c> over the few rows of the five years' months, whatever the number of cases.
/// </summary>
internal sealed class KeptFiguresQuery(AppDbContext db)
{
    public async Task<KeptFigures> GetAsync(ReportYears span, CancellationToken ct)
    {
        var (first, last) = (span.Years[0], span.Years[^1]);
        var referrals = await db.ReferralMonthCounts.AsNoTracking().Where(c => c.Year >= first && c.Year <= last)
            .GroupBy(c => new { c.Year, c.Sector, c.Outcome, c.Opened })
            .Select(g => new ReferralCount(g.Key.Year, g.Key.Sector, g.Key.Outcome, g.Key.Opened, g.Sum(c => c.Count)))
            .ToListAsync(ct);
        var calendar = await db.ReferralMonthCounts.AsNoTracking().Where(c => c.Year >= first && c.Year <= last)
            .GroupBy(c => new { c.Year, c.Month, c.Region })
            .Select(g => new MonthRegionCount(g.Key.Year, g.Key.Month, g.Key.Region, g.Sum(c => c.Count)))
            .ToListAsync(ct);
        var waits = await db.DecisionWaitCounts.AsNoTracking().Where(c => c.Year >= first && c.Year <= last)
            .GroupBy(c => new { c.Year, c.Days })
            .Select(g => new WaitCount(g.Key.Year, g.Key.Days, g.Sum(c => c.Count)))
            .ToListAsync(ct);
        var profiles = await db.PersonProfileCounts.AsNoTracking().Where(c => c.Year >= first && c.Year <= last)
            .GroupBy(c => new { c.Year, c.Sex, c.Age, c.Domestic, c.AnyCitizenship, c.Transnational })
            .Select(g => new ProfileCount(g.Key.Year, g.Key.Sex, g.Key.Age, g.Key.Domestic, g.Key.AnyCitizenship, g.Key.Transnational, g.Sum(c => c.Count)))
            .ToListAsync(ct);
        var codes = await db.PersonCodeCounts.AsNoTracking().Where(c => c.Year >= first && c.Year <= last)
            .GroupBy(c => new { c.Kind, c.Year, c.Code })
            .Select(g => new { g.Key.Kind, Count = new CodeCount(g.Key.Year, g.Key.Code, g.Sum(c => c.Count)) })
            .ToListAsync(ct);
        List<CodeCount> Of(string kind) => [.. codes.Where(c => c.Kind == kind).Select(c => c.Count)];

        // A person counts in every category of its set, and in the exclusive table as its one category or "multiple".
        var categories = ExploitationCategories.Any;
        var personSets = Of(PersonCodeKinds.ExploitationSet)
            .Select(s => (s.Year, Categories: PersonCode.KeysOf(int.Parse(s.Code, CultureInfo.InvariantCulture), categories), s.Count)).ToList();
        var anyCategory = personSets.SelectMany(s => s.Categories.Select(c => new CodeCount(s.Year, c, s.Count)))
            .GroupBy(c => (c.Year, c.Code)).Select(g => new CodeCount(g.Key.Year, g.Key.Code, g.Sum(c => c.Count))).ToList();
        var exclusive = personSets.GroupBy(s => (s.Year, Category: s.Categories.Count > 1 ? ExploitationCategories.Multiple : s.Categories[0]))
            .Select(g => new CodeCount(g.Key.Year, g.Key.Category, g.Sum(s => s.Count))).ToList();

        return new KeptFigures(referrals, calendar, waits, profiles, new IdentifiedCodes(Of(PersonCodeKinds.Country), anyCategory, exclusive, Of(PersonCodeKinds.Support)));
    }
}

internal sealed record KeptFigures(
    IReadOnlyList<ReferralCount> Referrals,
    IReadOnlyList<MonthRegionCount> Calendar,
    IReadOnlyList<WaitCount> Waits,
    IReadOnlyList<ProfileCount> Profiles,
    IdentifiedCodes Identified);

/// <summary>Referrals of a year by sector (empty where none was recorded), outcome and whether a case was opened.</summary>
internal sealed record ReferralCount(int Year, string Sector, string Outcome, bool Opened, int Count);

internal sealed record MonthRegionCount(int Year, int Month, string Region, int Count);

/// <summary>Cases first decided in a year that waited a number of days since their referral's local day.</summary>
internal sealed record WaitCount(int Year, int Days, int Count);

internal sealed record ProfileCount(int Year, string? Sex, int? Age, bool Domestic, bool AnyCitizenship, bool? Transnational, int Count);

internal sealed record CodeCount(int Year, string Code, int Count);

internal sealed record IdentifiedCodes(
    IReadOnlyList<CodeCount> Countries,
    IReadOnlyList<CodeCount> AnyCategory,
    IReadOnlyList<CodeCount> ExclusiveCategory,
    IReadOnlyList<CodeCount> Services);
