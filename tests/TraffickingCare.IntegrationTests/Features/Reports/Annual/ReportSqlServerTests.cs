using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Data.Tallies;
using TraffickingCare.Web.Features.Activity.Sectors;
using TraffickingCare.Web.Features.Reports.Annual;
using TraffickingCare.Web.Features.Reports.Extract;
using TraffickingCare.Web.Features.Reports.Import;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The report and the partners' extract run on SQLite in the other tests; production runs SQL Server, which refuses
/// some shapes SQLite accepts (a subquery inside <c>GROUP BY</c>, deep <c>CASE</c> nesting). No SQL Server runs here, so
/// both are computed through the SQL Server provider with the connection never opened and every command captured and
/// answered with no rows: each must translate, and parse with Microsoft's T-SQL parser.
/// </summary>
public sealed class ReportSqlServerTests
{
    [Fact]
    public async Task Every_command_of_the_report_translates_for_sql_server_and_parses()
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);

        var clock = new CentreClock(new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));
        var cells = await new AnnualFiguresQuery(db, new WorkFiguresQuery(db, clock)).GetAsync(2025, CancellationToken.None);

        // The code lists, five over the counts kept per month, five over the Centre's work.
        Assert.Equal(11, commands.Texts.Count);
        Assert.All(commands.Texts, sql => Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}")));
        Assert.Contains(commands.Texts, sql => sql.Contains("GROUP BY", StringComparison.Ordinal) && sql.Contains("[ReferralMonthCounts]", StringComparison.Ordinal));
        Assert.DoesNotContain(commands.Texts, sql => sql.Contains("FROM [Referrals]", StringComparison.Ordinal));
        Assert.All(cells, c => Assert.Equal(0, c.Value));
    }

    [Fact]
    public async Task Every_command_of_the_partners_extract_translates_for_sql_server_and_parses()
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);

        var extract = await new ExtractQuery(db, Options.Create(new ExtractOptions())).GetAsync(2025, CancellationToken.None);

        Assert.Equal(3, commands.Texts.Count);
        Assert.All(commands.Texts, sql => Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}")));
        Assert.Empty(extract.Rows);
    }

    [Theory]
    [InlineData("services")]
    [InlineData("visits")]
    public async Task The_tallies_recount_of_an_import_batch_sends_its_cases_as_one_parameter_and_parses(string tallies)
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);
        var cases = Enumerable.Range(0, 2 * CaseImportWriter.BatchSize).Select(_ => Guid.NewGuid()).ToList();

        await (tallies == "services" ? ServiceTallies.RecountAsync(db, cases, CancellationToken.None) : VisitTallies.RecountAsync(db, cases, CancellationToken.None));

        // The grouped recount and the delete of the old tallies; SQL Server refuses more than 2,100 parameters.
        Assert.Equal(2, commands.Texts.Count);
        Assert.All(commands.Texts, sql => Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}")));
        Assert.All(commands.Texts, sql => Assert.Contains("OPENJSON(", sql, StringComparison.Ordinal));
        Assert.All(commands.Parameters, n => Assert.Equal(1, n));
    }

    /// <summary>
    /// The sector table of centre activity: a period with days outside its whole months (the trainings, the two kept
    /// counts, the days from the referrals with the local day computed in SQL) and a municipality's period (the
    /// trainings and the referrals).
    /// </summary>
    [Fact]
    public async Task Every_command_of_the_sector_table_translates_for_sql_server_and_parses()
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);
        var query = new SectorFiguresQuery(db);

        await query.GetAsync(new DateOnly(2024, 4, 15), new DateOnly(2025, 7, 1), null, CancellationToken.None);
        await query.GetAsync(new DateOnly(2024, 4, 15), new DateOnly(2025, 7, 1), "RS-NIS", CancellationToken.None);

        Assert.Equal(6, commands.Texts.Count);
        Assert.All(commands.Texts, sql => Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}")));
        Assert.Contains(commands.Texts, sql => sql.Contains("[SectorWaitCounts]", StringComparison.Ordinal));
        var referrals = commands.Texts.Where(sql => sql.Contains("FROM [Referrals]", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, referrals.Count);
        Assert.Contains("UNION ALL", referrals[0], StringComparison.Ordinal); // 15-30 April 2024 and 1 July 2025
        Assert.Contains("[MunicipalityCode] = @", referrals[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_counted_persons_recount_of_an_import_batch_sends_its_cases_as_one_parameter_and_parses()
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);
        var scope = new PersonsToCount([.. Enumerable.Range(0, 2 * CaseImportWriter.BatchSize).Select(_ => Guid.NewGuid())], [.. Enumerable.Range(0, CaseImportWriter.BatchSize).Select(_ => Guid.NewGuid())]);

        await CountedPersons.RecountAsync(db, scope, CancellationToken.None);

        // The persons' other cases, the persons found again, the months of the old rows, and their delete.
        Assert.Equal(4, commands.Texts.Count);
        Assert.All(commands.Texts, sql => Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}")));
        Assert.All(commands.Texts, sql => Assert.Contains("OPENJSON(", sql, StringComparison.Ordinal));
        Assert.All(commands.Parameters, n => Assert.Equal(1, n));
    }

    /// <summary>
    /// The counts kept per month are recounted by a save (one month: no <c>CASE</c> over months) and at the end of an
    /// import (years of months in one command, a <c>CASE</c> of as many branches): every command translates for SQL
    /// Server and parses, the recounts take the application lock that keeps two saves from recounting a month at once,
    /// and the cases whose months are looked up go as one parameter.
    /// </summary>
    [Fact]
    public async Task The_recount_of_the_months_kept_translates_for_sql_server_and_parses()
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);
        var months = new MonthsToCount();
        months.Referrals.UnionWith([new ReportMonth(2025, 3), .. new MonthRange(new ReportMonth(2005, 1), new ReportMonth(2025, 12)).Months]);
        months.Decisions.Add(new ReportMonth(2025, 3));
        months.Persons.UnionWith(new MonthRange(new ReportMonth(2020, 11), new ReportMonth(2021, 2)).Months);
        months.ReferralsOfCases.UnionWith(Enumerable.Range(0, 2 * CaseImportWriter.BatchSize).Select(_ => Guid.NewGuid()));
        months.PersonsOfCases.UnionWith(Enumerable.Range(0, 2 * CaseImportWriter.BatchSize).Select(_ => Guid.NewGuid()));

        await KeptMonths.RecountAsync(db, months, CancellationToken.None);

        Assert.All(commands.Texts, sql => Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}")));
        Assert.Contains("sp_getapplock", commands.Texts.ElementAt(2), StringComparison.Ordinal);
        Assert.All(commands.Texts.Take(2), sql => Assert.Contains("OPENJSON(", sql, StringComparison.Ordinal));
        Assert.All(commands.Parameters.Take(2), n => Assert.Equal(1, n));
        Assert.Contains(commands.Texts, sql => sql.Contains("FROM [Referrals]", StringComparison.Ordinal) && sql.Contains("CASE", StringComparison.Ordinal));
        Assert.Contains(commands.Texts, sql => sql.Contains("DELETE", StringComparison.Ordinal) && sql.Contains("[PersonCodeCounts]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_import_finds_a_batch_s_earlier_imports_with_one_parameter_and_parses()
    {
        var commands = new CapturedCommands();
        using var db = Offline(commands);
        var ids = Enumerable.Range(0, 2 * CaseImportWriter.BatchSize).Select(i => $"CASE-{i}").ToList();

        var earlier = await CaseImportWriter.EarlierImportsAsync(db, ids, CancellationToken.None);

        Assert.Empty(earlier);
        var sql = Assert.Single(commands.Texts);
        Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line} in {sql}"));
        Assert.Contains("OPENJSON(", sql, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(commands.Parameters));
    }

    /// <summary>
    /// The import's new cases are written many rows to a statement (<see cref="AddedRowsWriter"/>): for every table it
    /// adds to, the fullest statement parses as T-SQL and stays within SQL Server's 2,100 parameters and 1,000 rows.
    /// </summary>
    [Theory]
    [InlineData(typeof(Domain.People.PersonIdentity))]
    [InlineData(typeof(PersonSearchToken))]
    [InlineData(typeof(Domain.Referrals.Referral))]
    [InlineData(typeof(Domain.Cases.CaseFile))]
    [InlineData(typeof(Domain.Cases.CaseCodeListValue))]
    [InlineData(typeof(Domain.Cases.CaseTeamMember))]
    [InlineData(typeof(Domain.Identification.FindingsAndOpinion))]
    [InlineData(typeof(Domain.Support.CaseService))]
    [InlineData(typeof(Domain.Support.FieldVisit))]
    [InlineData(typeof(Domain.Imports.ImportedCase))]
    [InlineData(typeof(Domain.Auditing.AuditEntry))]
    [InlineData(typeof(ServiceTally))]
    [InlineData(typeof(VisitTally))]
    [InlineData(typeof(CountedPerson))]
    [InlineData(typeof(ReferralMonthCount))]
    [InlineData(typeof(DecisionWaitCount))]
    [InlineData(typeof(SectorWaitCount))]
    [InlineData(typeof(PersonProfileCount))]
    [InlineData(typeof(PersonCodeCount))]
    public void The_import_s_multi_row_inserts_parse_for_sql_server_within_its_limits(Type entity)
    {
        using var db = Offline(new CapturedCommands());
        var type = db.Model.FindEntityType(entity)!;
        List<IProperty> columns = [.. type.GetProperties().Concat(type.GetComplexProperties().SelectMany(Flattened))
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))];
        var rows = AddedRowsWriter.RowsPerStatement(columns.Count);

        var sql = AddedRowsWriter.Statement(db, type, columns, rows);

        Assert.Empty(Parse(sql).Select(e => $"{e.Message} at line {e.Line}"));
        Assert.InRange(rows * columns.Count, columns.Count, 2100);
        Assert.InRange(rows, 2, 1000);
        Assert.Contains($"@p{(rows * columns.Count) - 1})", sql, StringComparison.Ordinal);
    }

    private static IEnumerable<IProperty> Flattened(IComplexProperty complex) =>
        complex.ComplexType.GetProperties().Concat(complex.ComplexType.GetComplexProperties().SelectMany(Flattened));

    /// <summary>The SQL Server context, its connection never opened, every command captured and answered with no rows.</summary>
    private static SqlServerAppDbContext Offline(CapturedCommands commands) => new(
        new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseAppSqlServer("Server=nowhere;Database=TraffickingCare;Trusted_Connection=True;TrustServerCertificate=True")
            .AddInterceptors(new ClosedConnection(), commands)
            .Options,
        DesignTime.Services());

    private static IList<ParseError> Parse(string script)
    {
        using var reader = new StringReader(script);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return errors;
    }

    private sealed class ClosedConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();
    }

    private sealed class CapturedCommands : DbCommandInterceptor
    {
        /// <summary>No rows, and more columns than any report command selects (EF checks there are enough).</summary>
        private static DataTable NoRows()
        {
            var table = new DataTable();
            for (var i = 0; i < 32; i++)
            {
                table.Columns.Add();
            }

            return table;
        }

        public ConcurrentQueue<string> Texts { get; } = [];

        /// <summary>How many parameters each command sent.</summary>
        public List<int> Parameters { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(NoRows().CreateDataReader()));
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }

        private void Capture(DbCommand command)
        {
            Texts.Enqueue(command.CommandText);
            Parameters.Add(command.Parameters.Count);
        }
    }
}
