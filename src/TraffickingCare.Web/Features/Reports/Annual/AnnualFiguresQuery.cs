using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// Every cell of a year's report and of the four years before it: the referrals, the days to a decision and the
/// identified persons from the counts a save keeps per month (<see cref="KeptFiguresQuery"/>, five commands over a few
/// rows a month), the Centre's work from the records (<see cref="WorkFiguresQuery"/>), and the code lists: each command
/// a <c>GROUP BY</c>, a constant number of them whatever the number of cases; .NET only adds up the grouped rows. Every
/// row of every table is present, zeros included, and a code-list table has a row for every active code of its list
/// and for any retired code the records still hold.
/// </summary>
public sealed class AnnualFiguresQuery(AppDbContext db, WorkFiguresQuery work)
{
    /// <summary>The code lists whose codes are rows of the report, by their names in code-lists.json.</summary>
    public const string SexList = "Sex";
    public const string CitizenshipList = "Citizenship";
    public const string SectorList = "ReferrerSector";
    public const string SupportList = "SupportType";
    public const string RegionList = "Region";

    public async Task<IReadOnlyList<ReportCell>> GetAsync(int year, CancellationToken ct)
    {
        var span = new ReportYears(year);
        var lists = new[] { SexList, CitizenshipList, SectorList, SupportList };
        var codes = await db.CodeListItems.AsNoTracking().Where(i => lists.Contains(i.List) && i.IsActive)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code).Select(i => new { i.List, i.Code }).ToListAsync(ct);
        IEnumerable<string> Codes(string list) => codes.Where(c => c.List == list).Select(c => c.Code);

        var (referrals, calendar, waits, profiles, identified) = await new KeptFiguresQuery(db).GetAsync(span, ct);
        var sheet = new CellSheet(span.Years);

        int Identified(int y) => profiles.Where(p => p.Year == y).Sum(p => p.Count);
        int Referred(int y) => referrals.Where(r => r.Year == y).Sum(r => r.Count);
        int Outcome(string o, int y) => referrals.Where(r => r.Year == y && r.Outcome == o).Sum(r => r.Count);

        sheet.Add(ReportTables.Summary, ReportTables.SummaryRows, (row, y) => row switch
        {
            ReportTables.Referrals => Referred(y),
            ReportTables.PresumedVictims => Outcome(ReferralOutcomes.Pending, y) + Outcome(ReferralOutcomes.Suspended, y),
            _ => Identified(y),
        });

        string SexOf(ProfileCount p) => string.IsNullOrEmpty(p.Sex) ? ReportTables.Unknown : p.Sex;
        sheet.AddCodes(ReportTables.BySex, Codes(SexList), profiles.Select(p => (p.Year, SexOf(p), p.Count)), ReportTables.Unknown);
        sheet.AddCodes(ReportTables.ByAgeGroup, AgeBands.Groups, profiles.Select(p => (p.Year, AgeBands.GroupOf(p.Age), p.Count)));
        sheet.AddCodes(ReportTables.ByAgeBand, AgeBands.All, profiles.Select(p => (p.Year, AgeBands.Of(p.Age), p.Count)));
        sheet.AddCodes(ReportTables.ByCitizenship, ReportTables.CitizenshipRows, profiles.Select(p => (p.Year, CitizenshipOf(p), p.Count)));
        sheet.AddCodes(ReportTables.ByScope, ReportTables.ScopeRows, profiles.Select(p => (p.Year, ScopeOf(p.Transnational), p.Count)));

        var withoutCitizenship = profiles.Where(p => !p.AnyCitizenship).Select(p => (p.Year, ReportTables.UnknownLower, p.Count));
        sheet.AddCodes(ReportTables.ByCitizenshipCountry, Codes(CitizenshipList), identified.Countries.Select(Of).Concat(withoutCitizenship), ReportTables.UnknownLower);

        sheet.AddCodes(ReportTables.ByExploitationAny, ExploitationCategories.Any, identified.AnyCategory.Select(Of));
        var categorised = identified.ExclusiveCategory.Select(Of).ToList();
        var uncategorised = span.Years.Select(y => (y, ExploitationCategories.Unknown, Identified(y) - categorised.Where(c => c.Item1 == y).Sum(c => c.Item3)));
        sheet.AddCodes(ReportTables.ByExploitationExclusive, ExploitationCategories.Exclusive, categorised.Concat(uncategorised));
        sheet.AddCodes(ReportTables.ByService, Codes(SupportList), identified.Services.Select(Of));

        string SectorOf(ReferralCount r) => string.IsNullOrEmpty(r.Sector) ? ReportTables.Unknown : r.Sector;
        sheet.AddCodes(ReportTables.ReferralsBySector, Codes(SectorList), referrals.Select(r => (r.Year, SectorOf(r), r.Count)), ReportTables.Unknown);
        sheet.AddCodes(ReportTables.ReferralsByOutcome, ReferralOutcomes.All, referrals.Select(r => (r.Year, r.Outcome, r.Count)));
        sheet.AddCodes(ReportTables.ReferralsOpenedBySector, Codes(SectorList), referrals.Where(r => r.Opened).Select(r => (r.Year, SectorOf(r), r.Count)), ReportTables.Unknown);
        var identifiedReferrals = referrals.Where(r => r.Outcome == ReferralOutcomes.Identified);
        sheet.AddCodes(ReportTables.ReferralsIdentifiedBySector, Codes(SectorList), identifiedReferrals.Select(r => (r.Year, SectorOf(r), r.Count)), ReportTables.Unknown);
        sheet.AddCodes(ReportTables.ReferralsByRegion, MunicipalityRegions.Regions, calendar.Select(c => (c.Year, c.Region, c.Count)), MunicipalityRegions.Unknown);
        sheet.AddCodes(ReportTables.ReferralsByMonth, ReportTables.MonthRows, calendar.Select(c => (c.Year, ReportTables.MonthRows[c.Month - 1], c.Count)));
        sheet.AddCodes(ReportTables.CasesByDaysToDecision, DecisionTimes.All, waits.Select(w => (w.Year, DecisionTimes.Of(w.Days), w.Count)));
        await work.AddAsync(span, sheet, Codes(SupportList), ct);
        return sheet.Cells;
    }

    private static (int, string, int) Of(CodeCount c) => (c.Year, c.Code, c.Count);

    private static string CitizenshipOf(ProfileCount p) =>
        p.Domestic ? ReportTables.Domestic : p.AnyCitizenship ? ReportTables.Foreign : ReportTables.UnknownLower;

    private static string ScopeOf(bool? transnational) => transnational switch
    {
        true => "Transnational",
        false => "Internal",
        null => ReportTables.Unknown,
    };
}
