using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// One conference as its page shows it. <see cref="ShowsTexts"/>: the encrypted texts (agenda titles and notes,
/// conclusions, action items, addenda, outside participants' names) only for those who work on the case.
/// </summary>
public sealed record ConferencePage(
    Guid Id,
    Guid CaseId,
    string CaseCode,
    int Version,
    DateTime StartsAtUtc,
    int DurationMinutes,
    ConferencePlace Place,
    string? PlaceName,
    string ChairName,
    ConferenceStatus Status,
    bool CanEdit,
    bool ShowsTexts,
    IReadOnlyList<ConferencePageParticipant> Participants,
    IReadOnlyList<ConferencePageAgendaItem> Agenda,
    IReadOnlyList<ConferencePageActionItem> ActionItems,
    IReadOnlyList<ConferencePageAddendum> Addenda,
    string? Conclusions,
    string? Decisions)
{
    /// <summary>The addendum form of closed minutes (what was typed, when it is shown again refused).</summary>
    public ConferenceAddendumForm AddendumForm { get; init; } = new();
}

public sealed record ConferencePageParticipant(Guid Id, ParticipantKind Kind, string? Name, string? Institution, string? Role, Attendance Attendance);

public sealed record ConferencePageAgendaItem(Guid Id, int Position, string? Title, string? Notes);

/// <param name="Version">The item's own version: its status is set from the page that showed it, and a second setting from the same page is told.</param>
public sealed record ConferencePageActionItem(Guid Id, string? Description, string? Owner, DateOnly DueOn, ActionItemStatus Status, int Version);

public sealed record ConferencePageAddendum(DateTime WrittenAtUtc, string Author, string? Text);
