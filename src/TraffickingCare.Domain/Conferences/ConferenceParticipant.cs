using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Conferences;

/// <summary>Someone invited to a case conference, and whether they came (see <see cref="ParticipantDetails"/>).</summary>
public sealed class ConferenceParticipant : Entity, IPartOf<CaseConference>
{
    public const int NameMaxLength = 200;
    public const int InstitutionMaxLength = 200;
    public const int RoleMaxLength = 200;

    private ConferenceParticipant()
    {
    }

    public Guid ConferenceId { get; private set; }

    public ParticipantKind Kind { get; private set; }

    public string? UserId { get; private set; }

    public Guid? PartnerId { get; private set; }

    public Guid? ContactId { get; private set; }

    /// <summary>The name of a participant who is neither staff nor a contact of the directory: personal data, encrypted.</summary>
    public string? Name { get; private set; }

    public string? Institution { get; private set; }

    /// <summary>The participant's role at this conference (e.g. "school psychologist").</summary>
    public string? Role { get; private set; }

    public bool ConsentToBeNamed { get; private set; }

    public Attendance Attendance { get; private set; }

    Guid IPartOf<CaseConference>.RootId => ConferenceId;

    /// <summary>Whether the minutes may print this participant's name: staff always, anyone else only with consent.</summary>
    public bool MayBeNamed => Kind == ParticipantKind.Staff || ConsentToBeNamed;

    internal static ConferenceParticipant Of(Guid conferenceId, ParticipantDetails details)
    {
        var participant = new ConferenceParticipant
        {
            ConferenceId = conferenceId,
            Kind = Enum.IsDefined(details.Kind) ? details.Kind : throw new DomainException("Conferences.Errors.Participant"),
            Role = Guard.OptionalText(details.Role, RoleMaxLength, "Conferences.Errors.ParticipantRole"),
            ConsentToBeNamed = details.Kind != ParticipantKind.Staff && details.ConsentToBeNamed,
        };
        switch (details.Kind)
        {
            case ParticipantKind.Staff:
                participant.UserId = string.IsNullOrWhiteSpace(details.UserId) ? throw new DomainException("Conferences.Errors.Participant") : details.UserId;
                break;
            case ParticipantKind.Partner:
                participant.PartnerId = details.PartnerId is { } partner && partner != Guid.Empty ? partner : throw new DomainException("Conferences.Errors.Participant");
                participant.ContactId = details.ContactId == Guid.Empty ? null : details.ContactId;
                break;
            default:
                participant.Name = Guard.Text(details.Name, NameMaxLength, "Conferences.Errors.ParticipantName");
                participant.Institution = Guard.OptionalText(details.Institution, InstitutionMaxLength, "Conferences.Errors.ParticipantInstitution");
                if (participant.Role is null)
                {
                    // Someone from outside the directory is described by their role in the minutes if not by name.
                    throw new DomainException("Conferences.Errors.ParticipantRole");
                }

                break;
        }

        return participant;
    }

    /// <summary>
    /// What a reschedule's form now says of someone from outside the directory it keeps (<see cref="Is"/>): their
    /// institution, role and consent to be named, given or withdrawn. Staff and partners are described by the directory,
    /// their role as first given. Who they are and their attendance do not change.
    /// </summary>
    internal void Describe(ParticipantDetails details)
    {
        if (Kind == ParticipantKind.Other)
        {
            var again = Of(ConferenceId, details);
            (Role, Institution, ConsentToBeNamed) = (again.Role, again.Institution, again.ConsentToBeNamed);
        }
    }

    /// <summary>The same person or institution as <paramref name="details"/> (a reschedule keeps their attendance).</summary>
    internal bool Is(ParticipantDetails details) =>
        Kind == details.Kind && UserId == details.UserId && PartnerId == details.PartnerId && ContactId == details.ContactId
        && (Kind != ParticipantKind.Other || string.Equals(Name, details.Name?.Trim(), StringComparison.Ordinal));

    internal void Mark(Attendance attendance) =>
        Attendance = Enum.IsDefined(attendance) ? attendance : throw new DomainException("Conferences.Errors.Attendance");
}
