using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.IntegrationTests.Features.Cases;

public sealed class CaseNumberingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<string> OpenCaseAsync(bool raceWithStaleNumber = false)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var numbering = scope.ServiceProvider.GetRequiredService<CaseNumbering>();
        var year = numbering.CurrentYear();
        var code = await numbering.NextCodeAsync(year, CancellationToken.None);
        if (raceWithStaleNumber)
        {
            await Task.Yield();
        }

        var file = CaseFile.Open(code, "caseworker-test", app.Factory.Arrange.Now);
        db.Cases.Add(file);
        await numbering.SaveNewAsync(file, CancellationToken.None);
        return file.Code;
    }

    [Fact]
    public async Task Cases_opened_at_the_same_moment_get_distinct_sequential_codes()
    {
        var codes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => OpenCaseAsync(raceWithStaleNumber: true))));

        Assert.Equal(codes.Length, codes.Distinct().Count());
        var numbers = codes.Select(c => { CaseCode.TryParse(c, out var parsed); return parsed!.Sequence; }).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], codes.Length), numbers);
    }

    [Fact]
    public async Task A_clash_with_a_number_already_taken_is_retried_with_the_next_one()
    {
        var first = await OpenCaseAsync();
        CaseCode.TryParse(first, out var taken);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var numbering = scope.ServiceProvider.GetRequiredService<CaseNumbering>();
        var stale = CaseFile.Open(taken!, "caseworker-test", app.Factory.Arrange.Now);
        db.Cases.Add(stale);

        await numbering.SaveNewAsync(stale, CancellationToken.None);

        Assert.NotEqual(first, stale.Code);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityId == stale.Id));
    }
}
