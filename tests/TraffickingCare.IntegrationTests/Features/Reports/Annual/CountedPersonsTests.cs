using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The identified persons the report counts (one case standing for a person in a year) are kept on every save of a
/// case: after each change they equal the persons the report's rule finds from the cases (IdentifiedCases.Persons),
/// and the migration that added them fills the same rows for the cases already saved.
/// </summary>
public sealed class CountedPersonsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly TimeOnly Nine = new(9, 0);

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_person_counts_once_a_year_by_the_lowest_code_as_cases_are_linked_closed_and_deleted()
    {
        var report = new ReportArrange(Factory);
        var person = await report.NewPersonAsync();
        var first = await report.CaseAsync(new DateOnly(2025, 5, 1), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 6, 1), SamePersonAs: person));
        var second = await report.CaseAsync(new DateOnly(2025, 5, 2), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 6, 5)));
        var lastYear = await report.CaseAsync(new DateOnly(2024, 5, 1), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2024, 6, 1), SamePersonAs: person));
        var refused = await report.CaseAsync(new DateOnly(2025, 5, 3), Nine, "NGO", new Victim(IdentificationDecision.NotIdentified, new DateOnly(2025, 6, 2), SamePersonAs: person));
        Guid[] cases = [first.Id, second.Id, lastYear.Id, refused.Id];
        Assert.Equal([(first.Id, 2025), (second.Id, 2025), (lastYear.Id, 2024)], await KeptAsync(cases));

        // The second case turns out to be the same person: one person in 2025, by the case with the lower code.
        await SaveAsync(second.Id, c => c.LinkPerson(person));
        Assert.Equal([(first.Id, 2025), (lastYear.Id, 2024)], await KeptAsync(cases));

        // A closed case counts by its decision before closing.
        await report.CloseAsync(first.Id);
        Assert.Equal([(first.Id, 2025), (lastYear.Id, 2024)], await KeptAsync(cases));

        // Deleted, it no longer counts, and the person's other case of the year stands for them.
        await SaveAsync(first.Id, c => c.SoftDelete(null, Factory.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal([(second.Id, 2025), (lastYear.Id, 2024)], await KeptAsync(cases));

        Assert.Equal(await RuleAsync(), await KeptAsync());
    }

    [Fact]
    public async Task The_migrations_fill_finds_the_persons_the_saves_kept()
    {
        var report = new ReportArrange(Factory);
        var person = await report.NewPersonAsync();
        await report.CaseAsync(new DateOnly(2025, 1, 10), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 2, 1), SamePersonAs: person));
        await report.CaseAsync(new DateOnly(2025, 1, 11), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 2, 2), SamePersonAs: person));
        var closed = await report.CaseAsync(new DateOnly(2025, 1, 12), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 2, 3)));
        await report.CloseAsync(closed.Id);
        await report.CaseAsync(new DateOnly(2025, 1, 13), Nine, "NGO", new Victim(IdentificationDecision.NotIdentified, new DateOnly(2025, 2, 4)));
        var deleted = await report.CaseAsync(new DateOnly(2025, 1, 14), Nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 2, 5)));
        await SaveAsync(deleted.Id, c => c.SoftDelete(null, Factory.Clock.GetUtcNow().UtcDateTime));
        var kept = await KeptAsync();
        Assert.Equal(await RuleAsync(), kept);

        var filled = await Factory.WithDbAsync(async db =>
        {
            await db.CountedPersons.ExecuteDeleteAsync();
            return await db.Database.ExecuteSqlRawAsync(TraffickingCare.Web.Data.Migrations.Sqlite.CountedPersons.FillSql);
        });

        Assert.Equal(kept.Count, filled);
        Assert.Equal(kept, await KeptAsync());
    }

    private Task SaveAsync(Guid caseId, Action<CaseFile> change) => Factory.WithDbAsync(async db =>
    {
        change(await db.Cases.SingleAsync(c => c.Id == caseId));
        await db.SaveChangesAsync();
    });

    /// <summary>The counted persons as the saves kept them: the case and the year, of these cases or of all.</summary>
    private Task<List<(Guid, int)>> KeptAsync(params Guid[] cases) => Factory.WithDbAsync(async db =>
        (await db.CountedPersons.AsNoTracking().Where(p => cases.Length == 0 || cases.Contains(p.CaseId)).ToListAsync())
            .Select(p => (p.CaseId, p.Year)).OrderBy(p => Array.IndexOf(cases, p.CaseId)).ThenBy(p => p.CaseId).ToList());

    /// <summary>The persons the report's rule finds from the cases as they are now.</summary>
    private Task<List<(Guid, int)>> RuleAsync() => Factory.WithDbAsync(async db =>
        (await IdentifiedCases.Persons(db).Select(p => new { p.Id, p.On }).ToListAsync())
            .Select(p => (p.Id, p.On.Year)).OrderBy(p => p.Id).ToList());
}
