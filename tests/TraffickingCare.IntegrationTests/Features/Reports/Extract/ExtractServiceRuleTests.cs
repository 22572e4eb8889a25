using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.IntegrationTests.Features.Reports.Annual;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Extract;

/// <summary>
/// The extract's support types follow the report's rule for services: a corrected service counts as its correction, a
/// deleted one not at all, and one whose correction was deleted as itself again. Two women of 2024 alike (k = 2): one
/// given health and legal help; the other health help, education corrected to legal help, financial help deleted again,
/// and livelihood help once corrected to health help, the correction then deleted.
/// </summary>
public sealed class ExtractServiceRuleTests : IAsyncLifetime
{
    private const int Year = 2024;
    private readonly AppFactory factory = new() { Settings = { ["Reports:ExtractK"] = "2" } };

    public async Task InitializeAsync()
    {
        using var _ = factory.CreateTestClient();
        var cases = new ReportArrange(factory);
        var work = await WorkArrange.OfAsync(factory);
        var day = new DateOnly(Year, 4, 2);
        var woman = new Victim(Sex: "Feminine", Age: 24, Citizenship: "RS");

        await cases.CaseAsync(day, new TimeOnly(10, 0), "Police", woman with { Services = ["Health", "Legal"] });
        var corrected = await cases.CaseAsync(day.AddDays(1), new TimeOnly(10, 0), "Police", woman with { Services = ["Health"] });
        var education = await work.ServiceAsync(corrected.Id, "Education", day.AddDays(2));
        await work.ServiceAsync(corrected.Id, "Legal", day.AddDays(2), amends: education.Id);
        var financial = await work.ServiceAsync(corrected.Id, "Financial", day.AddDays(3));
        var livelihood = await work.ServiceAsync(corrected.Id, "Livelihood", day.AddDays(3));
        var withdrawn = await work.ServiceAsync(corrected.Id, "Health", day.AddDays(3), amends: livelihood.Id);
        await factory.WithDbAsync(async db =>
        {
            foreach (var gone in await db.CaseServices.Where(s => s.Id == financial.Id || s.Id == withdrawn.Id).ToListAsync())
            {
                gone.SoftDelete("radnik", factory.Clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_corrected_service_counts_as_its_correction_and_a_deleted_one_not_at_all()
    {
        using var manager = await factory.Arrange.SignedInAsync("rukovodstvo");

        var text = await manager.Http.GetStringAsync($"/Reports/Extract/{Year}/extract.csv");

        var lines = text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split(','), HtcdsColumns.SupportType);
        Assert.Equal(["Health;Legal", "Health;Legal;Livelihood"], lines.Skip(1).Select(l => l.Split(',')[column]).Order(StringComparer.Ordinal));
    }
}
