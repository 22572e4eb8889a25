using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The report's counts kept per month on write (<see cref="KeptMonths"/>) must equal the counts made again from the
/// records after any save: the hand-made caseload of <see cref="AnnualFiguresTests"/>, then one change after another
/// that a count bears on, each through the domain and SaveChanges as a screen makes it; after each the kept rows are
/// compared with those the first start's fill makes from nothing.
/// </summary>
public sealed class KeptMonthsTests(AnnualFiguresTests.Arranged arranged) : IClassFixture<AnnualFiguresTests.Arranged>
{
    private AppFactory Factory => arranged.Factory;

    [Fact]
    public async Task The_counts_kept_on_write_equal_the_counts_made_again_from_the_records_after_each_change()
    {
        var kept = await KeptRowsAsync();
        Assert.Contains(kept, r => r.StartsWith("referrals 2025-1 Police", StringComparison.Ordinal));
        Assert.Contains(kept, r => r.StartsWith("waits 2025-3", StringComparison.Ordinal));
        Assert.Contains(kept, r => r.StartsWith("sector waits 2025-", StringComparison.Ordinal));
        Assert.Contains(kept, r => r.StartsWith("profiles 2025-3 Feminine 17", StringComparison.Ordinal));
        await AssertKeptEqualsCountedAgainAsync("the arranged caseload");

        var (first, firstReferral) = await Factory.WithDbAsync(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.IdentifiedOn == new DateOnly(2025, 3, 1));
            return (c.Id, c.ReferralId!.Value);
        });

        await ChangeCaseAsync(first, (c, now) => c.DescribePerson(c.Profile with { SexCode = "Masculine", AgeAtExploitation = 18 }, [], [], null, "radnik", now));
        await AssertKeptEqualsCountedAgainAsync("a profile corrected");
        Assert.Contains(await KeptRowsAsync(), r => r.StartsWith("profiles 2025-3 Masculine 18", StringComparison.Ordinal));

        await ChangeCaseAsync(first, (c, now) => c.ReplaceCodes(CaseCodeFields.FurtherCitizenship, ["BA"], "radnik", now));
        await AssertKeptEqualsCountedAgainAsync("a further citizenship");
        Assert.Contains(await KeptRowsAsync(), r => r == "codes 2025-3 Country BA 1");

        await Factory.WithDbAsync(async db =>
        {
            var author = await db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync();
            var today = new DateOnly(2026, 2, 1);
            db.FieldVisits.Add(FieldVisit.Record(first, new FieldVisitDetails(today, VisitPlace.Home, "Assessment", [StaffOrPartner.Staff(author)], null, null, null), author, Factory.Clock.GetUtcNow().UtcDateTime, today));
            db.CaseServices.Add(CaseService.Log(first, new ServiceDetails("Legal", today, 60, StaffOrPartner.Staff(author), null), author, Factory.Clock.GetUtcNow().UtcDateTime, today));
            await db.SaveChangesAsync();
        });
        await AssertKeptEqualsCountedAgainAsync("a field visit and a service a year later");
        Assert.Contains(await KeptRowsAsync(), r => r == "codes 2025-3 Support FieldVisit 1");

        await ChangeCaseAsync(first, (c, now) => c.Close("GoalsReached", null, now));
        await AssertKeptEqualsCountedAgainAsync("a case closed");

        await Factory.WithDbAsync(async db =>
        {
            db.Referrals.Remove(await db.Referrals.SingleAsync(r => r.Id == firstReferral));
            db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == first));
            await db.SaveChangesAsync();
        });
        await AssertKeptEqualsCountedAgainAsync("a referral and its case deleted");
        Assert.DoesNotContain(await KeptRowsAsync(), r => r.StartsWith("referrals 2025-1 Police", StringComparison.Ordinal));
    }

    private Task ChangeCaseAsync(Guid caseId, Action<CaseFile, DateTime> change) => Factory.WithDbAsync(async db =>
    {
        var file = await db.Cases.SingleAsync(c => c.Id == caseId);
        change(file, Factory.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    });

    /// <summary>The kept rows, then the same tables emptied and counted again by the fill a first start runs: equal.</summary>
    private async Task AssertKeptEqualsCountedAgainAsync(string after)
    {
        var kept = await KeptRowsAsync();
        await Factory.WithDbAsync(async db =>
        {
            await db.ReferralMonthCounts.ExecuteDeleteAsync();
            await db.DecisionWaitCounts.ExecuteDeleteAsync();
            await db.SectorWaitCounts.ExecuteDeleteAsync();
            await db.PersonProfileCounts.ExecuteDeleteAsync();
            await db.PersonCodeCounts.ExecuteDeleteAsync();
            Assert.True(await KeptMonths.FillAsync(db, CancellationToken.None));
        });
        var counted = await KeptRowsAsync();
        Assert.True(kept.SequenceEqual(counted), $"After {after}: kept {string.Join("; ", kept.Except(counted))}; counted again {string.Join("; ", counted.Except(kept))}");
    }

    private Task<List<string>> KeptRowsAsync() => Factory.WithDbAsync(async db =>
    {
        static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}-{month}");
        List<string> rows =
        [
            .. (await db.ReferralMonthCounts.ToListAsync()).Select(r => $"referrals {Month(r.Year, r.Month)} {r.Sector} {r.Region} {r.Outcome} {r.Opened} {r.Count}"),
            .. (await db.DecisionWaitCounts.ToListAsync()).Select(r => $"waits {Month(r.Year, r.Month)} {r.Days} {r.Count}"),
            .. (await db.SectorWaitCounts.ToListAsync()).Select(r => $"sector waits {Month(r.Year, r.Month)} {r.Sector} {r.Days} {r.Count}"),
            .. (await db.PersonProfileCounts.ToListAsync()).Select(r => $"profiles {Month(r.Year, r.Month)} {r.Sex} {r.Age} {r.Domestic} {r.AnyCitizenship} {r.Transnational} {r.Count}"),
            .. (await db.PersonCodeCounts.ToListAsync()).Select(r => $"codes {Month(r.Year, r.Month)} {r.Kind} {r.Code} {r.Count}"),
        ];
        return rows.Order(StringComparer.Ordinal).ToList();
    });
}
