using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Features.Reports.EmptyStart;

/// <summary>
/// Issue 14 item 11: a Development start with <c>Seed:DemoData=false</c> has the demo accounts and the code lists and
/// not one record the annual report could count, so that a report can be checked against an imported file alone.
/// </summary>
public sealed class EmptyStartTests(EmptyStartTests.EmptyStart app) : IClassFixture<EmptyStartTests.EmptyStart>
{
    /// <summary>
    /// Tables that an empty start may fill: the accounts and their roles, sign-in sessions, the shipped code lists and
    /// identification indicators, and the audit trail of all that. Any other table holding a row is a demo record.
    /// </summary>
    private static readonly HashSet<string> ReferenceTables = new(StringComparer.OrdinalIgnoreCase)
    {
        "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens",
        "AspNetRoleClaims", "UserSessions", "CodeListItems", "IdentificationIndicators", "AuditEntries",
    };

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Every_demo_account_signs_in_and_no_synthetic_caseworker_is_added()
    {
        foreach (var (userName, _, _) in DemoUsers.All)
        {
            using var client = await Factory.Arrange.SignedInAsync(userName);
        }

        var users = await Factory.WithDbAsync(db => db.Users.Select(u => u.UserName!).ToListAsync());
        Assert.Equal(DemoUsers.All.Select(u => u.UserName).Order(), users.Order());
    }

    [Fact]
    public async Task The_code_lists_the_report_and_the_import_read_are_there()
    {
        var lists = await Factory.WithDbAsync(db => db.CodeListItems.Where(i => i.IsActive).GroupBy(i => i.List)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));

        foreach (var list in new[] { "Sex", "Citizenship", "ExploitationType", "SupportType", "ReferrerSector", "Municipality", "Region" })
        {
            Assert.True(lists.GetValueOrDefault(list) > 0, $"code list {list} is empty");
        }

        Assert.True(await Factory.WithDbAsync(db => db.IdentificationIndicators.AnyAsync()));
    }

    [Fact]
    public async Task Every_table_the_report_counts_is_empty()
    {
        // Named first, so that a failure reads as the report's words; the sweep below catches a table added later.
        var counts = await Factory.WithDbAsync(async db => new Dictionary<string, int>
        {
            ["Referrals"] = await db.Referrals.IgnoreQueryFilters().CountAsync(),
            ["Cases"] = await db.Cases.IgnoreQueryFilters().CountAsync(),
            ["PersonIdentities"] = await db.PersonIdentities.IgnoreQueryFilters().CountAsync(),
            ["Services"] = await db.CaseServices.IgnoreQueryFilters().CountAsync(),
            ["FieldVisits"] = await db.FieldVisits.IgnoreQueryFilters().CountAsync(),
            ["Proceedings"] = await db.Proceedings.IgnoreQueryFilters().CountAsync(),
            ["Conferences"] = await db.CaseConferences.IgnoreQueryFilters().CountAsync(),
            ["ShelterUnits"] = await db.ShelterUnits.IgnoreQueryFilters().CountAsync(),
            ["Beds"] = await db.Beds.IgnoreQueryFilters().CountAsync(),
            ["Placements"] = await db.Placements.IgnoreQueryFilters().CountAsync(),
            ["BedOccupancies"] = await db.BedOccupancies.IgnoreQueryFilters().CountAsync(),
            ["Trainings"] = await db.Trainings.IgnoreQueryFilters().CountAsync(),
            ["AwarenessEvents"] = await db.AwarenessEvents.IgnoreQueryFilters().CountAsync(),
            ["LocalTeams"] = await db.LocalTeams.IgnoreQueryFilters().CountAsync(),
            ["LocalTeamMeetings"] = await db.LocalTeamMeetings.IgnoreQueryFilters().CountAsync(),
            ["Partners"] = await db.Partners.IgnoreQueryFilters().CountAsync(),
            ["PublishedReports"] = await db.PublishedReports.IgnoreQueryFilters().CountAsync(),
        });
        Assert.All(counts, c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} rows"));

        var tables = await Factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Select(t => t.GetTableName()).OfType<string>().Distinct().ToList()));
        var filled = new List<string>();
        foreach (var table in tables.Where(t => !ReferenceTables.Contains(t)))
        {
            // Table names come from the app's own model, never from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var rows = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql).SingleAsync());
            if (rows > 0)
            {
                filled.Add($"{table} ({rows})");
            }
        }

        Assert.Empty(filled);
    }

    /// <summary>
    /// One app for the class, started empty. The demo referral count is set high on purpose: the switch, not a zero
    /// count, must be what keeps the records out. A "Seed:" setting also keeps this factory off the shared template
    /// database, which is seeded the default way.
    /// </summary>
    public sealed class EmptyStart : IAsyncLifetime
    {
        public AppFactory Factory { get; } = new()
        {
            Settings =
            {
                ["Seed:DemoData"] = "false",
                ["Seed:DemoReferrals"] = "120",
            },
        };

        public Task InitializeAsync()
        {
            _ = Factory.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
