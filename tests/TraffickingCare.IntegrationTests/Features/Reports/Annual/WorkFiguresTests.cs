using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Features.Activity.Trainings;
using TraffickingCare.IntegrationTests.Features.Proceedings;
using TraffickingCare.IntegrationTests.Features.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The tables of the Centre's work in the report of 2025 over a hand-made set across 2024 and 2025, read through the
/// internal cells CSV and compared with figures computed by hand from the rules of docs/statistics.md.
/// </summary>
public sealed class WorkFiguresTests(WorkFiguresTests.Arranged arranged) : IClassFixture<WorkFiguresTests.Arranged>
{
    private const string Cells = "/Reports/Annual/2025/cells.csv?internal=true";

    private AppFactory Factory => arranged.Factory;

    [Theory]
    [InlineData("support_by_type", "Legal", "3", "1")] // two on case A, one on B; A's on 31.12.2024 is 2024's
    [InlineData("support_by_type", "Advisory", "1", "0")] // social care is counted as advisory support
    [InlineData("support_by_type", "Psychological", "1", "0")] // the amendment counts, not the health service it amends
    [InlineData("support_by_type", "Health", "0", "0")]
    [InlineData("support_by_type", "FieldVisit", "2", "1")]
    [InlineData("persons_served_by_type", "Legal", "2", "1")]
    [InlineData("persons_served_by_type", "FieldVisit", "1", "1")]
    [InlineData("centre_work", "field_visits", "2", "1")]
    [InlineData("centre_work", "persons_visited", "1", "1")]
    [InlineData("centre_work", "conferences_held", "1", "0")] // the conference still scheduled is not held
    [InlineData("centre_work", "cases_conferenced", "1", "0")]
    [InlineData("centre_work", "court_escorts", "2", "1")] // staff and partner escorts; the hearing at 23:30 on 31.12.2024 is 2024's
    [InlineData("centre_work", "statements_escorted", "1", "1")] // a statement given without an escort is not counted
    [InlineData("centre_work", "proceedings_opened", "1", "1")]
    [InlineData("centre_work", "lawyers_engaged", "1", "0")]
    [InlineData("centre_work", "compensation_claimed", "1", "1")]
    [InlineData("centre_work", "compensation_awarded", "2", "0")]
    [InlineData("shelter", "admissions", "2", "1")]
    [InlineData("shelter", "residents", "3", "1")]
    [InlineData("shelter", "bed_days", "41", "12")] // 20.12.2024-10.01.2025 is 12 nights in 2024 and 9 in 2025; 30 in March; 30.-31.12.2025 is 2
    [InlineData("shelter", "exits", "2", "0")]
    [InlineData("shelter", "average_stay_days", "26", "0")] // (21 + 30) / 2 = 25.5, rounded
    [InlineData("shelter_exits_by_destination", "Family", "1", "0")]
    [InlineData("shelter_exits_by_destination", "IndependentLiving", "1", "0")]
    [InlineData("shelter_exits_by_destination", "Transferred", "0", "0")]
    [InlineData("shelter_phase_reached", "Stabilisation", "1", "1")] // the stay moved to recovery on 05.01.2025 was in stabilisation at the end of 2024
    [InlineData("shelter_phase_reached", "Recovery", "2", "0")]
    [InlineData("shelter_phase_reached", "Independence", "0", "0")]
    [InlineData("trainings", "trainings", "2", "1")]
    [InlineData("trainings", "participants", "24", "6")]
    [InlineData("training_participants_by_sector", "Police", "15", "0")]
    [InlineData("training_participants_by_sector", "Judiciary", "5", "0")]
    [InlineData("training_participants_by_sector", "Health", "4", "0")]
    [InlineData("training_participants_by_sector", "NGO", "0", "6")]
    public async Task The_internal_cells_equal_the_figures_computed_by_hand(string table, string row, string in2025, string in2024)
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var cells = await AnnualFiguresTests.CellsAsync(client, Cells);

        Assert.Equal((table, row, in2025, in2024), (table, row, cells[$"{table},{row},2025"], cells[$"{table},{row},2024"]));
        Assert.Equal("0", cells[$"{table},{row},2021"]);
    }

    [Fact]
    public async Task The_page_shows_the_work_tables_with_their_titles_and_the_year_before()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await client.GetPageAsync("/Reports/Annual/2025?internal=true");

        var row = page.QuerySelector("table[data-table='shelter'] tr[data-row='bed_days']")!;
        Assert.Equal("12", row.QuerySelector("td[data-year='2024']")!.TextContent.Trim());
        Assert.Equal("41", row.QuerySelector("td[data-year='2025']")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Reports.Table.centre_work"), page.QuerySelector("#t-centre_work")!.TextContent.Trim());
        Assert.Contains(Ui.Text("Reports.Row.court_escorts"), page.QuerySelector("table[data-table='centre_work'] tr[data-row='court_escorts']")!.TextContent);
        Assert.Contains("Policija", page.QuerySelector("table[data-table='training_participants_by_sector'] tr[data-row='Police']")!.TextContent);
    }

    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_records()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");
        await client.Http.GetAsync(Cells);
        using var counter = new SqlCommandCounter(Factory.DatabasePath);
        await client.Http.GetAsync(Cells);
        var few = counter.Count;

        // More of everything, in 2022 so that the figures of 2024 and 2025 above stay as computed.
        var work = await WorkArrange.OfAsync(Factory);
        var day = new DateOnly(2022, 6, 1);
        for (var i = 0; i < 3; i++)
        {
            var file = await Factory.Arrange.Case();
            await work.ServiceAsync(file.Id, "Legal", day.AddDays(i));
            await work.VisitAsync(file.Id, day.AddDays(i));
            await work.ConferenceAsync(file.Id, day.AddDays(i), held: true);
            var proceeding = await work.ProceedingAsync(file.Id, arranged.Court, day, lawyer: true, claimed: day);
            await work.HearingAsync(proceeding, arranged.Court, day.AddDays(i), new TimeOnly(9, 0), staffEscort: true, null, statement: true);
            await work.StayAsync(file.Id, arranged.Beds[0], day.AddDays(10 * i), day.AddDays((10 * i) + 5));
            await Factory.TrainingAsync("Obuka", day.AddDays(i), "RS-KRALJEVO", ("Police", 2));
        }

        counter.Reset();
        var cells = await AnnualFiguresTests.CellsAsync(client, Cells);

        Assert.Equal("3", cells["centre_work,statements_escorted,2022"]);
        Assert.Equal("15", cells["shelter,bed_days,2022"]);
        Assert.Equal(few, counter.Count);
    }

    public sealed class Arranged : AppFixture
    {
        public Guid Court { get; private set; }

        public List<Bed> Beds { get; private set; } = [];

        protected override async Task ArrangeAsync()
        {
            var work = await WorkArrange.OfAsync(Factory);
            var a = await Factory.Arrange.Case();
            var b = await Factory.Arrange.Case();
            var c = await Factory.Arrange.Case();

            await work.ServiceAsync(a.Id, "Legal", new DateOnly(2025, 3, 1));
            await work.ServiceAsync(a.Id, "Legal", new DateOnly(2025, 4, 1));
            await work.ServiceAsync(a.Id, "SocialCare", new DateOnly(2025, 5, 1));
            await work.ServiceAsync(a.Id, "Legal", new DateOnly(2024, 12, 31));
            await work.ServiceAsync(b.Id, "Legal", new DateOnly(2025, 6, 1));
            await work.ServiceAsync(b.Id, "Other", new DateOnly(2025, 2, 2));
            var health = await work.ServiceAsync(c.Id, "Health", new DateOnly(2025, 7, 1));
            await work.ServiceAsync(c.Id, "Psychological", new DateOnly(2025, 7, 2), amends: health.Id);

            await work.VisitAsync(a.Id, new DateOnly(2025, 2, 10));
            await work.VisitAsync(a.Id, new DateOnly(2025, 9, 9));
            await work.VisitAsync(b.Id, new DateOnly(2024, 11, 11));

            await work.ConferenceAsync(a.Id, new DateOnly(2025, 3, 10), held: true);
            await work.ConferenceAsync(b.Id, new DateOnly(2025, 4, 10), held: false);

            Court = await ProceedingsArrange.CourtAsync(Factory);
            var ofA = await work.ProceedingAsync(a.Id, Court, new DateOnly(2025, 2, 1), lawyer: true, new DateOnly(2025, 5, 5), new DateOnly(2025, 11, 11));
            var ofB = await work.ProceedingAsync(b.Id, Court, new DateOnly(2024, 6, 1), lawyer: false, new DateOnly(2024, 7, 1), new DateOnly(2025, 1, 15));
            await work.HearingAsync(ofA, Court, new DateOnly(2025, 4, 10), new TimeOnly(9, 0), staffEscort: true, null, statement: true);
            await work.HearingAsync(ofA, Court, new DateOnly(2025, 5, 10), new TimeOnly(9, 0), staffEscort: false, Court, statement: false);
            await work.HearingAsync(ofA, Court, new DateOnly(2025, 6, 10), new TimeOnly(9, 0), staffEscort: false, null, statement: true);
            await work.HearingAsync(ofB, Court, new DateOnly(2024, 12, 31), new TimeOnly(23, 30), staffEscort: true, null, statement: true);

            Beds = (await Factory.Arrange.ShelterAsync(beds: 3)).Beds;
            await work.StayAsync(a.Id, Beds[0], new DateOnly(2024, 12, 20), new DateOnly(2025, 1, 10), ExitDestination.Family, recoveryOn: new DateOnly(2025, 1, 5));
            await work.StayAsync(b.Id, Beds[1], new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), ExitDestination.IndependentLiving, recoveryOn: new DateOnly(2025, 3, 15));
            await work.StayAsync(c.Id, Beds[2], new DateOnly(2025, 12, 30), null);

            await Factory.TrainingAsync("Obuka A", new DateOnly(2025, 4, 4), "RS-KRALJEVO", ("Police", 12), ("Judiciary", 5));
            await Factory.TrainingAsync("Obuka B", new DateOnly(2025, 10, 10), "RS-KRALJEVO", ("Police", 3), ("Health", 4));
            await Factory.TrainingAsync("Obuka C", new DateOnly(2024, 12, 31), "RS-KRALJEVO", ("NGO", 6));
        }
    }
}
