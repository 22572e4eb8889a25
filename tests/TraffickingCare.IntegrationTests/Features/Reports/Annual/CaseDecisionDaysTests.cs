using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Features.Decisions;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The days a case keeps for the report (its first decision, its first "identified" decision) are what approval
/// records, and the migration that added them fills them for the cases already decided exactly as approval would have.
/// </summary>
public sealed class CaseDecisionDaysTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Approval_keeps_the_first_days_and_the_migrations_fill_finds_the_same_days_for_every_case()
    {
        var arrange = new DecisionArrange(Factory);
        await arrange.LoadUsersAsync();
        var identified = await arrange.CaseAsync(2024, 7101, "radnik");
        var first = await arrange.FinalAsync(identified.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2024, 3, 1), "ForcedLabour");
        await arrange.CorrectAsync(first, "radnik2", new DateOnly(2024, 5, 1), "ForcedLabour");
        var refused = await arrange.CaseAsync(2024, 7102, "radnik");
        await arrange.FinalAsync(refused.Id, "radnik", "radnik2", IdentificationDecision.NotIdentified, new DateOnly(2024, 4, 1));

        var kept = await DaysAsync();
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1)), kept[identified.Id]);
        Assert.Equal((new DateOnly(2024, 4, 1), (DateOnly?)null), kept[refused.Id]);

        var filled = await Factory.WithDbAsync(async db =>
        {
            await db.Cases.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstDecidedOn, (DateOnly?)null).SetProperty(c => c.IdentifiedOn, (DateOnly?)null));
            return await db.Database.ExecuteSqlRawAsync(TraffickingCare.Web.Data.Migrations.Sqlite.CaseDecisionDays.FillSql);
        });

        Assert.Equal(kept.Count(c => c.Value.First is not null), filled);
        Assert.Equal(kept, await DaysAsync());
    }

    private Task<Dictionary<Guid, (DateOnly? First, DateOnly? Identified)>> DaysAsync() => Factory.WithDbAsync(db =>
        db.Cases.IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => (c.FirstDecidedOn, c.IdentifiedOn)));
}
