using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>
/// The cases of a year (the local day their referral was received, as the report counts referrals), read in three SQL
/// commands whatever their number: the single values, the several-valued codes, the services. The rows are then
/// described in HTCDS's terms and made k-anonymous in memory.
/// </summary>
public sealed class ExtractQuery(AppDbContext db, IOptions<ExtractOptions> options)
{
    private static readonly string[] CodeFields =
        [CaseCodeFields.FurtherCitizenship, CaseCodeFields.ExploitationType, CaseCodeFields.ExploitationCountry, CaseCodeFields.MethodOfControl];

    public int K => options.Value.ExtractK;

    public async Task<ExtractOutcome<ExtractCase>> GetAsync(int year, CancellationToken ct)
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

        var codes = (await (from c in cases
                            join v in db.CaseCodeListValues on c.Case.Id equals v.CaseId
                            where CodeFields.Contains(v.Field)
                            select new { v.CaseId, v.Field, v.Code }).ToListAsync(ct))
            .ToLookup(v => (v.CaseId, v.Field), v => v.Code);

        // A corrected service counts as its correction, as in the report.
        var services = (await (from c in cases
                               join s in db.CaseServices on c.Case.Id equals s.CaseId
                               where !db.CaseServices.Any(a => a.AmendsServiceId == s.Id)
                               select new { s.CaseId, s.TypeCode }).Distinct().ToListAsync(ct))
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
