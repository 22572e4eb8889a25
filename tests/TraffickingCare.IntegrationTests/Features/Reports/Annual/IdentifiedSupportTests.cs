using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The table of support the identified persons received (identified_by_service): each person once per kind, by the
/// services' tallies and by field visits; a deleted visit is not support received.
/// </summary>
public sealed class IdentifiedSupportTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Each_person_counts_once_per_kind_of_support_and_a_deleted_visit_not_at_all()
    {
        var report = new ReportArrange(app.Factory);
        var work = await WorkArrange.OfAsync(app.Factory);
        var nine = new TimeOnly(9, 0);
        var visitedTwice = await report.CaseAsync(new DateOnly(2025, 2, 1), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 3, 1), Services: ["Legal", "Legal"]));
        var visitDeleted = await report.CaseAsync(new DateOnly(2025, 2, 2), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 3, 2), Services: ["SocialCare"]));
        var notIdentified = await report.CaseAsync(new DateOnly(2025, 2, 3), nine, "NGO", new Victim(IdentificationDecision.NotIdentified, new DateOnly(2025, 3, 3), Services: ["Legal"]));
        await work.VisitAsync(visitedTwice.Id, new DateOnly(2025, 4, 1));
        await work.VisitAsync(visitedTwice.Id, new DateOnly(2025, 5, 1));
        await work.VisitAsync(notIdentified.Id, new DateOnly(2025, 4, 1));
        var deleted = await work.VisitAsync(visitDeleted.Id, new DateOnly(2025, 4, 2));
        await app.Factory.WithDbAsync(async db =>
        {
            db.Attach(deleted).Entity.SoftDelete(null, app.Factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        using var client = await app.Factory.Arrange.SignedInAsync("rukovodstvo");

        var cells = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");

        Assert.Equal(
            ("1", "1", "1", "0"),
            (cells["identified_by_service,FieldVisit,2025"], cells["identified_by_service,Legal,2025"], cells["identified_by_service,Advisory,2025"], cells["identified_by_service,Psychological,2025"]));
    }
}
