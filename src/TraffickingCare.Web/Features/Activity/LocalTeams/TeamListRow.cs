using TraffickingCare.Domain.Activity;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

public sealed record TeamListRow(Guid Id, string MunicipalityCode, LocalTeamStatus Status, int Members, int MeetingsThisYear, DateOnly? LastMeeting)
{
    public string Municipality { get; init; } = MunicipalityCode;
}
