using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The field visits' tallies (one row per case and year) are kept on every save, as the services' are: after each way
/// a visit is written they equal a recount from the visits by the report's rule, computed here in memory; and the
/// migration's fill makes the same rows from visits already saved. Each test uses a case of its own.
/// </summary>
public sealed class VisitTallyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Recording_across_the_new_year_amending_and_deleting_keep_the_tallies_right()
    {
        var file = await Factory.Arrange.Case();
        var log = await LoggerAsync(file.Id);

        var first = log(new DateOnly(2024, 12, 31), null);
        await SaveAsync(db => db.FieldVisits.Add(first));
        await ExpectAsync(file.Id, (2024, 1));

        var second = log(new DateOnly(2025, 1, 1), null);
        await SaveAsync(db => db.FieldVisits.Add(second));
        await ExpectAsync(file.Id, (2024, 1), (2025, 1));

        // An amendment counts, the visit it amends no longer does.
        var amendment = log(new DateOnly(2025, 1, 2), first.Id);
        await SaveAsync(db => db.FieldVisits.Add(amendment));
        await ExpectAsync(file.Id, (2025, 2));

        // A deleted amendment amends nothing: the visit counts again.
        await Factory.WithDbAsync(async db =>
        {
            db.FieldVisits.Remove(await db.FieldVisits.SingleAsync(v => v.Id == amendment.Id));
            await db.SaveChangesAsync();
        });
        await ExpectAsync(file.Id, (2024, 1), (2025, 1));
    }

    [Fact]
    public async Task The_migrations_fill_counts_the_saved_visits_as_the_save_does()
    {
        var file = await Factory.Arrange.Case();
        var log = await LoggerAsync(file.Id);
        var amended = log(new DateOnly(2023, 12, 31), null);
        var deletedAmendment = log(new DateOnly(2024, 1, 2), amended.Id);
        await SaveAsync(db => db.FieldVisits.AddRange(amended, deletedAmendment, log(new DateOnly(2024, 1, 1), null), log(new DateOnly(2024, 2, 2), null)));
        await Factory.WithDbAsync(async db =>
        {
            db.FieldVisits.Remove(await db.FieldVisits.SingleAsync(v => v.Id == deletedAmendment.Id));
            await db.SaveChangesAsync();
        });
        await ExpectAsync(file.Id, (2023, 1), (2024, 2));
        var kept = await AllTalliesAsync();

        var filled = await Factory.WithDbAsync(async db =>
        {
            await db.VisitTallies.ExecuteDeleteAsync();
            return await db.Database.ExecuteSqlRawAsync(TraffickingCare.Web.Data.Migrations.Sqlite.VisitTallies.FillSql);
        });

        Assert.Equal(kept.Count, filled);
        Assert.Equal(kept, await AllTalliesAsync());
    }

    private async Task<Func<DateOnly, Guid?, FieldVisit>> LoggerAsync(Guid caseId)
    {
        var radnik = await Factory.Arrange.UserIdAsync("radnik");
        var (now, today) = (Factory.Arrange.Now, DateOnly.FromDateTime(Factory.Arrange.Now));
        return (on, amends) => FieldVisit.Record(
            caseId, new FieldVisitDetails(on, VisitPlace.Home, "Assessment", [StaffOrPartner.Staff(radnik)], null, null, null), radnik, now, today, amends);
    }

    private Task SaveAsync(Action<TraffickingCare.Web.Data.AppDbContext> change) => Factory.WithDbAsync(async db =>
    {
        change(db);
        await db.SaveChangesAsync();
    });

    /// <summary>The case's tallies, checked against a recount of its visits by the rule of docs/statistics.md.</summary>
    private async Task ExpectAsync(Guid caseId, params (int Year, int Visits)[] expected)
    {
        var (visits, tallies) = await Factory.WithDbAsync(async db => (
            await db.FieldVisits.AsNoTracking().Where(v => v.CaseId == caseId).ToListAsync(),
            await db.VisitTallies.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync()));
        var amended = visits.Where(v => v.AmendsVisitId != null).Select(v => v.AmendsVisitId!.Value).ToHashSet();
        var recount = visits.Where(v => !amended.Contains(v.Id)).GroupBy(v => v.On.Year).Select(g => (Year: g.Key, Visits: g.Count())).Order().ToList();

        Assert.Equal(expected.Order().ToList(), recount);
        Assert.Equal(recount, tallies.Select(t => (t.Year, t.Visits)).Order().ToList());
    }

    private Task<List<(Guid, int, int)>> AllTalliesAsync() => Factory.WithDbAsync(async db =>
        (await db.VisitTallies.AsNoTracking().ToListAsync()).Select(t => (t.CaseId, t.Year, t.Visits)).Order().ToList());
}
