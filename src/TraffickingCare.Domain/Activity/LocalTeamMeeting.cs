using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>A meeting of a local team: when, how many took part, and what it concluded.</summary>
public sealed class LocalTeamMeeting : Entity, IPartOf<LocalTeam>
{
    public const int ConclusionsMaxLength = 4000;
    public const int MaxParticipants = 500;

    private LocalTeamMeeting()
    {
    }

    public Guid TeamId { get; private set; }

    Guid IPartOf<LocalTeam>.RootId => TeamId;

    public DateOnly HeldOn { get; private set; }

    public int Participants { get; private set; }

    public string? Conclusions { get; private set; }

    internal static LocalTeamMeeting Of(Guid teamId, DateOnly heldOn, int participants, string? conclusions, DateOnly today) => new()
    {
        TeamId = teamId,
        HeldOn = ActivityDates.Check(heldOn, today, "Activity.Errors.HeldOn"),
        Participants = participants switch
        {
            < 0 => throw new DomainException("Activity.Errors.NegativeCount"),
            0 or > MaxParticipants => throw new DomainException("Activity.Errors.MeetingParticipants"),
            _ => participants,
        },
        Conclusions = Guard.OptionalText(conclusions, ConclusionsMaxLength, "Activity.Errors.Conclusions"),
    };
}
