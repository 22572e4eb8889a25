using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="PersonProfileCount"/> and <see cref="PersonCodeCount"/> equal to the identified persons as the report
/// counts them, by the month of their identification: the persons are the counted ones (<see cref="CountedPersons"/>:
/// each person once a year, described by the case that stands for them), and four <c>GROUP BY</c> commands count them
/// by profile, by country of citizenship, by set of exploitation categories and by kind of support received. A month
/// is recounted from its persons, never adjusted by one; so are consecutive months, in one command each.
/// </summary>
internal static class PersonMonths
{
    public static async Task RecountAsync(AppDbContext db, MonthRange range, CancellationToken ct)
    {
        var profiles = await ProfilesAsync(db, range, ct);
        var codes = await CodesAsync(db, range, ct);

        await db.PersonProfileCounts.In(range).ExecuteDeleteAsync(ct);
        await db.PersonCodeCounts.In(range).ExecuteDeleteAsync(ct);
        await AddedRowsWriter.InsertAsync(db, profiles, ct);
        await AddedRowsWriter.InsertAsync(db, codes, ct);
    }

    /// <summary>The persons per month and profile (sex, age, citizenship, scope): one command.</summary>
    private static async Task<List<PersonProfileCount>> ProfilesAsync(AppDbContext db, MonthRange range, CancellationToken ct)
    {
        var further = db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.FurtherCitizenship).GroupBy(v => v.CaseId)
            .Select(g => new { CaseId = g.Key, Domestic = g.Max(v => v.Code == ReportTables.DomesticCountry ? 1 : 0) });
        var rows = await (from x in Cases(db, range)
                          join f in further on x.Id equals f.CaseId into fs
                          from f in fs.DefaultIfEmpty()
                          select new
                          {
                              x.Year,
                              x.Month,
                              x.Sex,
                              x.Age,
                              x.Citizenship,
                              FurtherDomestic = (int?)f.Domestic,
                              x.Transnational,
                          } into y
                          group y by new
                          {
                              y.Year,
                              y.Month,
                              y.Sex,
                              y.Age,
                              Domestic = y.Citizenship == ReportTables.DomesticCountry || y.FurtherDomestic == 1,
                              AnyCitizenship = y.Citizenship != null || y.FurtherDomestic != null,
                              y.Transnational,
                          } into g
                          select new { g.Key.Year, g.Key.Month, g.Key.Sex, g.Key.Age, g.Key.Domestic, g.Key.AnyCitizenship, g.Key.Transnational, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new PersonProfileCount(r.Year, r.Month, r.Sex, r.Age, r.Domestic, r.AnyCitizenship, r.Transnational, r.Count))];
    }

    /// <summary>The persons per month and code: countries of citizenship, sets of exploitation categories, support received; three commands.</summary>
    private static async Task<List<PersonCodeCount>> CodesAsync(AppDbContext db, MonthRange range, CancellationToken ct)
    {
        var cases = Cases(db, range);
        var held = from x in cases
                   select new PersonCode { Year = x.Year, Month = x.Month, Person = x.Id, Code = x.Citizenship };
        var alsoHeld = from x in cases
                       join v in db.CaseCodeListValues on x.Id equals v.CaseId
                       where v.Field == CaseCodeFields.FurtherCitizenship
                       select new PersonCode { Year = x.Year, Month = x.Month, Person = x.Id, Code = v.Code };
        var countries = await Count(held.Where(h => h.Code != null).Union(alsoHeld), ct);

        // Written as a cross join filtered by the case, which SQLite takes as "the persons first": joined, SQLite chose
        // to start from every form of exploitation ever recorded and look each one's person up. SQL Server treats the
        // two forms alike.
        var forms = from p in Persons(db, range)
                    from v in db.CaseCodeListValues
                    where v.CaseId == p.CaseId && v.Field == CaseCodeFields.ExploitationType
                    select new PersonCode { Year = p.Year, Month = p.Month, Person = p.CaseId, Code = v.Code };

        // Each person's categories as a set of bits, counted per month and set: the report counts a person in every
        // category of its set, and in the exclusive table as its one category or "multiple".
        var sets = await forms.Select(PersonCode.Bit(ExploitationCategories.OfForm, ExploitationCategories.Other, ExploitationCategories.Any)).Distinct()
            .GroupBy(b => new { b.Year, b.Month, b.Person }).Select(g => new { g.Key.Year, g.Key.Month, Set = g.Sum(b => b.Bit) })
            .GroupBy(p => new { p.Year, p.Month, p.Set }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.Set, Count = g.Count() })
            .ToListAsync(ct);

        // Services by their tallies (a case's services per type and year, kept on write by the same rule: not deleted,
        // not amended), not by every service given.
        var services = from p in Persons(db, range)
                       join t in db.ServiceTallies on p.CaseId equals t.CaseId
                       select new PersonCode { Year = p.Year, Month = p.Month, Person = p.CaseId, Code = t.TypeCode };
        var visited = from p in Persons(db, range)
                      where db.FieldVisits.Any(v => v.CaseId == p.CaseId)
                      select new PersonCode { Year = p.Year, Month = p.Month, Person = p.CaseId, Code = SupportTypes.FieldVisit };
        var supported = await Count(services.Select(PersonCode.Mapped(SupportTypes.OfServiceType, null)).Where(s => s.Code != null).Union(visited), ct);

        return
        [
            .. countries.Select(c => new PersonCodeCount(c.Year, c.Month, PersonCodeKinds.Country, c.Code, c.Count)),
            .. sets.Select(s => new PersonCodeCount(s.Year, s.Month, PersonCodeKinds.ExploitationSet, s.Set.ToString(CultureInfo.InvariantCulture), s.Count)),
            .. supported.Select(c => new PersonCodeCount(c.Year, c.Month, PersonCodeKinds.Support, c.Code, c.Count)),
        ];
    }

    /// <summary>
    /// The persons of the months as a save keeps them (<see cref="CountedPersons"/>): the case standing for each. What
    /// is counted by a case's own rows (forms, services) starts here, without reading the case.
    /// </summary>
    private static IQueryable<CountedPerson> Persons(AppDbContext db, MonthRange range) => db.CountedPersons.In(range);

    /// <summary>The persons, each described by the case that stands for it.</summary>
    private static IQueryable<IdentifiedPerson> Cases(AppDbContext db, MonthRange range) =>
        from counted in Persons(db, range)
        join p in IdentifiedCases.Of(db) on counted.CaseId equals p.Id
        select new IdentifiedPerson { Year = counted.Year, Month = counted.Month, Id = p.Id, Sex = p.Sex, Age = p.Age, Citizenship = p.Citizenship, Transnational = p.Transnational };

    /// <summary>Persons per month and code, each person once per code.</summary>
    private static Task<List<MonthCode>> Count(IQueryable<PersonCode> codes, CancellationToken ct) =>
        codes.Distinct().GroupBy(c => new { c.Year, c.Month, c.Code }).Select(g => new MonthCode(g.Key.Year, g.Key.Month, g.Key.Code!, g.Count())).ToListAsync(ct);

    private sealed record MonthCode(int Year, int Month, string Code, int Count);

    /// <summary>An identified person as the commands start from: the year and month counted, the case and its profile.</summary>
    private sealed class IdentifiedPerson
    {
        public int Year { get; init; }

        public int Month { get; init; }

        public Guid Id { get; init; }

        public string? Sex { get; init; }

        public int? Age { get; init; }

        public string? Citizenship { get; init; }

        public bool? Transnational { get; init; }
    }
}
