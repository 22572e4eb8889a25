using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The table of support the identified persons received (identified_by_service): each person once per kind, by the
/// services' tallies and by field visits together, in one command; a deleted visit is not support received.
/// </summary>
public sealed class IdentifiedSupportTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Each_person_counts_once_per_kind_of_support_and_a_deleted_visit_not_at_all()
    {
        _ = factory.Server; // starts the app: migrations and demo users
        var report = new ReportArrange(factory);
        var work = await WorkArrange.OfAsync(factory);
        var nine = new TimeOnly(9, 0);
        var visitedTwice = await report.CaseAsync(new DateOnly(2025, 2, 1), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 3, 1), Services: ["Legal", "Legal"]));
        var visitDeleted = await report.CaseAsync(new DateOnly(2025, 2, 2), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 3, 2), Services: ["SocialCare"]));
        var notIdentified = await report.CaseAsync(new DateOnly(2025, 2, 3), nine, "NGO", new Victim(IdentificationDecision.NotIdentified, new DateOnly(2025, 3, 3), Services: ["Legal"]));
        await work.VisitAsync(visitedTwice.Id, new DateOnly(2025, 4, 1));
        await work.VisitAsync(visitedTwice.Id, new DateOnly(2025, 5, 1));
        await work.VisitAsync(notIdentified.Id, new DateOnly(2025, 4, 1));
        var deleted = await work.VisitAsync(visitDeleted.Id, new DateOnly(2025, 4, 2));
        await factory.WithDbAsync(async db =>
        {
            db.Attach(deleted).Entity.SoftDelete(null, factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");

        var cells = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");

        Assert.Equal(
            ("1", "1", "1", "0"),
            (cells["identified_by_service,FieldVisit,2025"], cells["identified_by_service,Legal,2025"], cells["identified_by_service,Advisory,2025"], cells["identified_by_service,Psychological,2025"]));
    }
}
