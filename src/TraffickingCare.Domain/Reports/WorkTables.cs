namespace TraffickingCare.Domain.Reports;

/// <summary>
/// The report's tables of the Centre's work (services, field visits, conferences, court escorts, proceedings, the
/// shelter, trainings) in the cell contract's shape, with their fixed rows and the sums between them that the
/// small-cell rule protects. Keys are stable across languages and versions: never rename one once published.
/// </summary>
public static class WorkTables
{
    public const string SupportByType = "support_by_type";
    public const string PersonsServedByType = "persons_served_by_type";
    public const string CentreWork = "centre_work";
    public const string Shelter = "shelter";
    public const string ShelterExitsByDestination = "shelter_exits_by_destination";
    public const string ShelterPhaseReached = "shelter_phase_reached";
    public const string Trainings = "trainings";
    public const string TrainingParticipantsBySector = "training_participants_by_sector";

    public const string FieldVisits = "field_visits";
    public const string PersonsVisited = "persons_visited";
    public const string ConferencesHeld = "conferences_held";
    public const string CasesConferenced = "cases_conferenced";
    public const string CourtEscorts = "court_escorts";
    public const string StatementsEscorted = "statements_escorted";
    public const string LawyersEngaged = "lawyers_engaged";
    public const string ProceedingsOpened = "proceedings_opened";
    public const string CompensationClaimed = "compensation_claimed";
    public const string CompensationAwarded = "compensation_awarded";

    public const string Admissions = "admissions";
    public const string Residents = "residents";
    public const string BedDays = "bed_days";
    public const string Exits = "exits";
    public const string AverageStayDays = "average_stay_days";

    public const string TrainingsHeld = "trainings";
    public const string Participants = "participants";

    public static readonly IReadOnlyList<string> All =
        [SupportByType, PersonsServedByType, CentreWork, Shelter, ShelterExitsByDestination, ShelterPhaseReached, Trainings, TrainingParticipantsBySector];

    public static readonly IReadOnlyList<string> CentreWorkRows =
    [
        FieldVisits, PersonsVisited, ConferencesHeld, CasesConferenced, CourtEscorts, StatementsEscorted,
        LawyersEngaged, ProceedingsOpened, CompensationClaimed, CompensationAwarded,
    ];

    public static readonly IReadOnlyList<string> ShelterRows = [Admissions, Residents, BedDays, Exits, AverageStayDays];

    public static readonly IReadOnlyList<string> TrainingRows = [TrainingsHeld, Participants];

    /// <summary>
    /// The sums a reader could subtract from: the exits by destination add up to the shelter's exits, the residents by
    /// the phase they reached to its residents, the participants by sector to the trainings' participants. The other
    /// tables count activity under several rows (a case served with two types) and add up to nothing.
    /// </summary>
    public static IEnumerable<CellSum> Sums(IReadOnlyCollection<ReportCell> cells)
    {
        IReadOnlyList<(string, string)> RowsOf(string table) =>
            [.. cells.Where(c => c.Table == table).Select(c => c.Row).Distinct().Select(r => (table, r))];

        yield return new CellSum(Shelter, Exits, RowsOf(ShelterExitsByDestination));
        yield return new CellSum(Shelter, Residents, RowsOf(ShelterPhaseReached));
        yield return new CellSum(Trainings, Participants, RowsOf(TrainingParticipantsBySector));
    }
}
