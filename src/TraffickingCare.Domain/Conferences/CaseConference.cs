using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Conferences;

/// <summary>
/// A case conference (konferencija slučaja): the actors around one person meet, scheduled ahead from the case, run
/// in the browser (attendance, notes per agenda item, conclusions, decisions, action items) and closed, which locks
/// the minutes; a later correction is an addendum. Its parts move its version, so a second person saving from an
/// older page is told.
/// </summary>
public sealed class CaseConference : Entity
{
    public const int ConclusionsMaxLength = 8000;
    public const int DecisionsMaxLength = 8000;
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;
    public const int MaxParticipants = 40;
    public const int MaxAgendaItems = 20;
    public const int MaxActionItems = 50;

    /// <summary>Conferences are planned weeks ahead, not years: a later date is a typing error.</summary>
    public static readonly TimeSpan LatestAhead = TimeSpan.FromDays(365);

    private readonly List<ConferenceParticipant> participants = [];
    private readonly List<ConferenceAgendaItem> agenda = [];
    private readonly List<ConferenceActionItem> actionItems = [];
    private readonly List<ConferenceAddendum> addenda = [];

    private CaseConference()
    {
        ChairId = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public int DurationMinutes { get; private set; }

    public ConferencePlace Place { get; private set; }

    /// <summary>The institution where it meets (<see cref="ConferencePlace.Institution"/>), from the partner directory.</summary>
    public Guid? PlacePartnerId { get; private set; }

    public string ChairId { get; private set; }

    public ConferenceStatus Status { get; private set; }

    /// <summary>What the conference concluded, in the team's words: encrypted.</summary>
    public string? Conclusions { get; private set; }

    public string? Decisions { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>Everyone invited; a participant taken off in a reschedule stays, marked deleted.</summary>
    public IReadOnlyList<ConferenceParticipant> Participants => participants;

    public IReadOnlyList<ConferenceAgendaItem> Agenda => agenda;

    public IReadOnlyList<ConferenceActionItem> ActionItems => actionItems;

    public IReadOnlyList<ConferenceAddendum> Addenda => addenda;

    public bool IsLocked => Status != ConferenceStatus.Scheduled;

    /// <summary>
    /// Schedules a conference. <paramref name="openItemsTitle"/> (when the case has open action items from earlier
    /// conferences) becomes the first agenda item, the one that reviews them.
    /// </summary>
    public static CaseConference Schedule(Guid caseId, ConferencePlan plan, DateTime utcNow, string? openItemsTitle = null)
    {
        var conference = new CaseConference { CaseId = caseId, Status = ConferenceStatus.Scheduled };
        conference.Plan(plan, utcNow, openItemsTitle);
        return conference;
    }

    /// <summary>Changes the plan of a conference not yet held: time, place, chair, who is invited, the agenda.</summary>
    public void Reschedule(ConferencePlan plan, DateTime utcNow)
    {
        EnsureOpen();
        Plan(plan, utcNow, null);
    }

    /// <summary>Saves what has been typed so far during the meeting (the draft and the explicit save alike).</summary>
    public void Record(ConferenceRecord record)
    {
        EnsureOpen();
        foreach (var (participantId, attendance) in record.Attendance)
        {
            Present(participants, participantId).Mark(attendance);
        }

        foreach (var (itemId, notes) in record.Notes)
        {
            Present(agenda, itemId).Write(notes);
        }

        Conclusions = Guard.OptionalText(record.Conclusions, ConclusionsMaxLength, "Conferences.Errors.ConclusionsTooLong");
        Decisions = Guard.OptionalText(record.Decisions, DecisionsMaxLength, "Conferences.Errors.DecisionsTooLong");
    }

    public ConferenceActionItem AddActionItem(string description, string? ownerUserId, string? ownerExternal, DateOnly dueOn, DateOnly today)
    {
        EnsureOpen();
        if (actionItems.Count(i => !i.IsDeleted) >= MaxActionItems)
        {
            throw new DomainException("Conferences.Errors.TooManyActionItems");
        }

        var item = ConferenceActionItem.Of(this, description, ownerUserId, ownerExternal, dueOn, today);
        actionItems.Add(item);
        return item;
    }

    public void RemoveActionItem(Guid itemId, string userId, DateTime utcNow)
    {
        EnsureOpen();
        Present(actionItems, itemId).SoftDelete(userId, utcNow);
    }

    /// <summary>Marks an action item done, dropped or open again: follow-up work, allowed after the minutes are locked too.</summary>
    public void SettleActionItem(Guid itemId, ActionItemStatus status, DateOnly today)
    {
        if (Status == ConferenceStatus.Cancelled)
        {
            throw new DomainException("Conferences.Errors.Cancelled");
        }

        Present(actionItems, itemId).Settle(status, today);
    }

    /// <summary>
    /// Closes the conference and locks its minutes: only once it has started, and only with everyone's attendance
    /// recorded (minutes that do not say who was there are not minutes).
    /// </summary>
    public void Close(string userId, DateTime utcNow)
    {
        EnsureOpen();
        if (utcNow < StartsAtUtc)
        {
            throw new DomainException("Conferences.Errors.NotStarted");
        }

        if (participants.Any(p => !p.IsDeleted && p.Attendance == Attendance.NotRecorded))
        {
            throw new DomainException("Conferences.Errors.AttendanceMissing");
        }

        if (!participants.Any(p => !p.IsDeleted && p.Attendance == Attendance.Present))
        {
            throw new DomainException("Conferences.Errors.NobodyPresent");
        }

        Status = ConferenceStatus.Closed;
        ClosedAtUtc = utcNow;
        ClosedBy = userId;
    }

    /// <summary>Calls off a conference not yet held; it stays on the case's list as cancelled.</summary>
    public void Cancel()
    {
        EnsureOpen();
        Status = ConferenceStatus.Cancelled;
    }

    /// <summary>A correction of locked minutes, dated and signed; the minutes themselves never change.</summary>
    public ConferenceAddendum AddAddendum(string text, string authorId, DateTime utcNow)
    {
        if (Status != ConferenceStatus.Closed)
        {
            throw new DomainException("Conferences.Errors.AddendumBeforeClose");
        }

        var addendum = ConferenceAddendum.Of(Id, text, authorId, utcNow);
        addenda.Add(addendum);
        return addendum;
    }

    /// <summary>The open action items among <paramref name="items"/>, the earliest due first: what the next conference reviews.</summary>
    public static IReadOnlyList<ConferenceActionItem> OpenItems(IEnumerable<ConferenceActionItem> items) =>
        [.. items.Where(i => !i.IsDeleted && i.Status == ActionItemStatus.Open).OrderBy(i => i.DueOn).ThenBy(i => i.Description, StringComparer.Ordinal)];

    private void Plan(ConferencePlan plan, DateTime utcNow, string? openItemsTitle)
    {
        if (plan.StartsAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are stored in UTC.", nameof(plan));
        }

        if (plan.StartsAtUtc < utcNow)
        {
            throw new DomainException("Conferences.Errors.InPast");
        }

        if (plan.StartsAtUtc > utcNow + LatestAhead)
        {
            throw new DomainException("Conferences.Errors.TooFar");
        }

        if (plan.DurationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw new DomainException("Conferences.Errors.Duration");
        }

        if (!Enum.IsDefined(plan.Place) || (plan.Place == ConferencePlace.Institution) != (plan.PlacePartnerId is { } p && p != Guid.Empty))
        {
            throw new DomainException("Conferences.Errors.Place");
        }

        if (string.IsNullOrWhiteSpace(plan.ChairId))
        {
            throw new DomainException("Conferences.Errors.Chair");
        }

        var invited = plan.Participants.Distinct().ToList();
        if (invited.Count is 0 or > MaxParticipants)
        {
            throw new DomainException("Conferences.Errors.Participants");
        }

        var lines = plan.Agenda.Where(l => !string.IsNullOrWhiteSpace(l.Title)).ToList();
        if (lines.Count is 0 || lines.Count + (openItemsTitle is null ? 0 : 1) > MaxAgendaItems)
        {
            throw new DomainException("Conferences.Errors.Agenda");
        }

        // Worked out before the conference changes: an agenda that would lose notes is refused with nothing changed.
        var (review, kept, removed) = AgendaFor(lines, openItemsTitle is not null);

        StartsAtUtc = plan.StartsAtUtc;
        DurationMinutes = plan.DurationMinutes;
        Place = plan.Place;
        PlacePartnerId = plan.Place == ConferencePlace.Institution ? plan.PlacePartnerId : null;
        ChairId = plan.ChairId;

        // Nothing is hard-deleted: someone taken off the invitation is marked removed; who stays keeps their attendance,
        // with what the form now says of them. Each invitation is one participant's: two people from outside the
        // directory may share a name, and one's consent to be named must never become the other's.
        var unclaimed = new List<ParticipantDetails>(invited);
        foreach (var present in participants.Where(x => !x.IsDeleted).ToList())
        {
            if (unclaimed.FirstOrDefault(present.Is) is { } details)
            {
                unclaimed.Remove(details);
                present.Describe(details);
            }
            else
            {
                present.SoftDelete(plan.ChairId, utcNow);
            }
        }

        participants.AddRange(unclaimed.Select(d => ConferenceParticipant.Of(Id, d)));

        var position = 0;
        if (openItemsTitle is not null)
        {
            agenda.Add(ConferenceAgendaItem.Of(Id, position++, openItemsTitle, reviewsOpenItems: true));
        }
        else if (review is not null)
        {
            position++;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (kept[i] is { } item)
            {
                item.Rename(position++, lines[i].Title);
            }
            else
            {
                agenda.Add(ConferenceAgendaItem.Of(Id, position++, lines[i].Title, reviewsOpenItems: false));
            }
        }

        foreach (var extra in removed)
        {
            extra.SoftDelete(plan.ChairId, utcNow);
        }
    }

    /// <summary>
    /// Which item each typed line is, given that notes may already be drafted under the items (the run page saves them
    /// while the conference is scheduled). A line shown with an item's id edits that item, renamed or not, wherever it
    /// moved. A line without one (typed anew, or an id no longer on the agenda) keeps the item of the same title. An item
    /// with notes that no line keeps would take its notes out of the minutes, so the reschedule is refused. The lines left
    /// take the items without notes left, in order (nothing of theirs moves); items still left are removed. The review
    /// of open items stays first unless a new one replaces it.
    /// </summary>
    private (ConferenceAgendaItem? Review, ConferenceAgendaItem?[] Kept, List<ConferenceAgendaItem> Removed) AgendaFor(IReadOnlyList<AgendaLine> lines, bool newReview)
    {
        var left = agenda.Where(a => !a.IsDeleted).OrderBy(a => a.Position).ToList();
        var review = left.FirstOrDefault() is { ReviewsOpenItems: true } first && !newReview ? first : null;
        if (review is not null)
        {
            left.Remove(review);
        }

        var kept = new ConferenceAgendaItem?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].ItemId is { } id && left.FirstOrDefault(a => a.Id == id) is { } shown)
            {
                kept[i] = shown;
                left.Remove(shown);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            // Of items sharing a title, one with notes first: the line kept keeps them.
            if (kept[i] is null && left.Where(a => string.Equals(a.Title, lines[i].Title.Trim(), StringComparison.Ordinal)).OrderBy(a => string.IsNullOrWhiteSpace(a.Notes)).FirstOrDefault() is { } same)
            {
                kept[i] = same;
                left.Remove(same);
            }
        }

        if (left.Any(a => !string.IsNullOrWhiteSpace(a.Notes)))
        {
            throw new DomainException("Conferences.Errors.AgendaItemHasNotes");
        }

        for (var i = 0; i < lines.Count && left.Count > 0; i++)
        {
            if (kept[i] is null)
            {
                kept[i] = left[0];
                left.RemoveAt(0);
            }
        }

        return (review, kept, left);
    }

    private void EnsureOpen()
    {
        if (Status == ConferenceStatus.Closed)
        {
            throw new DomainException("Conferences.Errors.Closed");
        }

        if (Status == ConferenceStatus.Cancelled)
        {
            throw new DomainException("Conferences.Errors.Cancelled");
        }
    }

    /// <summary>A part of this conference by id; an id from a tampered form or a removed part is refused.</summary>
    private static T Present<T>(IEnumerable<T> parts, Guid id)
        where T : Entity =>
        parts.FirstOrDefault(p => p.Id == id && !p.IsDeleted) ?? throw new DomainException("Conferences.Errors.UnknownPart");
}
