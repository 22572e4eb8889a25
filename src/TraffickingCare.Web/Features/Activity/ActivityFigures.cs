using TraffickingCare.Domain.Activity;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>
/// What the annual report counts of the Centre's activity in one year: trainings (accredited ones too) and their
/// participants by sex and by sector, awareness events by kind with the people reached, local teams by status and
/// their meetings.
/// </summary>
public sealed record ActivityFigures(
    int Year,
    TrainingFigures Trainings,
    IReadOnlyList<SectorCount> ParticipantsBySector,
    IReadOnlyList<EventCount> EventsByKind,
    IReadOnlyList<TeamCount> TeamsByStatus,
    int Meetings,
    int TeamsThatMet)
{
    public int Events => EventsByKind.Sum(e => e.Events);

    public int PeopleReached => EventsByKind.Sum(e => e.PeopleReached);

    public int ActiveTeams => TeamsByStatus.Where(t => t.Status == LocalTeamStatus.Active).Sum(t => t.Teams);

    public int ParticipantsIn(string sector) => ParticipantsBySector.Where(s => s.Sector == sector).Sum(s => s.Participants);
}

public sealed record TrainingFigures(int Trainings, int Accredited, int Hours, int Women, int Men, int SexNotStated)
{
    public int Participants => Women + Men + SexNotStated;
}

public sealed record SectorCount(string Sector, int Participants);

public sealed record EventCount(AwarenessEventKind Kind, int Events, int PeopleReached);

public sealed record TeamCount(LocalTeamStatus Status, int Teams);
