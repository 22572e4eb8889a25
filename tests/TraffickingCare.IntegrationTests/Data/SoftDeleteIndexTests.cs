using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The soft-delete filter is on every query; the indexes must be able to serve it. SQLite's own plan
/// of each query a case page sends is the proof: no table that grows with the caseload is scanned.
/// </summary>
public sealed partial class SoftDeleteIndexTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Reference data and staff: small, and read whole on purpose (drop-downs, role checks).
    private static readonly HashSet<string> SmallTables =
        ["CodeListItems", "IdentificationIndicators", "AspNetRoles", "AspNetRoleClaims", "AspNetUsers", "AspNetUserRoles"];

    [Theory]
    [InlineData("/Cases/Details/{0}")]
    [InlineData("/Cases/Profile/{0}")]
    [InlineData("/Cases/Exploitation/{0}")]
    [InlineData("/Identification/Case/{0}")]
    [InlineData("/Work")]
    [InlineData("/")]
    [InlineData("/Hearings")]
    [InlineData("/Cases")]
    [InlineData("/Work", "koordinator")]
    public async Task No_query_of_a_case_page_scans_a_table_that_grows_with_the_caseload(string page, string user = "radnik")
    {
        var id = await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync(user);
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, id))).StatusCode);

        var scans = new List<string>();
        foreach (var command in counter.Commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            var tables = Alias().Matches(command.Sql).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
            foreach (var step in await PlanAsync(command))
            {
                // A scan of a derived table (a subquery EF limited to one row) reads no table.
                if (Scan().Match(step) is { Success: true } scan
                    && tables.TryGetValue(scan.Groups["alias"].Value, out var table)
                    && !SmallTables.Contains(table))
                {
                    scans.Add($"{table}: {step}\n{command.Sql}");
                }

                // A temporary index built on every request: what Moj rad's stale contacts once cost at scale.
                if (step.Contains("AUTOMATIC", StringComparison.Ordinal))
                {
                    scans.Add($"{step}\n{command.Sql}");
                }
            }
        }

        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }

    [Fact]
    public async Task A_case_page_reads_its_code_values_through_an_index()
    {
        var id = await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Cases/Details/{id}")).StatusCode);

        var reads = counter.Commands.Where(c => c.Sql.Contains("\"CaseCodeListValues\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        foreach (var read in reads)
        {
            Assert.Contains(await PlanAsync(read), step => step.Contains("USING INDEX IX_CaseCodeListValues_CaseId_Field_Code", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Moj_rad_looks_for_a_partner_among_a_visits_participants_by_visit_and_partner()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Work")).StatusCode);

        // The partner's own index lists every visit the partner ever attended, across the Centre: 65 of the page's
        // 80 ms for a caseworker of the 100,000-case benchmark.
        var reads = counter.Commands.Where(c => c.Sql.Contains("\"FieldVisitParticipants\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        foreach (var read in reads)
        {
            var plan = await PlanAsync(read);
            Assert.Contains(plan, step => step.Contains("IX_FieldVisitParticipants_FieldVisitId_PartnerId_IsDeleted", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("IX_FieldVisitParticipants_PartnerId_IsDeleted", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The bulk-view watch runs on every case view; a case opened again within its window is found with a seek on the
    /// views' own index and not counted again, so its cost does not grow with the viewer's pace (a load run slowed as the
    /// count of the window's views grew).
    /// </summary>
    [Fact]
    public async Task A_case_opened_again_is_found_on_the_view_index_and_the_window_is_not_counted_again()
    {
        var id = await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Cases/Details/{id}")).StatusCode);
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Cases/Details/{id}")).StatusCode);

        var audit = counter.Commands.Where(c => c.Sql.Contains("FROM \"AuditEntries\"", StringComparison.Ordinal)).ToList();
        var seek = Assert.Single(audit, c => c.Sql.Contains("\"EntityId\" =", StringComparison.Ordinal) && c.Sql.Contains("'Viewed'", StringComparison.Ordinal));
        Assert.Contains(await PlanAsync(seek), step => step.Contains("USING COVERING INDEX IX_AuditEntries_Views (", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, c => c.Sql.Contains("DISTINCT", StringComparison.Ordinal));
    }

    /// <summary>
    /// A case new in the window is counted among the viewer's views of the window alone, read in time order on the
    /// views' second index. Both view indexes hold views only: over every audit row the one the count reads was the audit
    /// trail's largest index, written on every save, and read for nothing but views.
    /// </summary>
    [Fact]
    public async Task A_case_new_in_the_window_is_counted_on_the_views_by_time_index()
    {
        var commands = await FirstViewOfANewCaseAsync("radnik");

        var count = Assert.Single(commands, c => c.Sql.Contains("FROM \"AuditEntries\"", StringComparison.Ordinal) && c.Sql.Contains("DISTINCT", StringComparison.Ordinal));
        var plan = await PlanAsync(count);
        Assert.True(plan.Any(step => step.Contains("USING COVERING INDEX IX_AuditEntries_ViewsByTime", StringComparison.Ordinal)), $"{string.Join("\n", plan)}\n{count.Sql}");
    }

    /// <summary>
    /// Who may be given a task about the case (its lead and team, and the coordinators when a coordinator sets it; the
    /// case page's task form), and who may be named as a service's giver (the same with the coordinators, and those
    /// already named on the case's services; the services page's form), are read from the case's team, the coordinators'
    /// role and the case's services, each account then found by key: asked of every account instead, the case page put
    /// the question once per account on every view.
    /// </summary>
    [Theory]
    [InlineData("radnik")]
    [InlineData("koordinator")]
    public async Task The_case_staff_are_read_from_the_team_and_each_account_found_by_key(string user)
    {
        static IEnumerable<SqlCommandText> Staff(IEnumerable<SqlCommandText> commands) =>
            commands.Where(c => c.Sql.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal) && c.Sql.Contains("\"CaseTeamMembers\"", StringComparison.Ordinal));

        var assignees = Assert.Single(Staff(await FirstViewOfANewCaseAsync(user)));
        var givers = Assert.Single(Staff(await FirstViewOfANewCaseAsync(user, id => $"/Cases/{id}/Services")), c => c.Sql.Contains("FROM \"CaseServices\"", StringComparison.Ordinal));
        foreach (var command in new[] { assignees, givers })
        {
            var plan = await PlanAsync(command);
            Assert.True(plan.Any(step => step.Contains("SEARCH a USING INDEX sqlite_autoindex_AspNetUsers_1 (Id=?)", StringComparison.Ordinal)), $"{string.Join("\n", plan)}\n{command.Sql}");
            Assert.True(!plan.Any(step => step == "SCAN a" || step.StartsWith("SCAN a ", StringComparison.Ordinal)), $"{string.Join("\n", plan)}\n{command.Sql}");
        }
    }

    /// <summary>
    /// The case page does not ask again whether the user works on the case it has just read through the access rule
    /// (the person and the notes both follow from the user's roles then: <c>CaseAccess.WorksOnVisible</c>), and reads
    /// the names of its staff, not their whole accounts: no password hash or security stamp leaves the database for a
    /// page that shows a name (the sign-in check reads the stamp alone, through the session).
    /// </summary>
    [Theory]
    [InlineData("radnik")]
    [InlineData("koordinator")]
    public async Task The_case_page_does_not_ask_again_whether_the_user_works_on_the_case_and_reads_no_account_s_secrets(string user)
    {
        var commands = await FirstViewOfANewCaseAsync(user);

        var worksOnIt = commands.Where(c => c.Sql.StartsWith("SELECT EXISTS", StringComparison.Ordinal) && c.Sql.Contains("FROM \"Cases\"", StringComparison.Ordinal)).ToList();
        Assert.True(worksOnIt.Count == 0, string.Join("\n\n", worksOnIt.Select(c => c.Sql)));
        Assert.DoesNotContain(commands, c => c.Sql.Contains("\"PasswordHash\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// A person's work lists start from their own case ids and look each case up by key (<c>CaseAccess.WorkOf</c>). A
    /// list whose filter an index of the cases also serves (closed, follow-up due) once made SQLite, without statistics,
    /// search that index again for each of the person's cases: 0.8 s of a caseworker's home at 10,000 cases, growing as
    /// the product of their cases and the Centre's (the benchmark's SQL replay found it).
    /// </summary>
    [Theory]
    [InlineData("radnik")]
    [InlineData("koordinator")]
    public async Task Work_lists_look_the_assignee_s_cases_up_by_key(string user)
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync(user);
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Work")).StatusCode);

        var lists = counter.Commands.Where(c => CrossJoinedCases().IsMatch(c.Sql)).ToList();
        Assert.NotEmpty(lists);
        foreach (var command in lists)
        {
            var alias = CrossJoinedCases().Match(command.Sql).Groups["alias"].Value;
            var plan = await PlanAsync(command);
            Assert.True(plan.Any(step => step.StartsWith($"SEARCH {alias} USING ", StringComparison.Ordinal) && step.Contains("(Id=?", StringComparison.Ordinal)),
                $"{string.Join("\n", plan)}\n{command.Sql}");
        }
    }

    [Fact]
    public async Task A_caseworker_s_overdue_decisions_are_counted_from_their_own_cases_not_from_the_centre_s_open_ones()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        // Through "lead or team", SQLite walked every open case of the Centre on the status index: 0.46 s of the
        // caseworker's home at a million imported cases.
        var count = Assert.Single(counter.Commands, c => c.Sql.Contains("SELECT COUNT(*)", StringComparison.Ordinal)
            && c.Sql.Contains("\"ProcedureStartedAtUtc\" < @procedureStartedBefore", StringComparison.Ordinal));
        var plan = await PlanAsync(count);
        Assert.True(!plan.Any(step => step.Contains("IX_Cases_Status_", StringComparison.Ordinal)) && plan.Any(step => step.Contains("(Id=?", StringComparison.Ordinal)),
            $"{string.Join("\n", plan)}\n{count.Sql}");
    }

    [Fact]
    public async Task A_caseworker_s_follow_ups_due_are_counted_from_their_own_cases_not_from_the_centre_s_closed_ones()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        // Through "lead or team", SQLite walked every closed case of the Centre with a follow-up due on the status index:
        // 1.2 s of the caseworker's home at the seeded million (260,629 such cases, 109 of them the caseworker's).
        var count = Assert.Single(counter.Commands, c => c.Sql.Contains("SELECT COUNT(*)", StringComparison.Ordinal)
            && c.Sql.Contains("\"FollowUpOn\" <= @today", StringComparison.Ordinal));
        var plan = await PlanAsync(count);
        Assert.True(!plan.Any(step => step.Contains("IX_Cases_Status_", StringComparison.Ordinal)) && plan.Any(step => step.Contains("(Id=?", StringComparison.Ordinal)),
            $"{string.Join("\n", plan)}\n{count.Sql}");
    }

    /// <summary>
    /// The caseload by status on management's and the coordinator's homes reads the live cases' status and restriction
    /// from one index, not every case's row (3.4 s of management's home at a million imported cases); and the lists
    /// filtered by a status still seek their own status index by its range.
    /// </summary>
    [Fact]
    public async Task The_caseload_by_status_is_counted_from_an_index_and_the_status_lists_keep_their_own()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("rukovodstvo");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Cases?FollowUpDue=true")).StatusCode);

        var caseload = Assert.Single(counter.Commands, c => c.Sql.Contains("GROUP BY \"c\".\"Status\"", StringComparison.Ordinal));
        var plan = await PlanAsync(caseload);
        Assert.True(plan.Any(step => step.StartsWith("SCAN c USING INDEX IX_Cases_Status_IsRestricted_Live", StringComparison.Ordinal)), $"{string.Join("\n", plan)}\n{caseload.Sql}");

        // The cases a manager's reasons opened are read once, from the manager's own views of the window, after asking
        // once whether there are any (a scalar subquery); asked per restricted case (a correlated EXISTS), the count
        // searched the audit trail 50,053 times at the seeded million.
        Assert.True(plan.Any(step => step.StartsWith("LIST SUBQUERY", StringComparison.Ordinal))
            && plan.Any(step => step.StartsWith("SCALAR SUBQUERY", StringComparison.Ordinal))
            && plan.Any(step => step.Contains("USING COVERING INDEX IX_AuditEntries_ViewsByTime", StringComparison.Ordinal))
            && !plan.Any(step => step.Contains("CORRELATED", StringComparison.Ordinal)), $"{string.Join("\n", plan)}\n{caseload.Sql}");
        var followUps = counter.Commands.Where(c => c.Sql.Contains("\"FollowUpOn\" <=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(followUps);
        foreach (var list in followUps)
        {
            var steps = await PlanAsync(list);
            Assert.True(!steps.Any(step => step.Contains("IX_Cases_Status_IsRestricted_Live", StringComparison.Ordinal)), $"{string.Join("\n", steps)}\n{list.Sql}");
        }
    }

    /// <summary>
    /// The cases awaiting the coordinator's approval (the home's count and the list it links to) are found from the few
    /// submitted findings, each case then by key: asked of every case as an EXISTS, SQLite walked the whole caseload to
    /// find them (84 ms of the home and 0.3 s of the list at the seeded million).
    /// </summary>
    [Fact]
    public async Task Cases_awaiting_approval_are_found_from_the_submitted_findings_not_from_every_case()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("koordinator");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Cases?AwaitingApproval=true")).StatusCode);

        // The home's count, and the list's count and page.
        var awaiting = counter.Commands.Where(c => c.Sql.Contains("FROM \"FindingsAndOpinions\"", StringComparison.Ordinal)
            && c.Sql.Contains("'Submitted'", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, awaiting.Count);
        foreach (var command in awaiting)
        {
            var plan = await PlanAsync(command);
            Assert.True(plan.Any(step => step.StartsWith("LIST SUBQUERY", StringComparison.Ordinal))
                && plan.Any(step => step.StartsWith("SEARCH c USING ", StringComparison.Ordinal) && step.Contains("(Id=?", StringComparison.Ordinal))
                && !ScansATable(plan), $"{string.Join("\n", plan)}\n{command.Sql}");
        }
    }

    /// <summary>
    /// The case list filtered by a year of codes reads the year newest first from its index, and counts it there: sorted
    /// after reading every case of the year, its page took 0.2 s at the seeded million.
    /// </summary>
    [Fact]
    public async Task A_year_of_codes_is_listed_newest_first_from_its_index()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("koordinator");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Cases?Code=CZZ-2025")).StatusCode);

        var year = counter.Commands.Where(c => c.Sql.Contains("\"CodeYear\" = ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, year.Count);
        foreach (var command in year)
        {
            var plan = await PlanAsync(command);
            Assert.True(plan.Any(step => step.Contains("INDEX IX_Cases_CodeYear_OpenedAtUtc_Live (CodeYear=?)", StringComparison.Ordinal))
                && !plan.Any(step => step.Contains("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)), $"{string.Join("\n", plan)}\n{command.Sql}");
        }
    }

    /// <summary>
    /// The partners' extract reads the year's codes and services' types for a list of the year's cases, each case's by
    /// key: joined to the year, SQLite began at the codes' field index and looked up the case and referral of every
    /// code of every year (17 s at the seeded million). Its page, which shows what the file will hold, reads no
    /// services' types at all.
    /// </summary>
    [Fact]
    public async Task The_extract_reads_codes_and_service_types_for_the_year_s_cases_by_key()
    {
        await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync("rukovodstvo");
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Reports/Extract/{app.Factory.Clock.GetUtcNow().Year - 1}/extract.csv")).StatusCode);

        static bool ReadsCodesOrTypes(SqlCommandText c) => c.Sql.Contains("FROM \"CaseCodeListValues\"", StringComparison.Ordinal)
            || c.Sql.Contains("FROM \"ServiceTallies\"", StringComparison.Ordinal);
        var reads = counter.Commands.Where(ReadsCodesOrTypes).ToList();
        Assert.Equal(2, reads.Count);
        foreach (var command in reads)
        {
            var plan = await PlanAsync(command);
            Assert.True(plan.Any(step => step.StartsWith("LIST SUBQUERY", StringComparison.Ordinal))
                && plan.Any(step => step.Contains("(CaseId=?", StringComparison.Ordinal))
                && !plan.Any(step => step.Contains("(Field=?", StringComparison.Ordinal))
                && !ScansATable(plan), $"{string.Join("\n", plan)}\n{command.Sql}");
        }

        counter.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Reports/Extract")).StatusCode);
        Assert.DoesNotContain("\"ServiceTallies\"", Assert.Single(counter.Commands, ReadsCodesOrTypes).Sql, StringComparison.Ordinal);
    }

    /// <summary>The SQL commands of a user's first view of a case page (or another page of the case), a case new to them.</summary>
    private async Task<IReadOnlyList<SqlCommandText>> FirstViewOfANewCaseAsync(string user, Func<Guid, string>? page = null)
    {
        var id = await CaseWithProfileAsync();
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync(user);
        using var counter = new SqlCommandCounter(app.Factory.DatabasePath);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(page?.Invoke(id) ?? $"/Cases/Details/{id}")).StatusCode);
        return counter.Commands;
    }

    private async Task<Guid> CaseWithProfileAsync()
    {
        var now = app.Factory.Clock.GetUtcNow().UtcDateTime;
        var lead = await app.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync());
        var file = CaseFile.Open(CaseCode.For(2025, 7000 + Random.Shared.Next(1, 100_000)), lead, now);
        file.DescribePerson(file.Profile, ["srp", "rom"], ["Poverty"], null, lead, now);
        await app.Factory.WithDbAsync(db =>
        {
            db.Cases.Add(file);
            return db.SaveChangesAsync();
        });
        return file.Id;
    }

    private async Task<List<string>> PlanAsync(SqlCommandText command)
    {
        await using var connection = new SqliteConnection($"Data Source={app.Factory.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    /// <summary>Whether a plan scans a table: a capped count's own subquery (a co-routine, at most the limit's rows) is not one.</summary>
    private static bool ScansATable(List<string> plan)
    {
        var subqueries = plan.Where(step => step.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(step => step["CO-ROUTINE ".Length..]).ToHashSet();
        return plan.Any(step => Scan().Match(step) is { Success: true } scan && !subqueries.Contains(scan.Groups["alias"].Value));
    }

    [GeneratedRegex("(?:FROM|JOIN) \"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex Alias();

    [GeneratedRegex("CROSS JOIN \\(\\s*SELECT [^()]*?FROM \"Cases\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex CrossJoinedCases();

    [GeneratedRegex("^SCAN (?<alias>\\w+)")]
    private static partial Regex Scan();
}
