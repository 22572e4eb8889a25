using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>
/// The cases of a year (the local day their referral was received, as the report counts referrals), read in three SQL
/// commands whatever their number: the single values, the several-valued codes, the services' types. The rows are then
/// described in HTCDS's terms and made k-anonymous in memory.
/// </summary>
/// <remarks>
/// The codes and the services' types are read for an uncorrelated <c>IN</c> list of the year's cases, each case's then
/// by key. Joined to the year instead, SQLite began the codes at their field's index and looked up the case and the
/// referral of every code of every year: 17 of the page's 34 seconds at the seeded million (docs/performance.md). The
/// types come from the services' tallies, which the save keeps by the same rule (a corrected service counts as its
/// correction, as in the report): a case's few tallies, not all its services.
/// </remarks>
public sealed class ExtractQuery(AppDbContext db, IOptions<ExtractOptions> options)
{
    private static readonly string[] CodeFields =
        [CaseCodeFields.FurtherCitizenship, CaseCodeFields.ExploitationType, CaseCodeFields.ExploitationCountry, CaseCodeFields.MethodOfControl];

    /// <summary>The several-valued codes the quasi-identifiers are made of (<see cref="ExtractDescription"/>): citizenships and forms.</summary>
    private static readonly string[] IdentifyingCodeFields = [CaseCodeFields.FurtherCitizenship, CaseCodeFields.ExploitationType];

    public int K => options.Value.ExtractK;

    public Task<ExtractOutcome<ExtractCase>> GetAsync(int year, CancellationToken ct) => ReadAsync(year, CodeFields, withServiceTypes: true, ct);

    /// <summary>
    /// What the year's extract holds (k, the rows kept and withheld, the steps taken), its rows made k-anonymous exactly as
    /// the file's are, without reading what no quasi-identifier is made of (the services' types, the countries, the
    /// methods of control): at the seeded million those were four in five of the rows the page read.
    /// </summary>
    public async Task<ExtractSummary> SummaryAsync(int year, CancellationToken ct) =>
        (await ReadAsync(year, IdentifyingCodeFields, withServiceTypes: false, ct)).Summary;

    private async Task<ExtractOutcome<ExtractCase>> ReadAsync(int year, string[] codeFields, bool withServiceTypes, CancellationToken ct)
    {
        var cases = CasesOf(year);
        var sources = await (from c in cases
                             join i in db.ImportedCases on c.Case.Id equals i.CaseId into imported
                             from i in imported.DefaultIfEmpty()
                             select new ExtractSource
                             {
                                 CaseId = c.Case.Id,
                                 Status = c.Case.Status,
                                 StatusBeforeClosure = c.Case.StatusBeforeClosure,
                                 ClosureReason = c.Case.ClosureReasonCode,
                                 FollowUp = c.Case.FollowUpOn != null,
                                 Sex = c.Case.Profile.SexCode,
                                 Age = c.Case.Profile.AgeAtExploitation,
                                 Citizenship = c.Case.Profile.CitizenshipCode,
                                 Residence = c.Case.Profile.ResidenceMunicipalityCode,
                                 ReferralMunicipality = c.Municipality,
                                 ExploitationFrom = c.Case.Exploitation.From,
                                 RecruitmentMethod = c.Case.Exploitation.RecruitmentMethodCode,
                                 Imported = i != null,
                                 DecisionMakingOrg = i == null ? null : i.Values.DecisionMakingOrganisation,
                                 SexExploitationTypes = i == null ? null : i.Values.SexExploitationTypes,
                                 ForcedLabourIndustry = i == null ? null : i.Values.ForcedLabourIndustry,
                                 FurtherRecruitmentMethods = i == null ? null : i.Values.FurtherRecruitmentMethods,
                                 Consent = i == null ? null : i.Values.Consent,
                             }).ToListAsync(ct);

        var caseIds = cases.Select(c => c.Case.Id);
        var codes = (await db.CaseCodeListValues.AsNoTracking()
                .Where(v => codeFields.Contains(v.Field) && caseIds.Contains(v.CaseId))
                .Select(v => new { v.CaseId, v.Field, v.Code }).ToListAsync(ct))
            .ToLookup(v => (v.CaseId, v.Field), v => v.Code);

        var services = (withServiceTypes
                ? await db.ServiceTallies.AsNoTracking()
                    .Where(t => caseIds.Contains(t.CaseId))
                    .Select(t => new { t.CaseId, t.TypeCode }).Distinct().ToListAsync(ct)
                : [])
            .ToLookup(s => s.CaseId, s => s.TypeCode);

        var described = sources.Select(s => ExtractDescription.Of(s, year, (field) => codes[(s.CaseId, field)], services[s.CaseId])).ToList();
        return ExtractAnonymiser.Apply(described, c => c.Identifiers, K);
    }

    /// <summary>Cases opened from a referral received in the year (local days: a referral at 23:30 on 31 December is that year's).</summary>
    private IQueryable<YearCase> CasesOf(int year)
    {
        var start = CentreClock.ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        var end = CentreClock.ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue);
        return from c in db.Cases.AsNoTracking()
               join r in db.Referrals on c.ReferralId equals (Guid?)r.Id
               where r.ReceivedAtUtc >= start && r.ReceivedAtUtc < end
               select new YearCase { Case = c, Municipality = r.MunicipalityCode };
    }

    private sealed class YearCase
    {
        public required CaseFile Case { get; init; }

        public string? Municipality { get; init; }
    }
}
