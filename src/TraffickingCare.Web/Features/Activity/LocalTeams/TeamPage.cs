using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>A team's page: its members, coordinator, meetings and the support the Centre gave, with the forms to record more.</summary>
public sealed record TeamPage(
    Guid TeamId,
    string Municipality,
    string Region,
    LocalTeamStatus Status,
    string? CoordinatorName,
    string? CoordinatorInstitution,
    IReadOnlyList<TeamPage.Member> Members,
    IReadOnlyList<TeamPage.Meeting> Meetings,
    IReadOnlyList<TeamPage.SupportGiven> Support)
{
    public MeetingForm MeetingForm { get; init; } = new();

    public SupportForm SupportForm { get; init; } = new();

    public sealed record Member(string Name, Sector Sector);

    public sealed record Meeting(Guid Id, DateOnly HeldOn, int Participants, string? Conclusions);

    public sealed record SupportGiven(DateOnly GivenOn, LocalTeamSupportKind Kind, string GivenBy, string? Note);
}
