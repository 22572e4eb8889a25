using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.Web.Features.Conferences.Minutes;

/// <summary>
/// What the minutes print: the case by its code (never the person's name), when and where (an institution's name or
/// "remote", never an address), the chair, who was invited and came, the agenda with its notes, the conclusions and
/// decisions, the action items, and the addenda written after the minutes were locked.
/// </summary>
public sealed record PrintableMinutes(
    Guid ConferenceId,
    string CaseCode,
    DateTime StartsAtUtc,
    int DurationMinutes,
    ConferencePlace Place,
    string? PlaceName,
    string ChairName,
    ConferenceStatus Status,
    DateTime? ClosedAtUtc,
    IReadOnlyList<MinutesParticipant> Participants,
    IReadOnlyList<MinutesAgendaItem> Agenda,
    string? Conclusions,
    string? Decisions,
    IReadOnlyList<MinutesActionItem> ActionItems,
    IReadOnlyList<MinutesAddendum> Addenda,
    DateOnly PrintedOn);

/// <summary>
/// A participant as printed: <see cref="Name"/> is null where the minutes may not name them (someone from outside the
/// Centre who has not consented), and the institution and role stand alone.
/// </summary>
/// <summary>One line of the participants' table; <paramref name="FromCentre"/>: a staff member, whose institution is the Centre.</summary>
public sealed record MinutesParticipant(string? Name, string? Institution, string? Role, Attendance Attendance, bool FromCentre = false);

public sealed record MinutesAgendaItem(string Title, string? Notes);

public sealed record MinutesActionItem(string Description, string Owner, DateOnly DueOn, ActionItemStatus Status);

public sealed record MinutesAddendum(string Text, string AuthorName, DateTime WrittenAtUtc);
