using TraffickingCare.Domain.Reports;

namespace TraffickingCare.UnitTests.Domain.Reports;

/// <summary>The sums of the work tables that the small-cell rule protects, with the default threshold 3.</summary>
public sealed class WorkTablesTests
{
    private const int Year = 2025;

    private static ReportCell Cell(string table, string row, int value) => new(table, row, Year, value);

    private static IReadOnlyDictionary<CellKey, string> Apply(params ReportCell[] cells) => CellSuppression.Apply(cells, 3, WorkTables.Sums(cells));

    [Fact]
    public void A_lone_small_exit_destination_hides_the_smallest_other_so_it_cannot_be_subtracted_from_the_exits()
    {
        var shown = Apply(
            Cell(WorkTables.Shelter, WorkTables.Exits, 9),
            Cell(WorkTables.ShelterExitsByDestination, "Family", 1),
            Cell(WorkTables.ShelterExitsByDestination, "IndependentLiving", 5),
            Cell(WorkTables.ShelterExitsByDestination, "Transferred", 3));

        Assert.Equal("<3", shown[new CellKey(WorkTables.ShelterExitsByDestination, "Family", Year)]);
        Assert.Equal("x", shown[new CellKey(WorkTables.ShelterExitsByDestination, "Transferred", Year)]);
        Assert.Equal("5", shown[new CellKey(WorkTables.ShelterExitsByDestination, "IndependentLiving", Year)]);
    }

    [Fact]
    public void Phases_add_up_to_the_residents_and_sectors_to_the_participants()
    {
        var cells = new[]
        {
            Cell(WorkTables.ShelterPhaseReached, "Stabilisation", 2),
            Cell(WorkTables.ShelterPhaseReached, "Recovery", 4),
            Cell(WorkTables.TrainingParticipantsBySector, "Police", 10),
        };

        var sums = WorkTables.Sums(cells).ToList();

        Assert.Contains(sums, s => s.TotalTable == WorkTables.Shelter && s.TotalRow == WorkTables.Residents
            && s.Parts.SequenceEqual([(WorkTables.ShelterPhaseReached, "Stabilisation"), (WorkTables.ShelterPhaseReached, "Recovery")]));
        Assert.Contains(sums, s => s.TotalTable == WorkTables.Trainings && s.TotalRow == WorkTables.Participants && s.Parts.Count == 1);
    }
}
