namespace TraffickingCare.Domain.Conferences;

/// <summary>What is decided when a conference is scheduled (or rescheduled): when, how long, where, who chairs, who is invited, the agenda.</summary>
public sealed record ConferencePlan(
    DateTime StartsAtUtc,
    int DurationMinutes,
    ConferencePlace Place,
    Guid? PlacePartnerId,
    string ChairId,
    IReadOnlyList<ParticipantDetails> Participants,
    IReadOnlyList<AgendaLine> Agenda);

/// <summary>
/// One line of the agenda as typed: its title, and the item it edits when the form showed it with one (a reschedule
/// shows each item with its id, so a renamed item keeps the notes drafted under it).
/// </summary>
public sealed record AgendaLine(string Title, Guid? ItemId = null);

/// <summary>
/// One invited participant. Staff: <see cref="UserId"/>. Partner: <see cref="PartnerId"/>, optionally one of its
/// contact people (<see cref="ContactId"/>). Other: <see cref="Name"/>, <see cref="Institution"/> and <see cref="Role"/>
/// typed in. <see cref="ConsentToBeNamed"/>: an external participant's name is printed in the minutes only with it.
/// </summary>
public sealed record ParticipantDetails(
    ParticipantKind Kind,
    string? UserId = null,
    Guid? PartnerId = null,
    Guid? ContactId = null,
    string? Name = null,
    string? Institution = null,
    string? Role = null,
    bool ConsentToBeNamed = false);
