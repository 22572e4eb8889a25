using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The identified victims of each year and what the report counts them by, in four SQL commands whatever the number of
/// cases, each a <c>GROUP BY</c>: the profiles in one, the codes in three (the report runs the two parts side by side). A case counts in the year of its identification (the first approved "identified"
/// decision, while the case's decision still is "identified"); a person identified in several cases in one year counts
/// once, described by the case with the lowest case code.
/// </summary>
internal sealed class IdentifiedFiguresQuery(AppDbContext db)
{
    /// <summary>The persons per year and profile (sex, age, citizenship, scope): one command.</summary>
    public async Task<List<ProfileCount>> ProfilesAsync(ReportYears span, CancellationToken ct)
    {
        var cases = Cases(span);
        var further = db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.FurtherCitizenship).GroupBy(v => v.CaseId)
            .Select(g => new { CaseId = g.Key, Domestic = g.Max(v => v.Code == ReportTables.DomesticCountry ? 1 : 0) });
        var profiles = await (from x in cases
                              join f in further on x.Id equals f.CaseId into fs
                              from f in fs.DefaultIfEmpty()
                              select new
                              {
                                  x.Year,
                                  x.Sex,
                                  x.Age,
                                  x.Citizenship,
                                  FurtherDomestic = (int?)f.Domestic,
                                  x.Transnational,
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
        return profiles;
    }

    /// <summary>The persons per year and code: countries of citizenship, forms of exploitation, support received; three commands.</summary>
    public async Task<IdentifiedCodes> CodesAsync(ReportYears span, CancellationToken ct)
    {
        var cases = Cases(span);
        var held = from x in cases
                   select new PersonCode { Year = x.Year, Person = x.Id, Code = x.Citizenship };
        var alsoHeld = from x in cases
                       join v in db.CaseCodeListValues on x.Id equals v.CaseId
                       where v.Field == CaseCodeFields.FurtherCitizenship
                       select new PersonCode { Year = x.Year, Person = x.Id, Code = v.Code };
        var countries = await Count(held.Where(h => h.Code != null).Union(alsoHeld), ct);

        // Written as a cross join filtered by the case, which SQLite takes as "the persons first": joined, SQLite chose
        // to start from every form of exploitation ever recorded and look each one's person up (0.25 s against 0.15 s
        // at 100,000 cases). SQL Server treats the two forms alike.
        var forms = from p in Persons(span)
                    from v in db.CaseCodeListValues
                    where v.CaseId == p.CaseId && v.Field == CaseCodeFields.ExploitationType
                    select new PersonCode { Year = p.Year, Person = p.CaseId, Code = v.Code };
        // One command for both tables of exploitation: each person's categories as a set of bits, counted per year and
        // set; a person counts in every category of its set, and in the exclusive table as its one category or "multiple".
        var categories = ExploitationCategories.Any;
        var sets = await forms.Select(PersonCode.Bit(ExploitationCategories.OfForm, ExploitationCategories.Other, categories)).Distinct()
            .GroupBy(b => new { b.Year, b.Person }).Select(g => new { g.Key.Year, Set = g.Sum(b => b.Bit) })
            .GroupBy(p => new { p.Year, p.Set }).Select(g => new { g.Key.Year, g.Key.Set, Count = g.Count() })
            .ToListAsync(ct);
        var personSets = sets.Select(s => (s.Year, Categories: PersonCode.KeysOf(s.Set, categories), s.Count)).ToList();
        var anyCategory = personSets.SelectMany(s => s.Categories.Select(c => new CodeCount(s.Year, c, s.Count)))
            .GroupBy(c => (c.Year, c.Code)).Select(g => new CodeCount(g.Key.Year, g.Key.Code, g.Sum(c => c.Count))).ToList();
        var exclusive = personSets.GroupBy(s => (s.Year, Category: s.Categories.Count > 1 ? ExploitationCategories.Multiple : s.Categories[0]))
            .Select(g => new CodeCount(g.Key.Year, g.Key.Category, g.Sum(s => s.Count))).ToList();

        // Services by their tallies (a case's services per type and year, kept on write by the same rule: not deleted,
        // not amended), not by every service given.
        var services = from p in Persons(span)
                       join t in db.ServiceTallies on p.CaseId equals t.CaseId
                       select new PersonCode { Year = p.Year, Person = p.CaseId, Code = t.TypeCode };
        var visited = from p in Persons(span)
                      where db.FieldVisits.Any(v => v.CaseId == p.CaseId)
                      select new PersonCode { Year = p.Year, Person = p.CaseId, Code = SupportTypes.FieldVisit };
        var supported = await Count(services.Select(PersonCode.Mapped(SupportTypes.OfServiceType, null)).Where(s => s.Code != null).Union(visited), ct);

        return new IdentifiedCodes(countries, anyCategory, exclusive, supported);
    }

    /// <summary>
    /// The persons of the five years as a save keeps them (<see cref="CountedPersons"/>): the case standing for each.
    /// What is counted by a case's own rows (forms, services) starts here, without reading the case: the join cost a
    /// lookup per person and made SQLite start from the other side.
    /// </summary>
    private IQueryable<CountedPerson> Persons(ReportYears span) =>
        db.CountedPersons.Where(p => p.Year >= span.FirstDay.Year && p.Year <= span.LastDay.Year);

    /// <summary>The persons, each described by the case that stands for it.</summary>
    private IQueryable<IdentifiedPerson> Cases(ReportYears span) =>
        from counted in Persons(span)
        join p in IdentifiedCases.Of(db) on counted.CaseId equals p.Id
        select new IdentifiedPerson { Year = counted.Year, Id = p.Id, Sex = p.Sex, Age = p.Age, Citizenship = p.Citizenship, Transnational = p.Transnational };

    /// <summary>Persons per year and code, each person once per code.</summary>
    private static Task<List<CodeCount>> Count(IQueryable<PersonCode> codes, CancellationToken ct) =>
        codes.Distinct().GroupBy(c => new { c.Year, c.Code }).Select(g => new CodeCount(g.Key.Year, g.Key.Code!, g.Count())).ToListAsync(ct);
}

internal sealed record ProfileCount(int Year, string? Sex, int? Age, bool Domestic, bool AnyCitizenship, bool? Transnational, int Count);

internal sealed record CodeCount(int Year, string Code, int Count);

internal sealed record IdentifiedCodes(
    IReadOnlyList<CodeCount> Countries,
    IReadOnlyList<CodeCount> AnyCategory,
    IReadOnlyList<CodeCount> ExclusiveCategory,
    IReadOnlyList<CodeCount> Services);

/// <summary>An identified person as the report's commands start from: the year counted, the case and its profile.</summary>
internal sealed class IdentifiedPerson
{
    public int Year { get; init; }

    public Guid Id { get; init; }

    public string? Sex { get; init; }

    public int? Age { get; init; }

    public string? Citizenship { get; init; }

    public bool? Transnational { get; init; }
}
