using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The identified victims of each year and what the report counts them by, in five SQL commands whatever the number of
/// cases, each a <c>GROUP BY</c>. A case counts in the year of its identification (the first approved "identified"
/// decision, while the case's decision still is "identified"); a person identified in several cases in one year counts
/// once, described by the case with the lowest case code.
/// </summary>
internal sealed class IdentifiedFiguresQuery(AppDbContext db)
{
    public async Task<IdentifiedCounts> GetAsync(ReportYears span, CancellationToken ct)
    {
        var cases = from p in IdentifiedCases.Persons(db, span.FirstDay, span.LastDay)
                    join c in db.Cases.AsNoTracking() on p.Id equals c.Id
                    select new { p.On.Year, Case = c };

        var further = db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.FurtherCitizenship).GroupBy(v => v.CaseId)
            .Select(g => new { CaseId = g.Key, Domestic = g.Max(v => v.Code == ReportTables.DomesticCountry ? 1 : 0) });
        var profiles = await (from x in cases
                              join f in further on x.Case.Id equals f.CaseId into fs
                              from f in fs.DefaultIfEmpty()
                              select new
                              {
                                  x.Year,
                                  Sex = x.Case.Profile.SexCode,
                                  Age = x.Case.Profile.AgeAtExploitation,
                                  Citizenship = x.Case.Profile.CitizenshipCode,
                                  FurtherDomestic = (int?)f.Domestic,
                                  Transnational = x.Case.Exploitation.IsTransnational,
                              } into y
                              group y by new
                              {
                                  y.Year,
                                  y.Sex,
                                  y.Age,
                                  Domestic = y.Citizenship == ReportTables.DomesticCountry || y.FurtherDomestic == 1,
                                  AnyCitizenship = y.Citizenship != null || y.FurtherDomestic != null,
                                  y.Transnational,
                              } into g
                              select new ProfileCount(g.Key.Year, g.Key.Sex, g.Key.Age, g.Key.Domestic, g.Key.AnyCitizenship, g.Key.Transnational, g.Count()))
            .ToListAsync(ct);

        var held = from x in cases
                   select new PersonCode { Year = x.Year, Person = x.Case.Id, Code = x.Case.Profile.CitizenshipCode };
        var alsoHeld = from x in cases
                       join v in db.CaseCodeListValues on x.Case.Id equals v.CaseId
                       where v.Field == CaseCodeFields.FurtherCitizenship
                       select new PersonCode { Year = x.Year, Person = x.Case.Id, Code = v.Code };
        var countries = await Count(held.Where(h => h.Code != null).Union(alsoHeld), ct);

        var forms = from x in cases
                    join v in db.CaseCodeListValues on x.Case.Id equals v.CaseId
                    where v.Field == CaseCodeFields.ExploitationType
                    select new PersonCode { Year = x.Year, Person = x.Case.Id, Code = v.Code };
        var categories = forms.Select(PersonCode.Mapped(ExploitationCategories.OfForm, ExploitationCategories.Other)).Distinct();
        var anyCategory = await Count(categories, ct);
        var exclusive = await categories.GroupBy(c => new { c.Year, c.Person })
            .Select(g => new { g.Key.Year, Kinds = g.Count(), Category = g.Max(c => c.Code) })
            .GroupBy(p => new { p.Year, Category = p.Kinds > 1 ? ExploitationCategories.Multiple : p.Category })
            .Select(g => new CodeCount(g.Key.Year, g.Key.Category!, g.Count()))
            .ToListAsync(ct);

        var services = from x in cases
                       join s in db.CaseServices on x.Case.Id equals s.CaseId
                       where !db.CaseServices.Any(a => a.AmendsServiceId == s.Id)
                       select new PersonCode { Year = x.Year, Person = x.Case.Id, Code = s.TypeCode };
        var visited = from x in cases
                      where db.FieldVisits.Any(v => v.CaseId == x.Case.Id)
                      select new PersonCode { Year = x.Year, Person = x.Case.Id, Code = SupportTypes.FieldVisit };
        var supported = await Count(services.Select(PersonCode.Mapped(SupportTypes.OfServiceType, null)).Where(s => s.Code != null).Union(visited), ct);

        return new IdentifiedCounts(profiles, countries, anyCategory, exclusive, supported);
    }

    /// <summary>Persons per year and code, each person once per code.</summary>
    private static Task<List<CodeCount>> Count(IQueryable<PersonCode> codes, CancellationToken ct) =>
        codes.Distinct().GroupBy(c => new { c.Year, c.Code }).Select(g => new CodeCount(g.Key.Year, g.Key.Code!, g.Count())).ToListAsync(ct);
}

internal sealed record ProfileCount(int Year, string? Sex, int? Age, bool Domestic, bool AnyCitizenship, bool? Transnational, int Count);

internal sealed record CodeCount(int Year, string Code, int Count);

internal sealed record IdentifiedCounts(
    IReadOnlyList<ProfileCount> Profiles,
    IReadOnlyList<CodeCount> Countries,
    IReadOnlyList<CodeCount> AnyCategory,
    IReadOnlyList<CodeCount> ExclusiveCategory,
    IReadOnlyList<CodeCount> Services);
