using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>Support the Centre gave a local team (mentoring, advice, a training), on a day, by one of its staff.</summary>
public sealed class LocalTeamSupport : Entity, IPartOf<LocalTeam>
{
    public const int NoteMaxLength = 2000;

    private LocalTeamSupport()
    {
        GivenBy = string.Empty;
    }

    public Guid TeamId { get; private set; }

    Guid IPartOf<LocalTeam>.RootId => TeamId;

    public DateOnly GivenOn { get; private set; }

    public LocalTeamSupportKind Kind { get; private set; }

    public string? Note { get; private set; }

    public string GivenBy { get; private set; }

    internal static LocalTeamSupport Of(Guid teamId, DateOnly givenOn, LocalTeamSupportKind kind, string? note, string givenBy, DateOnly today) => new()
    {
        TeamId = teamId,
        GivenOn = ActivityDates.Check(givenOn, today, "Activity.Errors.HeldOn"),
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("Activity.Errors.SupportKind"),
        Note = Guard.OptionalText(note, NoteMaxLength, "Activity.Errors.Note"),
        GivenBy = givenBy,
    };
}
