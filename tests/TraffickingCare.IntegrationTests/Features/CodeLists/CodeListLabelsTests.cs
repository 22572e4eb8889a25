using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.IntegrationTests.Features.CodeLists;

/// <summary>
/// Labels are read for each code once, however often a record repeats it: the query sends a parameter per value, and
/// SQL Server refuses a command of more than 2,100 (a subject-access record of a person with years of services).
/// </summary>
public sealed class CodeListLabelsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_code_repeated_thousands_of_times_is_sent_once_and_labelled()
    {
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);
        var codes = Enumerable.Repeat("Psychological", 3000).Append("Legal").ToList();

        var labels = await app.Factory.WithDbAsync(db => new CodeListOptionsQuery(db).GetLabelsAsync(["ServiceType", "ServiceType"], codes));

        var command = Assert.Single(counter.Commands);
        Assert.True(command.Parameters.Count < 10, $"{command.Parameters.Count} parameters");
        Assert.Equal(["Legal", "Psychological"], labels.Keys.Select(k => k.Code).Order());
    }
}
